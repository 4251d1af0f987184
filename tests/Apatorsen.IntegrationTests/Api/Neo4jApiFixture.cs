using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The API on the Neo4j backend, against the collection's Neo4j with the shipped dataset loaded into it once for
/// the class by the importer itself. The dataset stays loaded (a developer's server keeps what the importer gave it).
/// Does nothing when no Neo4j is available (the tests skip).
/// </summary>
public sealed class Neo4jApiFixture(Neo4jFixture neo4j) : IAsyncLifetime
{
    /// <summary>The X-Api-Key that opens POST /api/cypher in these tests.</summary>
    public const string CypherApiKey = "integration-cypher-key-of-32-chars";

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

    public async ValueTask InitializeAsync()
    {
        if (!neo4j.IsAvailable)
        {
            return;
        }

        var import = await neo4j.ImportAsync(Neo4jFixture.ShippedData, TestContext.Current.CancellationToken);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"The importer failed with exit code {import.ExitCode}: {import.Error}{import.Output}");
        }

        _factory = Neo4jApiHost.Create(neo4j, CypherApiKey);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
