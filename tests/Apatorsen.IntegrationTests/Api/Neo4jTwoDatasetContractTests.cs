using Apatorsen.Api.Tests.Contract;
using Apatorsen.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The two-dataset contract (tests/Apatorsen.Api.Tests/Contract) on the Neo4j backend: the importer loads the two
/// datasets, each under its folder's name, into an emptied graph; the API then answers as the embedded backend
/// serving both directories does. The shipped dataset is loaded back afterwards for the collection's other classes.
/// Skipped, with the fixture's reason, when no Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jTwoDatasetContractTests(Neo4jTwoDatasetContractTests.Fixture api)
    : TwoDatasetContractTests, IClassFixture<Neo4jTwoDatasetContractTests.Fixture>
{
    protected override HttpClient Client => api.Client;

    public sealed class Fixture(Neo4jFixture neo4j) : IAsyncLifetime
    {
        private readonly TwoDatasets _datasets = new();
        private WebApplicationFactory<Program>? _factory;
        private HttpClient? _client;

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

            var ct = TestContext.Current.CancellationToken;
            await EmptyAsync(ct);
            await ImportAsync(_datasets.AlphaDirectory, ct);
            await ImportAsync(_datasets.BetaDirectory, ct);
            _factory = new Factory(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = neo4j.HttpUri.ToString(),
                ["Neo4j:User"] = neo4j.User.Length == 0 ? null : neo4j.User,
                ["Neo4j:Password"] = neo4j.User.Length == 0 ? null : neo4j.Password,
                ["Neo4j:Database"] = neo4j.Database,
            });
        }

        public async ValueTask DisposeAsync()
        {
            _client?.Dispose();
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }

            if (neo4j.IsAvailable)
            {
                await EmptyAsync(CancellationToken.None);
                await ImportAsync(Neo4jFixture.ShippedData, CancellationToken.None);
            }

            _datasets.Dispose();
        }

        // Every imported node and the importer's (:Dataset) bookkeeping, so that only the two datasets are counted.
        private async Task EmptyAsync(CancellationToken ct) =>
            await neo4j.Client.RunAsync("MATCH (n) WHERE n:Entity OR n:Dataset DETACH DELETE n", null, AccessMode.Write, ct);

        private async Task ImportAsync(string directory, CancellationToken ct)
        {
            var import = await neo4j.ImportAsync(directory, ct);
            if (import.ExitCode != 0)
            {
                throw new InvalidOperationException($"The importer failed on {directory} with exit code {import.ExitCode}: {import.Error}{import.Output}");
            }
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
