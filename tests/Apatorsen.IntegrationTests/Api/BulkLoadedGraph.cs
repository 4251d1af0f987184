using Apatorsen.IntegrationTests.Neo4jServer;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// A dataset loaded the bulk way (docs/neo4j.md, "Bulk first load with neo4j-admin") and finished by the importer's
/// <c>finish</c>: where the collection's <see cref="Neo4jFixture"/> runs its own container, the real
/// <c>neo4j-admin database import full</c> writes the store of a second container; where only <c>NEO4J_URI</c> is given,
/// the emptied server gets what neo4j-admin would write over the Query API (<see cref="SimulatedBulkLoad"/>).
/// <see cref="LoadedBy"/> says which, for the test output.
/// </summary>
internal sealed class BulkLoadedGraph : IAsyncDisposable
{
    private readonly bool _ownsServer;

    private BulkLoadedGraph(Neo4jFixture server, bool ownsServer, string loadedBy)
    {
        Server = server;
        _ownsServer = ownsServer;
        LoadedBy = loadedBy;
    }

    /// <summary>The Neo4j holding the graph: a container of its own, or the collection's server.</summary>
    public Neo4jFixture Server { get; }

    /// <summary>Whether <see cref="Server"/> is the collection's shared server, whose graph this replaced.</summary>
    public bool IsSharedServer => !_ownsServer;

    /// <summary>How the graph was loaded, for the test output.</summary>
    public string LoadedBy { get; }

    public static async Task<BulkLoadedGraph> LoadAsync(Neo4jFixture neo4j, string dataDirectory, string dataset, CancellationToken ct)
    {
        if (neo4j.Source == Neo4jSource.Container)
        {
            var server = await neo4j.StartBulkLoadedContainerAsync(dataDirectory, dataset, ct);
            var graph = new BulkLoadedGraph(server, ownsServer: true,
                $"bulk-loaded by neo4j-admin database import full (the options of the importer's bulk) in a second container of {server.Image}, then finish");
            try
            {
                await FinishAsync(server, dataDirectory, dataset, ct);
                return graph;
            }
            catch
            {
                await graph.DisposeAsync();
                throw;
            }
        }

        await SimulatedBulkLoad.EmptyAsync(neo4j.Client, ct);
        await SimulatedBulkLoad.WriteAsync(neo4j.Client, dataDirectory, ct);
        await FinishAsync(neo4j, dataDirectory, dataset, ct);
        return new BulkLoadedGraph(neo4j, ownsServer: false,
            $"bulk load simulated: {Neo4jFixture.UriVariable} gives no control over the server's store, so what neo4j-admin writes was written over the Query API, then finish");
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }
    }

    private static async Task FinishAsync(Neo4jFixture server, string dataDirectory, string dataset, CancellationToken ct)
    {
        var finish = await server.RunImporterAsync(["finish", "--data", dataDirectory, "--dataset", dataset], ct);
        if (finish.ExitCode != 0)
        {
            throw new InvalidOperationException($"finish failed on the bulk-loaded {dataset} with exit code {finish.ExitCode}: {finish.Error}{finish.Output}");
        }
    }
}
