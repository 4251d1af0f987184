using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>
/// Answers the importer's statements on a <see cref="QueryApiStub"/> the way Neo4j would for imports into a database
/// holding nothing else: every row of a batch is written, nothing is left to remove, the counts per label and type
/// are the rows sent under that dataset's name, and (:Dataset) records are kept per name.
/// </summary>
public sealed class Neo4jStandIn
{
    private readonly Lock _gate = new();
    // What MERGE keeps apart: node ids per label, and relationships per type by their endpoints, per dataset.
    private readonly Dictionary<(string Dataset, string Key), HashSet<string>> _merged = [];
    private readonly Dictionary<(string Dataset, string Key), long> _nodes = [];
    private readonly Dictionary<(string Dataset, string Key), long> _relationships = [];
    private readonly Dictionary<string, string> _importStatements;

    public Neo4jStandIn()
    {
        _importStatements = CypherCatalog.Names
            .Where(name => name.StartsWith("import/nodes/", StringComparison.Ordinal) || name.StartsWith("import/relationships/", StringComparison.Ordinal))
            .ToDictionary(name => CypherCatalog.Get(name), name => name, StringComparer.Ordinal);
    }

    /// <summary>Extra rows reported by the count statements, to make the database disagree with the files.</summary>
    public Dictionary<string, long> ExtraNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The (:Dataset) records: version by dataset name.</summary>
    public Dictionary<string, string> Recorded { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// What neo4j-admin wrote, not yet owned by any dataset: nodes per label and relationships per type. The bulk
    /// finishing statements give them to the dataset they name.
    /// </summary>
    public Dictionary<string, long> BulkNodes { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc cref="BulkNodes"/>
    public Dictionary<string, long> BulkRelationships { get; } = new(StringComparer.Ordinal);

    /// <summary>How long each import batch takes to answer, so that concurrent batches overlap in the stub.</summary>
    public TimeSpan BatchDelay { get; set; }

    public StubResponse Answer(RecordedRequest request)
    {
        if (request.Statement is not { } statement)
        {
            return StubResponse.Empty();
        }

        lock (_gate)
        {
            return AnswerLocked(request, statement);
        }
    }

    private StubResponse AnswerLocked(RecordedRequest request, string statement)
    {
        if (_importStatements.TryGetValue(statement, out var name))
        {
            var rows = ((List<object?>)request.Parameter("rows")!).Cast<Dictionary<string, object?>>().ToList();
            var nodes = name.StartsWith("import/nodes/", StringComparison.Ordinal);
            var key = ((string)request.Parameter("dataset")!, (nodes ? "node " : "relationship ") + KeyOf(statement));
            if (!_merged.TryGetValue(key, out var merged))
            {
                _merged[key] = merged = new HashSet<string>(StringComparer.Ordinal);
            }

            merged.UnionWith(rows.Select(row => nodes ? (string)row["id"]! : $"{row["start"]}->{row["end"]}"));
            (nodes ? _nodes : _relationships)[(key.Item1, KeyOf(statement))] = merged.Count;
            return StubResponse.Rows(["written"], [(long)rows.Count]) with { Delay = BatchDelay };
        }

        if (statement == CypherCatalog.Get("import/count-nodes"))
        {
            var dataset = (string)request.Parameter("dataset")!;
            return Counts(Of(_nodes, dataset).Concat(ExtraNodes).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)));
        }

        if (statement == CypherCatalog.Get("import/count-relationships"))
        {
            return Counts(Of(_relationships, (string)request.Parameter("dataset")!));
        }

        if (statement == CypherCatalog.Get("import/recorded-dataset"))
        {
            return Recorded.TryGetValue((string)request.Parameter("dataset")!, out var version)
                ? StubResponse.Rows(["version"], [version])
                : StubResponse.Rows(["version"]);
        }

        if (statement == CypherCatalog.Get("import/record-dataset"))
        {
            Recorded[(string)request.Parameter("dataset")!] = (string)request.Parameter("version")!;
            return StubResponse.Rows(["version"], [request.Parameter("version")]);
        }

        if (statement == CypherCatalog.Get("import/forget-dataset"))
        {
            return StubResponse.Rows(["forgotten"], [Recorded.Remove((string)request.Parameter("dataset")!) ? 1L : 0L]);
        }

        if (statement == CypherCatalog.Get("import/bulk/own-nodes") || statement == CypherCatalog.Get("import/bulk/own-relationships"))
        {
            var nodes = statement == CypherCatalog.Get("import/bulk/own-nodes");
            var (pending, owned) = nodes ? (BulkNodes, _nodes) : (BulkRelationships, _relationships);
            var dataset = (string)request.Parameter("dataset")!;
            var total = pending.Values.Sum();
            foreach (var (key, count) in pending)
            {
                owned[(dataset, key)] = owned.GetValueOrDefault((dataset, key)) + count;
            }

            pending.Clear();
            return StubResponse.Rows(["owned"], [total]);
        }

        if (statement == CypherCatalog.Get("import/sync-nodes") || IsRemoval(statement))
        {
            return StubResponse.Rows(["deleted"], [0L]);
        }

        return StubResponse.Empty();
    }

    private static bool IsRemoval(string statement) =>
        CypherCatalog.Names.Any(n => n.StartsWith("import/removal/", StringComparison.Ordinal) && CypherCatalog.Get(n) == statement);

    private static Dictionary<string, long> Of(Dictionary<(string Dataset, string Key), long> counts, string dataset) =>
        counts.Where(p => p.Key.Dataset == dataset).ToDictionary(p => p.Key.Key, p => p.Value, StringComparer.Ordinal);

    private static StubResponse Counts(Dictionary<string, long> counts) =>
        StubResponse.Rows(["name", "count"], [.. counts.Select(p => (IReadOnlyList<object?>)[p.Key, p.Value])]);

    // "MERGE (n:Drug:Entity ..." or "MERGE (s)-[r:TARGETS {dataset: ...}]->(e)": the label or type the statement writes.
    private static string KeyOf(string statement)
    {
        var merge = statement[(statement.IndexOf("MERGE (", StringComparison.Ordinal) + 7)..];
        var start = merge.StartsWith("n:", StringComparison.Ordinal) ? 2 : merge.IndexOf("[r:", StringComparison.Ordinal) + 3;
        var end = merge.IndexOfAny([':', ']', ' '], start);
        return merge[start..end];
    }
}
