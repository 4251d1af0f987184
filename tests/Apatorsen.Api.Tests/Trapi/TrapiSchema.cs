using System.Text.Json;
using Json.Schema;

namespace Apatorsen.Api.Tests.Trapi;

/// <summary>
/// The TRAPI 1.5.0 JSON Schema of tools/trapi-schema, built once, and the rules of TRAPI's prose that a schema
/// cannot say (one primary knowledge source per edge, bindings that name what the graphs hold, ...).
/// </summary>
public static class TrapiSchema
{
    private static readonly Lazy<(JsonSchema Response, JsonSchema Meta)> Schemas = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromFile(RepositoryRoot.Combine("tools", "trapi-schema", "trapi-1.5.0.schema.json"), options);
        return (
            JsonSchema.FromText("""{"$id":"urn:apatorsen:tests:response","$ref":"urn:trapi:1.5.0#/$defs/Response"}""", options),
            JsonSchema.FromText("""{"$id":"urn:apatorsen:tests:meta","$ref":"urn:trapi:1.5.0#/$defs/MetaKnowledgeGraph"}""", options));
    });

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    public static IReadOnlyList<string> ResponseErrors(JsonElement response) => Reasons(Schemas.Value.Response.Evaluate(response, Options)).ToArray();

    public static IReadOnlyList<string> MetaKnowledgeGraphErrors(JsonElement meta) => Reasons(Schemas.Value.Meta.Evaluate(meta, Options)).ToArray();

    /// <summary>Asserts the response validates against the schema and keeps the rules of the prose.</summary>
    public static void AssertValidResponse(JsonElement response)
    {
        var errors = ResponseErrors(response);
        Assert.True(errors.Count == 0, "Not a valid TRAPI 1.5.0 Response:\n" + string.Join("\n", errors.Take(12)));
        Assert.Equal("1.5.0", response.GetProperty("schema_version").GetString());
        Assert.Equal("4.4.4", response.GetProperty("biolink_version").GetString());
        var message = response.GetProperty("message");
        var nodes = message.GetProperty("knowledge_graph").GetProperty("nodes");
        var edges = message.GetProperty("knowledge_graph").GetProperty("edges");
        foreach (var edge in edges.EnumerateObject())
        {
            var sources = edge.Value.GetProperty("sources").EnumerateArray().ToArray();
            Assert.Single(sources, s => s.GetProperty("resource_role").GetString() == "primary_knowledge_source");
            Assert.All(sources, s => Assert.StartsWith("infores:", s.GetProperty("resource_id").GetString(), StringComparison.Ordinal));
            var types = edge.Value.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("attribute_type_id").GetString()).ToArray();
            Assert.Single(types, t => t == "biolink:knowledge_level");
            Assert.Single(types, t => t == "biolink:agent_type");
            Assert.True(nodes.TryGetProperty(edge.Value.GetProperty("subject").GetString()!, out _), $"edge {edge.Name}: subject not in the knowledge graph");
            Assert.True(nodes.TryGetProperty(edge.Value.GetProperty("object").GetString()!, out _), $"edge {edge.Name}: object not in the knowledge graph");
        }

        var queryGraph = message.GetProperty("query_graph");
        var qnodes = queryGraph.GetProperty("nodes").EnumerateObject().Select(p => p.Name).ToHashSet();
        var qedges = queryGraph.GetProperty("edges").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var result in message.GetProperty("results").EnumerateArray())
        {
            var bindings = result.GetProperty("node_bindings");
            Assert.True(qnodes.SetEquals(bindings.EnumerateObject().Select(p => p.Name)), "a result does not bind every query node");
            foreach (var binding in bindings.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()))
            {
                Assert.True(nodes.TryGetProperty(binding.GetProperty("id").GetString()!, out _), "a node binding names no knowledge graph node");
            }

            var analysis = Assert.Single(result.GetProperty("analyses").EnumerateArray());
            Assert.Equal("infores:apatorsen-kg", analysis.GetProperty("resource_id").GetString());
            var edgeBindings = analysis.GetProperty("edge_bindings");
            Assert.True(qedges.SetEquals(edgeBindings.EnumerateObject().Select(p => p.Name)), "a result does not bind every query edge");
            foreach (var binding in edgeBindings.EnumerateObject())
            {
                Assert.NotEmpty(binding.Value.EnumerateArray());
                Assert.All(binding.Value.EnumerateArray(), b => Assert.True(edges.TryGetProperty(b.GetProperty("id").GetString()!, out _), "an edge binding names no knowledge graph edge"));
            }
        }

        var stamps = response.GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("timestamp").GetDateTimeOffset()).ToArray();
        Assert.Equal(stamps.Order(), stamps);
    }

    // Errors along failing paths only: a failing branch of an anyOf that passed is not a reason.
    private static IEnumerable<string> Reasons(EvaluationResults results)
    {
        var pending = new Stack<EvaluationResults>();
        if (!results.IsValid)
        {
            pending.Push(results);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                yield return $"{node.InstanceLocation} [{keyword} at {node.EvaluationPath}] {message}";
            }

            foreach (var child in node.Details ?? [])
            {
                if (!child.IsValid)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
