using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>
/// What <c>neo4j-admin database import full</c> writes with the options of the importer's <c>bulk</c>
/// (<c>--nodes=Entity=&lt;file&gt;</c>), written over the Query API instead, for a server whose store the tests cannot
/// reach (<c>NEO4J_URI</c>): each node with its file's label and :Entity and the file's properties; each relationship
/// with its type and properties; no ownership, constraints or indexes.
/// </summary>
internal static class SimulatedBulkLoad
{
    /// <summary>Deletes every node, and the full-text index, so that the graph is what a fresh neo4j-admin import leaves.</summary>
    public static async Task EmptyAsync(Neo4jQueryClient client, CancellationToken ct)
    {
        await client.RunAsync("MATCH (n) DETACH DELETE n", null, AccessMode.Write, ct);
        await client.RunAsync("DROP INDEX entity_search IF EXISTS", null, AccessMode.Write, ct);
    }

    public static async Task WriteAsync(Neo4jQueryClient client, string dataDirectory, CancellationToken ct)
    {
        var dataset = GraphDataset.Load(dataDirectory, ApatorsenSchema.Instance);
        foreach (var label in dataset.Nodes.GroupBy(n => n.Label))
        {
            // Label names come from the schema, never from data.
            var statement = $"UNWIND $rows AS row CREATE (n:{ApatorsenSchema.Instance.GetLabel(label.Key).Label}:Entity) SET n = row";
            var rows = label.Select(n => n.Properties.ToDictionary(p => p.Key, p => (object?)p.Value)).ToList();
            await client.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows }, AccessMode.Write, ct);
        }

        foreach (var type in dataset.Relationships.GroupBy(r => r.Type))
        {
            var statement = $"UNWIND $rows AS row MATCH (s:Entity {{id: row.start}}) MATCH (e:Entity {{id: row.end}}) " +
                            $"CREATE (s)-[r:{ApatorsenSchema.Instance.GetRelationshipType(type.Key).Type}]->(e) SET r = row.properties";
            var rows = type.Select(r => new Dictionary<string, object?>
            {
                ["start"] = r.StartId,
                ["end"] = r.EndId,
                ["properties"] = r.Properties.ToDictionary(p => p.Key, p => (object?)p.Value),
            }).ToList();
            await client.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows }, AccessMode.Write, ct);
        }
    }
}
