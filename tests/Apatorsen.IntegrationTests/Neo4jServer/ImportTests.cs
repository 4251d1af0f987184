using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>The importer against a real Neo4j: idempotence, sync of deletions, other datasets left alone.</summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class ImportTests(Neo4jFixture neo4j)
{
    private const string RemovedId = TrimmedDataset.ReimportRemovedId;
    private static readonly GraphDataset Shipped = GraphDataset.Load(Neo4jFixture.ShippedData, ApatorsenSchema.Instance);

    [Fact]
    public async Task ImportTwice_GivesIdenticalCounts_AndTheSecondRunWritesNothing()
    {
        var ct = TestContext.Current.CancellationToken;

        var first = await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct);
        var afterFirst = await CountsAsync(ct);
        var second = await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct);
        var afterSecond = await CountsAsync(ct);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains(", 0 rows written", second.Output, StringComparison.Ordinal);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal(Expected(), afterSecond);
        var ids = await neo4j.Client.RunAsync(
            "MATCH (n:Entity) WHERE $dataset IN n.datasets RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids",
            new Dictionary<string, object?> { ["dataset"] = "apatorsen" }, AccessMode.Read, ct);
        Assert.Equal(ids.Rows[0]["nodes"], ids.Rows[0]["ids"]);
    }

    [Fact]
    public async Task Reimport_RemovesEntitiesDeletedFromTheFiles_AndLeavesOtherDatasetsAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        var otherDataset = new Dictionary<string, object?> { ["id"] = "other:keep-me", ["dataset"] = "another-dataset" };
        await neo4j.Client.RunAsync("MERGE (n:Entity {id: $id}) SET n.datasets = [$dataset], n.datasetVersions = [$dataset + '@v1']", otherDataset, AccessMode.Write, ct);
        using var trimmed = new TrimmedDataset(Neo4jFixture.ShippedData, RemovedId);
        try
        {
            Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
            var reimport = await neo4j.ImportAsync(trimmed.Path, ct); // as dataset apatorsen, whatever the folder's name

            Assert.True(reimport.ExitCode == 0, reimport.Error);
            var removed = await neo4j.Client.RunAsync(
                "OPTIONAL MATCH (n:Entity {id: $id}) RETURN count(n) AS nodes", new Dictionary<string, object?> { ["id"] = RemovedId }, AccessMode.Read, ct);
            Assert.Equal(0L, removed.Rows[0]["nodes"]);
            var kept = await neo4j.Client.RunAsync(
                "MATCH (n:Entity {id: $id}) RETURN n.datasets AS datasets", new Dictionary<string, object?> { ["id"] = "other:keep-me" }, AccessMode.Read, ct);
            Assert.Equal(["another-dataset"], ((IReadOnlyList<object?>)Assert.Single(kept.Rows)["datasets"]!).Cast<string>());
            var trimmedDataset = GraphDataset.Load(trimmed.Path, ApatorsenSchema.Instance);
            Assert.Equal(Expected(trimmedDataset), await CountsAsync(ct));
        }
        finally
        {
            await neo4j.Client.RunAsync("MATCH (n:Entity {id: $id}) DETACH DELETE n", otherDataset, AccessMode.Write, ct);
            Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
        }
    }

    private async Task<SortedDictionary<string, long>> CountsAsync(CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, object?> { ["dataset"] = "apatorsen" };
        foreach (var row in (await neo4j.Client.RunAsync(Graph.Cypher.CypherCatalog.Get("import/count-nodes"), parameters, AccessMode.Read, ct)).Rows)
        {
            counts["node " + (string)row[0]!] = (long)row[1]!;
        }

        foreach (var row in (await neo4j.Client.RunAsync(Graph.Cypher.CypherCatalog.Get("import/count-relationships"), parameters, AccessMode.Read, ct)).Rows)
        {
            counts["relationship " + (string)row[0]!] = (long)row[1]!;
        }

        return counts;
    }

    private static SortedDictionary<string, long> Expected(GraphDataset? dataset = null)
    {
        dataset ??= Shipped;
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in dataset.Nodes.GroupBy(n => n.Label))
        {
            counts["node " + group.Key] = group.Count();
        }

        foreach (var group in dataset.Relationships.GroupBy(r => r.Type))
        {
            counts["relationship " + group.Key] = group.Count();
        }

        return counts;
    }
}
