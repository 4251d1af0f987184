using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>
/// A bulk-loaded graph, once finished, is the graph the importer writes: same nodes, labels, properties (ownership
/// included), relationships, (:Dataset) record and full-text index, so it answers every API and TRAPI contract test as
/// an imported one. What neo4j-admin writes is reproduced over the Query API (the files' labels plus :Entity, their
/// properties, nothing else), so that this runs on any Neo4j, NEO4J_URI included; the neo4j-admin command itself is
/// the one `bulk` prints (docs/neo4j.md).
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class BulkLoadTests(Neo4jFixture neo4j)
{
    private static readonly GraphDataset Shipped = GraphDataset.Load(Neo4jFixture.ShippedData, ApatorsenSchema.Instance);

    [Fact]
    public async Task BulkLoadedThenFinished_IsTheGraphAnImportWrites()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, (await neo4j.ImportAsync(Neo4jFixture.ShippedData, ct)).ExitCode);
        var imported = await GraphSnapshot.TakeAsync(neo4j.Client, ct);

        await neo4j.Client.RunAsync("MATCH (n) DETACH DELETE n", null, AccessMode.Write, ct);
        await neo4j.Client.RunAsync("DROP INDEX entity_search IF EXISTS", null, AccessMode.Write, ct);
        await WriteAsNeo4jAdminDoesAsync(ct);
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

    // neo4j-admin database import full with --nodes=Entity=<file>: each node with its file's label and :Entity and the
    // file's properties; each relationship with its type and properties; no ownership, constraints or indexes.
    private async Task WriteAsNeo4jAdminDoesAsync(CancellationToken ct)
    {
        foreach (var label in Shipped.Nodes.GroupBy(n => n.Label))
        {
            // Label names come from the schema, never from data.
            var statement = $"UNWIND $rows AS row CREATE (n:{ApatorsenSchema.Instance.GetLabel(label.Key).Label}:Entity) SET n = row";
            var rows = label.Select(n => n.Properties.ToDictionary(p => p.Key, p => (object?)p.Value)).ToList();
            await neo4j.Client.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows }, AccessMode.Write, ct);
        }

        foreach (var type in Shipped.Relationships.GroupBy(r => r.Type))
        {
            var statement = $"UNWIND $rows AS row MATCH (s:Entity {{id: row.start}}) MATCH (e:Entity {{id: row.end}}) " +
                            $"CREATE (s)-[r:{ApatorsenSchema.Instance.GetRelationshipType(type.Key).Type}]->(e) SET r = row.properties";
            var rows = type.Select(r => new Dictionary<string, object?>
            {
                ["start"] = r.StartId,
                ["end"] = r.EndId,
                ["properties"] = r.Properties.ToDictionary(p => p.Key, p => (object?)p.Value),
            }).ToList();
            await neo4j.Client.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows }, AccessMode.Write, ct);
        }
    }
}
