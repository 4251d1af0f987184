namespace Apatorsen.Neo4j;

/// <summary>
/// A path, split from the Query API's alternating node/relationship list (typed JSON <c>Path</c>).
/// The server's order does not encode direction: use each relationship's start and end node ids.
/// </summary>
public sealed record Neo4jPath(
    IReadOnlyList<Neo4jNode> Nodes,
    IReadOnlyList<Neo4jRelationship> Relationships);
