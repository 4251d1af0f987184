using Apatorsen.Api.Tests.Trapi;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The TRAPI contract (tests/Apatorsen.Api.Tests/Trapi), the same queries and schema validation as
/// <see cref="Neo4jTrapiContractTests"/>, on a graph loaded the bulk way and finished
/// (<see cref="Neo4jBulkLoadedApiFixture"/>); each test's output says whether neo4j-admin itself wrote it. Skipped,
/// with the fixture's reason, when no Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jBulkLoadedTrapiContractTests : TrapiContractTests, IClassFixture<Neo4jBulkLoadedApiFixture>
{
    private readonly Neo4jBulkLoadedApiFixture _api;

    public Neo4jBulkLoadedTrapiContractTests(Neo4jBulkLoadedApiFixture api)
    {
        _api = api;
        api.Report();
    }

    protected override HttpClient Client => _api.Client;
}
