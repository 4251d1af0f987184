using System.Text.Json.Serialization;

namespace Apatorsen.Api.Trapi.Model;

// The TRAPI 1.5.0 MetaKnowledgeGraph of GET /trapi/meta_knowledge_graph.

public sealed record MetaKnowledgeGraph(
    [property: JsonPropertyName("nodes")] IReadOnlyDictionary<string, MetaNode> Nodes,
    [property: JsonPropertyName("edges")] IReadOnlyList<MetaEdge> Edges);

public sealed record MetaNode(
    [property: JsonPropertyName("id_prefixes")] IReadOnlyList<string> IdPrefixes,
    [property: JsonPropertyName("attributes")] IReadOnlyList<MetaAttributeItem> Attributes);

public sealed record MetaEdge(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("predicate")] string Predicate,
    [property: JsonPropertyName("object")] string ObjectCategory,
    [property: JsonPropertyName("knowledge_types")] IReadOnlyList<string> KnowledgeTypes,
    [property: JsonPropertyName("qualifiers")] IReadOnlyList<MetaQualifier> Qualifiers,
    [property: JsonPropertyName("attributes")] IReadOnlyList<MetaAttributeItem> Attributes,
    [property: JsonPropertyName("association")] string? Association);

public sealed record MetaQualifier(
    [property: JsonPropertyName("qualifier_type_id")] string QualifierTypeId,
    [property: JsonPropertyName("applicable_values")] IReadOnlyList<string> ApplicableValues);

public sealed record MetaAttributeItem(
    [property: JsonPropertyName("attribute_type_id")] string AttributeTypeId,
    [property: JsonPropertyName("original_attribute_names")] IReadOnlyList<string> OriginalAttributeNames);
