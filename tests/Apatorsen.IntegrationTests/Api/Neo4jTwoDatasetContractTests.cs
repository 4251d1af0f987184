using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The two-dataset contract (tests/Apatorsen.Api.Tests/Contract) on the Neo4j backend: the importer loads the two
/// datasets, each under its own name, into an emptied graph; the API then answers as the embedded backend serving
/// both directories does. Skipped, with the fixture's reason, when no Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jTwoDatasetContractTests : TwoDatasetContractTests, IClassFixture<Neo4jTwoDatasetFixture.Imported>
{
    private readonly Neo4jTwoDatasetFixture _api;

    public Neo4jTwoDatasetContractTests(Neo4jTwoDatasetFixture.Imported api)
    {
        _api = api;
        api.Report();
    }

    protected override HttpClient Client => _api.Client;
}
