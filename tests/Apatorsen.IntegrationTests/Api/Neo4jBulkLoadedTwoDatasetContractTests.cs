using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The two-dataset contract, the same assertions as <see cref="Neo4jTwoDatasetContractTests"/>, on a graph whose first
/// dataset was loaded the bulk way and finished, and whose second the importer then added
/// (<see cref="Neo4jTwoDatasetFixture.BulkLoaded"/>); each test's output says whether neo4j-admin itself wrote it.
/// Skipped, with the fixture's reason, when no Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jBulkLoadedTwoDatasetContractTests : TwoDatasetContractTests, IClassFixture<Neo4jTwoDatasetFixture.BulkLoaded>
{
    private readonly Neo4jTwoDatasetFixture _api;

    public Neo4jBulkLoadedTwoDatasetContractTests(Neo4jTwoDatasetFixture.BulkLoaded api)
    {
        _api = api;
        api.Report();
    }

    protected override HttpClient Client => _api.Client;
}
