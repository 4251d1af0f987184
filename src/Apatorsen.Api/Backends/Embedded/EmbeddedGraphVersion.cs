namespace Apatorsen.Api.Backends.Embedded;

/// <summary>The embedded graph never changes while the process runs: its version is the key for good.</summary>
internal sealed class EmbeddedGraphVersion(EmbeddedGraph graph) : IGraphVersion
{
    public ValueTask<string?> CacheKeyAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(graph.Version);
}
