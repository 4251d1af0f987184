namespace Apatorsen.Neo4j;

/// <summary>A Cypher ZONED TIME (typed JSON <c>Time</c>, for example <c>12:50:35.556+01:00</c>): a time of day with a UTC offset.</summary>
public sealed record Neo4jOffsetTime(TimeOnly Time, TimeSpan Offset);
