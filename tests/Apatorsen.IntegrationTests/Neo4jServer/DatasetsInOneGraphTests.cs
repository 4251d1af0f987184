using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>
/// Two datasets sharing nodes in one Neo4j: loading, reloading and removing one never changes the other's nodes,
/// relationships or counts, and a shared node goes only when no dataset holds it. Ends with the shipped dataset alone,
/// as the other tests of the collection expect.
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class DatasetsInOneGraphTests(Neo4jFixture neo4j)
{
    // MIA PaCa-2: the copy for the second dataset leaves out every line naming it (its node and its two relationships).
    private const string OnlyInFirst = "CLO:0007726";
    private const string Hsp27 = "UniProtKB:P04792";
    private static readonly GraphDataset Shipped = GraphDataset.Load(Neo4jFixture.ShippedData, ApatorsenSchema.Instance);

    [Fact]
    public async Task TwoDatasetsSharingNodes_LoadReloadAndRemove_EachLeavesTheOtherAsItWas()
    {
        var ct = TestContext.Current.CancellationToken;
        using var copy = new DatasetCopy(Neo4jFixture.ShippedData, OnlyInFirst);
        var secondDataset = GraphDataset.Load(copy.Path, ApatorsenSchema.Instance);
        try
        {
            Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
            var first = await CountsAsync("apatorsen", ct);

            var second = await ImportAsync(copy.Path, "second", ct);

            Assert.True(second.ExitCode == 0, second.Error);
            Assert.Equal(first, await CountsAsync("apatorsen", ct));
            Assert.Equal(Expected(secondDataset), await CountsAsync("second", ct));
            Assert.Equal(["apatorsen", "second"], await DatasetsOfAsync(Hsp27, ct));
            Assert.Equal(["apatorsen"], await DatasetsOfAsync(OnlyInFirst, ct));
            var targets = await neo4j.Client.RunAsync("MATCH ()-[r:TARGETS]->() RETURN count(r) AS n", null, AccessMode.Read, ct);
            Assert.Equal((long)(Shipped.Relationships.Count(r => r.Type == "TARGETS") + secondDataset.Relationships.Count(r => r.Type == "TARGETS")), targets.Rows[0]["n"]);

            // A full reload of the first (its record gone, as after a change to its files) leaves the second alone.
            await neo4j.Client.RunAsync("MATCH (d:Dataset {name: 'apatorsen'}) DELETE d", null, AccessMode.Write, ct);
            var secondBefore = await CountsAsync("second", ct);
            Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
            Assert.Equal(secondBefore, await CountsAsync("second", ct));

            // Removing the first: its own node goes, shared nodes stay, held by the second only.
            var removed = await neo4j.RunImporterAsync(["remove", "--dataset", "apatorsen"], ct);
            Assert.True(removed.ExitCode == 0, removed.Error);
            Assert.Empty(await DatasetsOfAsync(OnlyInFirst, ct));
            Assert.Equal(["second"], await DatasetsOfAsync(Hsp27, ct));
            Assert.Equal(secondBefore, await CountsAsync("second", ct));
            Assert.Empty(await CountsAsync("apatorsen", ct));
        }
        finally
        {
            Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
            Assert.Equal(0, (await neo4j.RunImporterAsync(["remove", "--dataset", "second"], ct)).ExitCode);
        }

        Assert.Equal(Expected(Shipped), await CountsAsync("apatorsen", ct));
        var leftovers = await neo4j.Client.RunAsync(
            "MATCH (n:Entity) WHERE 'second' IN n.datasets OR size(n.datasets) <> 1 RETURN count(n) AS n", null, AccessMode.Read, ct);
        Assert.Equal(0L, leftovers.Rows[0]["n"]);
        var records = await neo4j.Client.RunAsync("MATCH (d:Dataset) RETURN d.name AS name, d.version AS version", null, AccessMode.Read, ct);
        var record = Assert.Single(records.Rows);
        Assert.Equal("apatorsen", record["name"]);
        Assert.Equal(Shipped.Version, record["version"]);
    }

    private Task<(int ExitCode, string Output, string Error)> ImportAsync(string data, string dataset, CancellationToken ct) =>
        neo4j.RunImporterAsync(["--data", data, "--dataset", dataset], ct);

    private async Task<List<string>> DatasetsOfAsync(string id, CancellationToken ct)
    {
        var result = await neo4j.Client.RunAsync(
            "OPTIONAL MATCH (n:Entity {id: $id}) RETURN n.datasets AS datasets", new Dictionary<string, object?> { ["id"] = id }, AccessMode.Read, ct);
        return result.Rows[0]["datasets"] is IReadOnlyList<object?> datasets ? [.. datasets.Cast<string>().Order(StringComparer.Ordinal)] : [];
    }

    private async Task<SortedDictionary<string, long>> CountsAsync(string dataset, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var parameters = new Dictionary<string, object?> { ["dataset"] = dataset };
        foreach (var row in (await neo4j.Client.RunAsync(CypherCatalog.Get("import/count-nodes"), parameters, AccessMode.Read, ct)).Rows)
        {
            counts["node " + (string)row[0]!] = (long)row[1]!;
        }

        foreach (var row in (await neo4j.Client.RunAsync(CypherCatalog.Get("import/count-relationships"), parameters, AccessMode.Read, ct)).Rows)
        {
            counts["relationship " + (string)row[0]!] = (long)row[1]!;
        }

        return counts;
    }

    private static SortedDictionary<string, long> Expected(GraphDataset dataset)
    {
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
