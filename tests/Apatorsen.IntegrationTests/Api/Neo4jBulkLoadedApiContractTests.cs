using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The API contract (tests/Apatorsen.Api.Tests/Contract), the same assertions as <see cref="Neo4jApiContractTests"/>,
/// on a graph loaded the bulk way and finished (<see cref="Neo4jBulkLoadedApiFixture"/>); each test's output says
/// whether neo4j-admin itself wrote it. Skipped, with the fixture's reason, when no Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jBulkLoadedApiContractTests : ApiContractTests, IClassFixture<Neo4jBulkLoadedApiFixture>
{
    private readonly Neo4jBulkLoadedApiFixture _api;

    public Neo4jBulkLoadedApiContractTests(Neo4jBulkLoadedApiFixture api)
    {
        _api = api;
        api.Report();
    }

    protected override HttpClient Client => _api.Client;
}
