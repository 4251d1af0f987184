namespace Apatorsen.Neo4j;

/// <summary>
/// A Cypher DURATION kept as the ISO-8601 text the server sends (for example <c>P14DT16H12M</c>), because months
/// and days have no fixed length and <see cref="TimeSpan"/> cannot hold them. Also accepted as a parameter.
/// </summary>
public sealed record Neo4jDuration(string Iso8601)
{
    /// <inheritdoc />
    public override string ToString() => Iso8601;
}
