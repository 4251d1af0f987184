namespace Apatorsen.Neo4j;

/// <summary>
/// A node as the Query API returns it (typed JSON <c>Node</c>: <c>_element_id</c>, <c>_labels</c>, <c>_properties</c>;
/// docs-query-api typed-json.adoc). Element ids are only stable within one transaction.
/// </summary>
public sealed record Neo4jNode(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties);
