using Apatorsen.Api.Tests.Contract;
using Apatorsen.Neo4j;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The API on the Neo4j backend reading the two datasets of <see cref="TwoDatasets"/>, each under its own name:
/// alpha imported by the importer (<see cref="Imported"/>) or loaded the bulk way and finished
/// (<see cref="BulkLoaded"/>, <see cref="BulkLoadedGraph"/>), then beta imported into the same graph, as a second
/// dataset joins a bulk-loaded graph. When the graph is the collection's shared server, the shipped dataset is loaded
/// back afterwards for the collection's other classes. Does nothing when no Neo4j is available (the tests skip).
/// </summary>
public abstract class Neo4jTwoDatasetFixture(Neo4jFixture neo4j, bool bulkLoadAlpha) : IAsyncLifetime
{
    private readonly TwoDatasets _datasets = new();
    private BulkLoadedGraph? _bulk;
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _client;

    /// <summary>A client of the API; skips the calling test when no Neo4j is available.</summary>
    public HttpClient Client
    {
        get
        {
            neo4j.EnsureAvailable();
            return _client ??= _factory?.CreateClient() ?? throw new InvalidOperationException("The API fixture did not start.");
        }
    }

    /// <summary>How the graph was loaded, for the test output; null when nothing ran.</summary>
    public string? LoadedBy { get; private set; }

    private bool OnSharedServer => _bulk is null || _bulk.IsSharedServer;

    public async ValueTask InitializeAsync()
    {
        if (!neo4j.IsAvailable)
        {
            return;
        }

        var ct = TestContext.Current.CancellationToken;
        var server = neo4j;
        if (bulkLoadAlpha)
        {
            _bulk = await BulkLoadedGraph.LoadAsync(neo4j, _datasets.AlphaDirectory, TwoDatasets.Alpha, ct);
            server = _bulk.Server;
            LoadedBy = $"{TwoDatasets.Alpha} {_bulk.LoadedBy}; {TwoDatasets.Beta} imported over the Query API";
        }
        else
        {
            await EmptyAsync(ct);
            await ImportAsync(server, _datasets.AlphaDirectory, TwoDatasets.Alpha, ct);
            LoadedBy = $"{TwoDatasets.Alpha} and {TwoDatasets.Beta} imported over the Query API";
        }

        await ImportAsync(server, _datasets.BetaDirectory, TwoDatasets.Beta, ct);
        _factory = Neo4jApiHost.Create(server);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (neo4j.IsAvailable && OnSharedServer)
        {
            await EmptyAsync(CancellationToken.None);
            await ImportAsync(neo4j, Neo4jFixture.ShippedData, "apatorsen", CancellationToken.None);
        }

        if (_bulk is not null)
        {
            await _bulk.DisposeAsync();
        }

        _datasets.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Says in the calling test's output how its graph was loaded.</summary>
    public void Report()
    {
        if (LoadedBy is { } loadedBy)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"Graph: {loadedBy}.");
        }
    }

    // Every imported node and the importer's (:Dataset) bookkeeping, so that only the two datasets are counted.
    private async Task EmptyAsync(CancellationToken ct) =>
        await neo4j.Client.RunAsync("MATCH (n) WHERE n:Entity OR n:Dataset DETACH DELETE n", null, AccessMode.Write, ct);

    private static async Task ImportAsync(Neo4jFixture server, string directory, string dataset, CancellationToken ct)
    {
        var import = await server.ImportAsync(directory, dataset, ct);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"The importer failed on {directory} (dataset {dataset}) with exit code {import.ExitCode}: {import.Error}{import.Output}");
        }
    }

    /// <summary>Both datasets imported by the importer.</summary>
    public sealed class Imported(Neo4jFixture neo4j) : Neo4jTwoDatasetFixture(neo4j, bulkLoadAlpha: false);

    /// <summary>Alpha loaded the bulk way and finished, beta imported into the same graph.</summary>
    public sealed class BulkLoaded(Neo4jFixture neo4j) : Neo4jTwoDatasetFixture(neo4j, bulkLoadAlpha: true);
}
