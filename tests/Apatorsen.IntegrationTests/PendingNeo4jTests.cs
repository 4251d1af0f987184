namespace Apatorsen.IntegrationTests;

/// <summary>
/// Neo4j tests that wait for the importer and the API to land on main. They show up as skipped, with what is
/// missing, so that they are not forgotten; replace each with the real test (and drop its Skip) when its part lands.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class PendingNeo4jTests
{
    // TODO(importer): import data/apatorsen twice into the fixture's Neo4j with the importer's own entry point
    // (not a copy of its Cypher); assert exit 0 both times, that the second run writes nothing (counters), and that
    // node counts per label and relationship counts per type are identical after both runs and equal to the files.
    [Fact(Skip = "TODO: waits for src/Apatorsen.Importer on main (import twice gives identical counts).")]
    public void ImportTwice_GivesIdenticalCounts_AndTheSecondRunWritesNothing()
    {
    }

    // TODO(importer): import, then import a copy of the dataset with one node (and its relationships) removed from the
    // files; assert the node and its relationships are gone, and that another dataset's nodes are untouched.
    [Fact(Skip = "TODO: waits for src/Apatorsen.Importer on main (entities deleted from the files are removed).")]
    public void Reimport_RemovesEntitiesDeletedFromTheFiles_AndLeavesOtherDatasetsAlone()
    {
    }

    // TODO(api): run the API contract tests (tests/Apatorsen.Api.Tests) against the Neo4j backend: a
    // WebApplicationFactory with Neo4j:Uri/User/Password from this fixture, after importing the dataset, asserting
    // the same answers as the embedded backend.
    [Fact(Skip = "TODO: waits for src/Apatorsen.Api on main (API contract tests on the Neo4j backend).")]
    public void ApiContract_OnTheNeo4jBackend_MatchesTheEmbeddedBackend()
    {
    }
}
