namespace Apatorsen.Neo4j;

/// <summary>
/// A Cypher VECTOR (typed JSON <c>Vector</c>, media type v1.1 only): the coordinate type (<c>FLOAT64</c>,
/// <c>INT8</c>, ...) and the coordinates as the server's text, so no precision is lost. Read-only.
/// </summary>
public sealed record Neo4jVector(string CoordinatesType, IReadOnlyList<string> Coordinates);
