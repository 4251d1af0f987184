namespace Apatorsen.Neo4j;

/// <summary>
/// The typed JSON media types of the Query API (docs-query-api typed-json.adoc and changelog.adoc).
/// All carry the same <c>{"$type": ..., "_value": ...}</c> shapes; later versions only add types.
/// </summary>
public static class Neo4jMediaTypes
{
    /// <summary>Typed JSON as first released; every server with the Query API (5.23 and later) understands it.</summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>Version 1.0, an alias of <see cref="TypedJson"/>; Neo4j 2025.10 and later.</summary>
    public const string TypedJsonVersion10 = "application/vnd.neo4j.query.v1.0";

    /// <summary>Version 1.1, which adds the <c>Vector</c> and <c>Unsupported</c> types; Neo4j 2025.11 and later.</summary>
    public const string TypedJsonVersion11 = "application/vnd.neo4j.query.v1.1";
}
