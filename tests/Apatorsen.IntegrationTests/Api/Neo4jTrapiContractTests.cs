using Apatorsen.Api.Tests.Trapi;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// The TRAPI contract (tests/Apatorsen.Api.Tests/Trapi) on the Neo4j backend: the same queries and the same schema
/// validation the embedded backend passes, run as one statement per query graph against a real Neo4j holding the
/// shipped dataset. Skipped, with the fixture's reason, when no Neo4j is available.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class Neo4jTrapiContractTests(Neo4jApiFixture api) : TrapiContractTests, IClassFixture<Neo4jApiFixture>
{
    protected override HttpClient Client => api.Client;
}
