namespace Apatorsen.Neo4j;

/// <summary>Optional extras for one statement.</summary>
public sealed record RunOptions
{
    /// <summary>Ask the server for <see cref="QueryCounters"/> (<c>includeCounters</c>, docs-query-api query-counters.adoc).</summary>
    public bool IncludeCounters { get; init; }

    /// <summary>
    /// Bookmarks the server must have caught up with before running the statement (docs-query-api bookmarks.adoc).
    /// Only for implicit transactions.
    /// </summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }
}
