using System.Text.Json;
using System.Text.Json.Serialization;

namespace Apatorsen.Api.Trapi.Model;

// The TRAPI 1.5.0 Response, as this service writes it (names as the schema spells them; nulls are left out).

public sealed record TrapiResponse(
    [property: JsonPropertyName("message")] TrapiMessage Message,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("logs")] IReadOnlyList<LogEntry> Logs,
    [property: JsonPropertyName("workflow")] IReadOnlyList<WorkflowOperation> Workflow,
    [property: JsonPropertyName("schema_version")] string SchemaVersion,
    [property: JsonPropertyName("biolink_version")] string BiolinkVersion);

public sealed record WorkflowOperation([property: JsonPropertyName("id")] string Id);

public sealed record TrapiMessage(
    [property: JsonPropertyName("query_graph")] JsonElement QueryGraph,
    [property: JsonPropertyName("knowledge_graph")] KnowledgeGraph KnowledgeGraph,
    [property: JsonPropertyName("results")] IReadOnlyList<TrapiResult> Results);

public sealed record KnowledgeGraph(
    [property: JsonPropertyName("nodes")] IReadOnlyDictionary<string, TrapiNode> Nodes,
    [property: JsonPropertyName("edges")] IReadOnlyDictionary<string, TrapiEdge> Edges);

public sealed record TrapiNode(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeItem> Attributes);

public sealed record TrapiEdge(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("predicate")] string Predicate,
    [property: JsonPropertyName("object")] string ObjectId,
    [property: JsonPropertyName("qualifiers")] IReadOnlyList<TrapiQualifier> Qualifiers,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeItem> Attributes,
    [property: JsonPropertyName("sources")] IReadOnlyList<RetrievalSource> Sources);

public sealed record TrapiQualifier(
    [property: JsonPropertyName("qualifier_type_id")] string QualifierTypeId,
    [property: JsonPropertyName("qualifier_value")] string QualifierValue);

public sealed record AttributeItem(
    [property: JsonPropertyName("attribute_type_id")] string AttributeTypeId,
    [property: JsonPropertyName("value")] object Value,
    [property: JsonPropertyName("original_attribute_name")] string? OriginalAttributeName = null,
    [property: JsonPropertyName("value_type_id")] string? ValueTypeId = null,
    [property: JsonPropertyName("attribute_source")] string? AttributeSource = null,
    [property: JsonPropertyName("description")] string? Description = null);

public sealed record RetrievalSource(
    [property: JsonPropertyName("resource_id")] string ResourceId,
    [property: JsonPropertyName("resource_role")] string ResourceRole,
    [property: JsonPropertyName("upstream_resource_ids")] IReadOnlyList<string>? UpstreamResourceIds = null);

public sealed record TrapiResult(
    [property: JsonPropertyName("node_bindings")] IReadOnlyDictionary<string, IReadOnlyList<NodeBinding>> NodeBindings,
    [property: JsonPropertyName("analyses")] IReadOnlyList<Analysis> Analyses);

public sealed record NodeBinding(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeItem> Attributes,
    [property: JsonPropertyName("query_id")] string? QueryId = null);

public sealed record Analysis(
    [property: JsonPropertyName("resource_id")] string ResourceId,
    [property: JsonPropertyName("edge_bindings")] IReadOnlyDictionary<string, IReadOnlyList<EdgeBinding>> EdgeBindings);

public sealed record EdgeBinding(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeItem> Attributes);

public sealed record LogEntry(
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string Message);
