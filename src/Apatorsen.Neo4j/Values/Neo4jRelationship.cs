namespace Apatorsen.Neo4j;

/// <summary>
/// A relationship as the Query API returns it (typed JSON <c>Relationship</c>: <c>_element_id</c>,
/// <c>_start_node_element_id</c>, <c>_end_node_element_id</c>, <c>_type</c>, <c>_properties</c>; docs-query-api typed-json.adoc).
/// </summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
