using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>
/// A bulk-loaded graph, once finished, is the graph the importer writes: same nodes, labels, properties (ownership
/// included), relationships, (:Dataset) record and full-text index, so it answers every API and TRAPI contract test as
/// an imported one. What neo4j-admin writes is reproduced over the Query API (<see cref="SimulatedBulkLoad"/>), so that
/// this runs on any Neo4j, NEO4J_URI included; the API and TRAPI contracts on a graph the real neo4j-admin wrote are
/// <c>Api/Neo4jBulkLoaded*ContractTests</c>.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class BulkLoadTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task BulkLoadedThenFinished_IsTheGraphAnImportWrites()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
        var imported = await GraphSnapshot.TakeAsync(neo4j.Client, ct);

        await SimulatedBulkLoad.EmptyAsync(neo4j.Client, ct);
        await SimulatedBulkLoad.WriteAsync(neo4j.Client, Neo4jFixture.ShippedData, ct);
        var finish = await neo4j.RunImporterAsync(["finish", "--data", Neo4jFixture.ShippedData, "--dataset", "apatorsen"], ct);

        Assert.True(finish.ExitCode == 0, finish.Error);
        Assert.Equal(imported, await GraphSnapshot.TakeAsync(neo4j.Client, ct));
        var search = await neo4j.Client.RunAsync("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_search' RETURN state", null, AccessMode.Read, ct);
        Assert.Equal("ONLINE", Assert.Single(search.Rows)["state"]);
        var rerun = await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains("nothing to send", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinishingTwice_ChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
        var before = await GraphSnapshot.TakeAsync(neo4j.Client, ct);

        var finish = await neo4j.RunImporterAsync(["finish", "--data", Neo4jFixture.ShippedData, "--dataset", "apatorsen"], ct);

        Assert.True(finish.ExitCode == 0, finish.Error);
        Assert.Contains("gave 0 node(s) and 0 relationship(s)", finish.Output, StringComparison.Ordinal);
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Client, ct));
    }
}
