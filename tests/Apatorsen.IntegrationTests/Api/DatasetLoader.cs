using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>
/// Loads the shipped dataset into Neo4j with the generated statements of cypher/ (schema, then one import statement
/// per label and per relationship type), the way the importer does. A stand-in until the importer's entry point
/// (Apatorsen.Importer.ImporterCli) is on main; then call that instead.
/// </summary>
internal static class DatasetLoader
{
    public const string Dataset = "apatorsen-api-contract";
    private const int BatchSize = 500;

    public static async Task LoadAsync(Neo4jQueryClient client, string directory, CancellationToken cancellationToken)
    {
        var dataset = GraphDataset.Load(directory, ApatorsenSchema.Instance);
        foreach (var statement in CypherCatalog.GetStatements("schema"))
        {
            await client.RunAsync(statement, null, AccessMode.Write, cancellationToken);
        }

        // The full-text index fills in the background; search needs it complete.
        await client.RunAsync("CALL db.awaitIndexes(120)", null, AccessMode.Write, cancellationToken);

        foreach (var group in dataset.Nodes.GroupBy(n => n.Label))
        {
            var rows = group.Select(n => (object?)new Dictionary<string, object?> { ["id"] = n.Id, ["properties"] = n.Properties }).ToList();
            await RunBatchesAsync(client, CypherCatalog.Get(SchemaArtifacts.NodeImportName(group.Key)), rows, dataset.Version, cancellationToken);
        }

        foreach (var group in dataset.Relationships.GroupBy(r => r.Type))
        {
            var rows = group.Select(r => (object?)new Dictionary<string, object?> { ["start"] = r.StartId, ["end"] = r.EndId, ["properties"] = r.Properties }).ToList();
            await RunBatchesAsync(client, CypherCatalog.Get(SchemaArtifacts.RelationshipImportName(group.Key)), rows, dataset.Version, cancellationToken);
        }
    }

    public static Task RemoveAsync(Neo4jQueryClient client, CancellationToken cancellationToken) =>
        client.RunAsync(
            "MATCH (n:Entity) WHERE n.dataset = $dataset DETACH DELETE n",
            new Dictionary<string, object?> { ["dataset"] = Dataset },
            AccessMode.Write,
            cancellationToken);

    private static async Task RunBatchesAsync(Neo4jQueryClient client, string statement, List<object?> rows, string version, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await client.RunAsync(
                statement,
                new Dictionary<string, object?> { ["rows"] = batch, ["dataset"] = Dataset, ["version"] = version },
                AccessMode.Write,
                cancellationToken);
        }
    }
}
