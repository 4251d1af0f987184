using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;

namespace Apatorsen.Importer;

/// <summary>
/// One batch for one import statement: <see cref="RowCount"/> nodes of one label, or relationships of one type, already
/// encoded as the statement's <c>$rows</c> parameter.
/// </summary>
internal sealed record ImportBatch(string StatementName, string LabelOrType, bool IsNodes, int RowCount, Neo4jEncodedValue Rows);

/// <summary>
/// Groups rows into batches of at most <c>batchSize</c> per label or type, encoding each row as it arrives, so memory
/// is bounded by one open batch per label or type whatever the input size. Feed it records with
/// <see cref="Add(NodeRecord)"/> and <see cref="Add(RelationshipRecord)"/>; each returns the batch it completed, if
/// any; <see cref="Flush"/> returns the rest.
/// </summary>
internal sealed class BatchBuilder(int batchSize) : IDisposable
{
    private readonly Dictionary<(bool IsNodes, string Key), Neo4jListBuilder> _pending = [];

    // The row maps the import statements read: row.id and row.properties, or row.start, row.end and row.properties.
    public ImportBatch? Add(NodeRecord node) => Add(isNodes: true, node.Label, new Dictionary<string, object?>(2, StringComparer.Ordinal)
    {
        ["id"] = node.Id,
        ["properties"] = node.Properties,
    });

    public ImportBatch? Add(RelationshipRecord relationship) => Add(isNodes: false, relationship.Type, new Dictionary<string, object?>(3, StringComparer.Ordinal)
    {
        ["start"] = relationship.StartId,
        ["end"] = relationship.EndId,
        ["properties"] = relationship.Properties,
    });

    public IEnumerable<ImportBatch> Flush() =>
        _pending.Where(p => p.Value.Count > 0)
            .OrderBy(p => p.Key.IsNodes ? 0 : 1).ThenBy(p => p.Key.Key, StringComparer.Ordinal)
            .Select(p => Batch(p.Key.IsNodes, p.Key.Key, p.Value))
            .ToList();

    /// <summary>Streams the node files, or the relationship files, of a validated dataset as batches.</summary>
    public static IEnumerable<ImportBatch> Read(string directory, ValidationReport report, GraphSchema schema, int batchSize, bool nodes)
    {
        using var builder = new BatchBuilder(batchSize);
        foreach (var file in nodes ? report.NodeFiles : report.RelationshipFiles)
        {
            using var reader = DatasetFileReader.Open(directory, Path.Combine(directory, file), schema, new ProblemCollector());
            var full = nodes ? reader.ReadNodes().Select(builder.Add) : reader.ReadRelationships().Select(builder.Add);
            foreach (var batch in full)
            {
                if (batch is not null)
                {
                    yield return batch;
                }
            }
        }

        foreach (var batch in builder.Flush())
        {
            yield return batch;
        }
    }

    public void Dispose()
    {
        foreach (var rows in _pending.Values)
        {
            rows.Dispose();
        }
    }

    private ImportBatch? Add(bool isNodes, string key, Dictionary<string, object?> row)
    {
        if (!_pending.TryGetValue((isNodes, key), out var rows))
        {
            _pending[(isNodes, key)] = rows = new Neo4jListBuilder("rows");
        }

        rows.Add(row);
        return rows.Count < batchSize ? null : Batch(isNodes, key, rows);
    }

    private static ImportBatch Batch(bool isNodes, string key, Neo4jListBuilder rows)
    {
        var count = rows.Count;
        return new(isNodes ? SchemaArtifacts.NodeImportName(key) : SchemaArtifacts.RelationshipImportName(key), key, isNodes, count, rows.Complete());
    }
}
