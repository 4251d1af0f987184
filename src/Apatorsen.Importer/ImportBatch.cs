using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer;

/// <summary>One batch of rows for one import statement: all nodes of one label, or relationships of one type.</summary>
internal sealed record ImportBatch(string StatementName, string LabelOrType, bool IsNodes, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

/// <summary>
/// Streams a validated dataset into batches of at most <c>batchSize</c> rows per label or type: nodes
/// first, then relationships. Memory is bounded by one open batch per label or type, whatever the input size.
/// </summary>
internal sealed class BatchBuilder(GraphSchema schema, int batchSize)
{
    public IEnumerable<ImportBatch> NodeBatches(string directory, IReadOnlyList<string> files) =>
        Build(directory, files, reader => reader.ReadNodes().Select(n => (n.Label, (IReadOnlyDictionary<string, object?>)NodeRow(n))), isNodes: true);

    public IEnumerable<ImportBatch> RelationshipBatches(string directory, IReadOnlyList<string> files) =>
        Build(directory, files, reader => reader.ReadRelationships().Select(r => (r.Type, (IReadOnlyDictionary<string, object?>)RelationshipRow(r))), isNodes: false);

    private IEnumerable<ImportBatch> Build(
        string directory, IReadOnlyList<string> files,
        Func<DatasetFileReader, IEnumerable<(string Key, IReadOnlyDictionary<string, object?> Row)>> rows, bool isNodes)
    {
        var pending = new Dictionary<string, List<IReadOnlyDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var reader = DatasetFileReader.Open(directory, Path.Combine(directory, file), schema, new ProblemCollector());
            foreach (var (key, row) in rows(reader))
            {
                if (!pending.TryGetValue(key, out var batch))
                {
                    pending[key] = batch = new List<IReadOnlyDictionary<string, object?>>(Math.Min(batchSize, 1024));
                }

                batch.Add(row);
                if (batch.Count >= batchSize)
                {
                    yield return Batch(key, batch, isNodes);
                    pending[key] = new List<IReadOnlyDictionary<string, object?>>(Math.Min(batchSize, 1024));
                }
            }
        }

        foreach (var (key, batch) in pending.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (batch.Count > 0)
            {
                yield return Batch(key, batch, isNodes);
            }
        }
    }

    private static ImportBatch Batch(string key, List<IReadOnlyDictionary<string, object?>> rows, bool isNodes) =>
        new(isNodes ? SchemaArtifacts.NodeImportName(key) : SchemaArtifacts.RelationshipImportName(key), key, isNodes, rows);

    private static Dictionary<string, object?> NodeRow(NodeRecord node) => new(2, StringComparer.Ordinal)
    {
        ["id"] = node.Id,
        ["properties"] = node.Properties,
    };

    private static Dictionary<string, object?> RelationshipRow(RelationshipRecord relationship) => new(3, StringComparer.Ordinal)
    {
        ["start"] = relationship.StartId,
        ["end"] = relationship.EndId,
        ["properties"] = relationship.Properties,
    };
}
