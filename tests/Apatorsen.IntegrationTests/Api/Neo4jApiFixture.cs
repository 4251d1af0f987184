using Microsoft.AspNetCore.Hosting;
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

    private Factory? _factory;
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

        _factory = new Factory(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = neo4j.HttpUri.ToString(),
            ["Neo4j:User"] = neo4j.User.Length == 0 ? null : neo4j.User,
            ["Neo4j:Password"] = neo4j.User.Length == 0 ? null : neo4j.Password,
            ["Neo4j:Database"] = neo4j.Database,
            ["Api:CypherApiKey"] = CypherApiKey,
        });
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
