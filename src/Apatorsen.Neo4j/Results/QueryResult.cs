namespace Apatorsen.Neo4j;

/// <summary>
/// The answer to one statement: the returned <see cref="Fields"/> (column names, in order) and the <see cref="Rows"/>,
/// with values already mapped to .NET types (see <see cref="Neo4jQueryClient"/> for the mapping).
/// Shape: docs-query-api query.adoc (<c>data.fields</c>, <c>data.values</c>, <c>bookmarks</c>) and
/// query-counters.adoc (<c>counters</c>).
/// </summary>
public sealed class QueryResult
{
    internal QueryResult(IReadOnlyList<string> fields, IReadOnlyList<QueryRow> rows, QueryCounters? counters, IReadOnlyList<string> bookmarks)
    {
        Fields = fields;
        Rows = rows;
        Counters = counters;
        Bookmarks = bookmarks;
    }

    /// <summary>The returned column names, in order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The returned rows.</summary>
    public IReadOnlyList<QueryRow> Rows { get; }

    /// <summary>What the statement changed; only when <see cref="RunOptions.IncludeCounters"/> was set.</summary>
    public QueryCounters? Counters { get; }

    /// <summary>Bookmarks for causal consistency; pass them on as is (<see cref="RunOptions.Bookmarks"/>).</summary>
    public IReadOnlyList<string> Bookmarks { get; }
}
