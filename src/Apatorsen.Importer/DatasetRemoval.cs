using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.Importer;

/// <summary>
/// Takes one dataset's entities of other versions out of the graph: its relationships type by type through each type's
/// dataset index, then its hold on nodes, deleting those no other dataset holds. With the version just imported this
/// removes what the files no longer hold; with no version kept (<see cref="Everything"/>) it removes the dataset.
/// Other datasets' relationships, nodes and ownership are untouched.
/// </summary>
internal sealed class DatasetRemoval(StatementRunner runner, int batchSize, GraphSchema schema)
{
    /// <summary>The version to keep when removing the whole dataset: none sorts below it or equals it.</summary>
    public const string Everything = "";

    public async Task<(long Relationships, long Nodes)> RemoveAsync(string dataset, string keep, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["dataset"] = dataset,
            ["keep"] = keep,
            ["batchSize"] = (long)batchSize,
        };
        long relationships = 0;
        foreach (var type in schema.RelationshipTypes)
        {
            var result = await runner.RunAsync(SchemaArtifacts.RelationshipRemovalName(type.Type), parameters, AccessMode.Write,
                $"removing {type.Type} relationships of dataset {dataset}", cancellationToken);
            relationships += StatementRunner.SingleCount(result);
        }

        var nodes = StatementRunner.SingleCount(await runner.RunAsync("import/sync-nodes", parameters, AccessMode.Write,
            $"releasing nodes of dataset {dataset}", cancellationToken));
        return (relationships, nodes);
    }
}
