namespace Apatorsen.Neo4j;

/// <summary>A value the server could not represent (typed JSON <c>Unsupported</c>, media type v1.1 only), with the server's description.</summary>
public sealed record Neo4jUnsupportedValue(string Description);
