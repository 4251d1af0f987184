using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The API on the Neo4j backend, reading the shipped dataset loaded the bulk way and finished
/// (<see cref="BulkLoadedGraph"/>), so that the API and TRAPI contracts check that such a graph answers exactly as an
/// importer-loaded one (issue 18). Does nothing when no Neo4j is available (the tests skip).
/// </summary>
public sealed class Neo4jBulkLoadedApiFixture(Neo4jFixture neo4j) : IAsyncLifetime
{
    private BulkLoadedGraph? _graph;
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

    /// <summary>How the graph was loaded (real neo4j-admin or simulated), for the test output; null when nothing ran.</summary>
    public string? LoadedBy => _graph?.LoadedBy;

    public async ValueTask InitializeAsync()
    {
        if (!neo4j.IsAvailable)
        {
            return;
        }

        _graph = await BulkLoadedGraph.LoadAsync(neo4j, Neo4jFixture.ShippedData, "apatorsen", TestContext.Current.CancellationToken);
        _factory = Neo4jApiHost.Create(_graph.Server, Neo4jApiFixture.CypherApiKey);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // On the shared server the finished graph stays: it is the graph an import of the shipped dataset writes.
        if (_graph is not null)
        {
            await _graph.DisposeAsync();
        }
    }

    /// <summary>Says in the calling test's output how its graph was loaded.</summary>
    public void Report()
    {
        if (LoadedBy is { } loadedBy)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"Graph: {loadedBy}.");
        }
    }
}
