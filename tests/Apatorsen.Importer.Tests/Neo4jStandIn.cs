using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>
/// Answers the importer's statements on a <see cref="QueryApiStub"/> the way Neo4j would for a first import into an
/// empty database: every row of a batch is written, nothing is left to remove, and the counts per label and type
/// are the rows that were sent.
/// </summary>
internal sealed class Neo4jStandIn
{
    private readonly Dictionary<string, long> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _importStatements;

    public Neo4jStandIn()
    {
        _importStatements = CypherCatalog.Names
            .Where(name => name.StartsWith("import/nodes/", StringComparison.Ordinal) || name.StartsWith("import/relationships/", StringComparison.Ordinal))
            .ToDictionary(name => CypherCatalog.Get(name), name => name, StringComparer.Ordinal);
    }

    /// <summary>Extra rows reported by the count statements, to make the database disagree with the files.</summary>
    public Dictionary<string, long> ExtraNodes { get; } = new(StringComparer.Ordinal);

    public StubResponse Answer(RecordedRequest request)
    {
        if (request.Statement is not { } statement)
        {
            return StubResponse.Empty();
        }

        if (_importStatements.TryGetValue(statement, out var name))
        {
            var rows = ((List<object?>)request.Parameter("rows")!).Count;
            var key = KeyOf(statement);
            var counts = name.StartsWith("import/nodes/", StringComparison.Ordinal) ? _nodes : _relationships;
            counts[key] = counts.GetValueOrDefault(key) + rows;
            return StubResponse.Rows(["written"], [(long)rows]);
        }

        if (statement == CypherCatalog.Get("import/count-nodes"))
        {
            return Counts(_nodes.Concat(ExtraNodes).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)));
        }

        if (statement == CypherCatalog.Get("import/count-relationships"))
        {
            return Counts(_relationships);
        }

        if (statement == CypherCatalog.Get("import/sync-nodes") || statement == CypherCatalog.Get("import/sync-relationships"))
        {
            return StubResponse.Rows(["deleted"], [0L]);
        }

        return StubResponse.Empty();
    }

    private static StubResponse Counts(Dictionary<string, long> counts) =>
        StubResponse.Rows(["name", "count"], [.. counts.Select(p => (IReadOnlyList<object?>)[p.Key, p.Value])]);

    // "MERGE (n:Drug:Entity ..." or "MERGE (s)-[r:TARGETS]->(e)": the label or type the statement writes.
    private static string KeyOf(string statement)
    {
        var merge = statement[(statement.IndexOf("MERGE (", StringComparison.Ordinal) + 7)..];
        var start = merge.StartsWith("n:", StringComparison.Ordinal) ? 2 : merge.IndexOf("[r:", StringComparison.Ordinal) + 3;
        var end = merge.IndexOfAny([':', ']', ' '], start);
        return merge[start..end];
    }
}
