using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The API contract (tests/Apatorsen.Api.Tests/Contract) on the Neo4j backend: the same assertions the embedded
/// backend passes, against a real Neo4j holding the shipped dataset. Skipped, with the fixture's reason, when no
/// Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jApiContractTests(Neo4jApiFixture api) : ApiContractTests, IClassFixture<Neo4jApiFixture>
{
    protected override HttpClient Client => api.Client;
}
