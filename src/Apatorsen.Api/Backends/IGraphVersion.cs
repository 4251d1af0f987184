namespace Apatorsen.Api.Backends;

/// <summary>
/// What the graph's content is, as far as kept answers are concerned: answers kept under one key are the graph's
/// answers for as long as the key stays the same.
/// </summary>
public interface IGraphVersion
{
    /// <summary>The key answers may be kept under now, or null when they must not be kept (the graph gives no version).</summary>
    ValueTask<string?> CacheKeyAsync(CancellationToken cancellationToken);
}
