using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.Api.Tests.Trapi;

/// <summary>
/// What /trapi answers on every backend, from the shipped dataset (which grows: assertions name facts, not counts).
/// Every 200 answer of these tests is validated against the TRAPI 1.5.0 JSON Schema and the rules of its prose.
/// Subclasses say how the client reaches the API: the embedded graph here, a real Neo4j in
/// tests/Apatorsen.IntegrationTests/Api.
/// </summary>
public abstract partial class TrapiContractTests
{
    public const string Apatorsen = "DRUGBANK:DB06094";
    public const string Hsp27 = "UniProtKB:P04792";
    public const string Apoptosis = "GO:0006915";
    public const string Spruce = "CLINICALTRIALS:NCT01829113";
    public const string Cancer = "MONDO:0004992";
    public const string HspMrna = "apatorsen:hspb1-mrna";
    public const string Hspb1 = "HGNC:5246";

    protected abstract HttpClient Client { get; }

    /// <summary>A query graph node: ids and/or categories (null: left out).</summary>
    protected static JsonObject Node(string[]? ids = null, string[]? categories = null)
    {
        var node = new JsonObject();
        if (ids is not null)
        {
            node["ids"] = new JsonArray(ids.Select(i => (JsonNode)i!).ToArray());
        }

        if (categories is not null)
        {
            node["categories"] = new JsonArray(categories.Select(c => (JsonNode)c!).ToArray());
        }

        return node;
    }

    protected static JsonObject Edge(string subject, string obj, string[]? predicates = null, JsonArray? qualifierConstraints = null)
    {
        var edge = new JsonObject { ["subject"] = subject, ["object"] = obj };
        if (predicates is not null)
        {
            edge["predicates"] = new JsonArray(predicates.Select(p => (JsonNode)p!).ToArray());
        }

        if (qualifierConstraints is not null)
        {
            edge["qualifier_constraints"] = qualifierConstraints;
        }

        return edge;
    }

    /// <summary>One qualifier set: pairs of qualifier type (without biolink:) and value.</summary>
    protected static JsonObject QualifierSet(params (string Type, string Value)[] qualifiers) => new()
    {
        ["qualifier_set"] = new JsonArray(qualifiers.Select(q => (JsonNode)new JsonObject
        {
            ["qualifier_type_id"] = "biolink:" + q.Type,
            ["qualifier_value"] = q.Value,
        }).ToArray()),
    };

    protected static JsonObject Query(JsonObject nodes, JsonObject edges, Action<JsonObject>? more = null)
    {
        var query = new JsonObject { ["message"] = new JsonObject { ["query_graph"] = new JsonObject { ["nodes"] = nodes, ["edges"] = edges } } };
        more?.Invoke(query);
        return query;
    }

    protected Task<ApiResponse> PostAsync(JsonNode body) => PostAsync(body.ToJsonString());

    protected Task<ApiResponse> PostAsync(string body) =>
        ApiResponse.SendAsync(Client, new HttpRequestMessage(HttpMethod.Post, "/trapi/query") { Content = new StringContent(body, Encoding.UTF8, "application/json") });

    /// <summary>Posts the query and asserts a 200 whose body is a valid TRAPI Response.</summary>
    protected async Task<TrapiAnswer> AskAsync(JsonNode query)
    {
        var response = await PostAsync(query);
        var body = response.Ok();
        TrapiSchema.AssertValidResponse(body);
        return new TrapiAnswer(body);
    }

    protected async Task<TrapiAnswer> OneHopAsync(string[]? subjectIds, string[]? subjectCategories, string[]? predicates, string[]? objectIds, string[]? objectCategories, JsonArray? qualifierConstraints = null) =>
        await AskAsync(Query(
            new JsonObject { ["s"] = Node(subjectIds, subjectCategories), ["o"] = Node(objectIds, objectCategories) },
            new JsonObject { ["e"] = Edge("s", "o", predicates, qualifierConstraints) }));

    protected async Task<JsonElement> ProblemAsync(JsonNode query, HttpStatusCode status) => (await PostAsync(query)).Problem(status);
}

/// <summary>A TRAPI Response, read the way the assertions need it.</summary>
public sealed class TrapiAnswer(JsonElement body)
{
    public JsonElement Body { get; } = body;

    public JsonElement Message => Body.GetProperty("message");

    public JsonElement[] Results => Message.GetProperty("results").EnumerateArray().ToArray();

    public JsonElement Nodes => Message.GetProperty("knowledge_graph").GetProperty("nodes");

    public JsonElement Edges => Message.GetProperty("knowledge_graph").GetProperty("edges");

    public string Status => Body.GetProperty("status").GetString()!;

    public string Description => Body.GetProperty("description").GetString()!;

    public JsonElement[] Logs => Body.GetProperty("logs").EnumerateArray().ToArray();

    /// <summary>The ids bound to a query node, result by result.</summary>
    public string[] Bound(string qnode) =>
        Results.SelectMany(r => r.GetProperty("node_bindings").GetProperty(qnode).EnumerateArray()).Select(b => b.GetProperty("id").GetString()!).ToArray();

    /// <summary>The knowledge graph edges bound to a query edge, over every result.</summary>
    public JsonElement[] EdgesBound(string qedge) =>
        Results.SelectMany(r => r.GetProperty("analyses")[0].GetProperty("edge_bindings").GetProperty(qedge).EnumerateArray())
            .Select(b => Edges.GetProperty(b.GetProperty("id").GetString()!))
            .ToArray();

    public JsonElement Result(params (string QNode, string Id)[] bindings) =>
        Assert.Single(Results, r => bindings.All(b => r.GetProperty("node_bindings").GetProperty(b.QNode).EnumerateArray().Any(x => x.GetProperty("id").GetString() == b.Id)));
}

internal static class TrapiJson
{
    public static string? Attribute(this JsonElement element, string typeId) =>
        element.GetProperty("attributes").EnumerateArray().Where(a => a.GetProperty("attribute_type_id").GetString() == typeId)
            .Select(a => a.GetProperty("value").ValueKind == JsonValueKind.String ? a.GetProperty("value").GetString() : a.GetProperty("value").GetRawText())
            .SingleOrDefault();

    public static Dictionary<string, string> Qualifiers(this JsonElement edge) =>
        edge.GetProperty("qualifiers").EnumerateArray().ToDictionary(q => q.GetProperty("qualifier_type_id").GetString()!, q => q.GetProperty("qualifier_value").GetString()!);
}
