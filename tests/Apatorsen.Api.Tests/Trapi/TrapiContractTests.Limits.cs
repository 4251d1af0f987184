using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Trapi;

// Paging, truncation, refusals, the meta knowledge graph and the test data.
public abstract partial class TrapiContractTests
{
    private static JsonObject RelatedToFromApatorsen(Action<JsonObject>? more = null) => Query(
        new JsonObject { ["s"] = Node([Apatorsen]), ["o"] = Node() },
        new JsonObject { ["e"] = Edge("s", "o", ["biolink:related_to"]) },
        more);

    [Fact]
    public async Task Limit_CutsTheResults_AndSaysSoInDescriptionAndLogs()
    {
        var all = await AskAsync(RelatedToFromApatorsen());
        var first = await AskAsync(RelatedToFromApatorsen(q => q["limit"] = 2));
        var second = await AskAsync(RelatedToFromApatorsen(q => { q["limit"] = 2; q["offset"] = 2; }));

        Assert.True(all.Results.Length > 4, "apatorsen has more than four neighbours");
        Assert.Equal(all.Bound("o").Take(2), first.Bound("o"));
        Assert.Equal(all.Bound("o").Skip(2).Take(2), second.Bound("o"));
        Assert.Contains($"of {all.Results.Length}", first.Description, StringComparison.Ordinal);
        Assert.Contains(first.Logs, l => l.GetProperty("code").GetString() == "ResultsTruncated" && l.GetProperty("level").GetString() == "WARNING");
        Assert.DoesNotContain(all.Logs, l => l.TryGetProperty("code", out var code) && code.GetString() == "ResultsTruncated");
        Assert.Equal(first.Bound("o").Length, first.Nodes.EnumerateObject().Count(n => n.Name != Apatorsen));
    }

    [Fact]
    public async Task LogLevel_Error_LeavesOutTheWarnings()
    {
        var answer = await AskAsync(RelatedToFromApatorsen(q => { q["limit"] = 1; q["log_level"] = "ERROR"; }));

        Assert.Empty(answer.Logs);
    }

    [Theory]
    [InlineData("""{"message":{}}""", "message.query_graph")]
    [InlineData("""{"message":{"query_graph":{"nodes":{"a":{}},"edges":{"e":{"subject":"a","object":"b"}}}}}""", "'b'")]
    [InlineData("""{"message":{"query_graph":{"nodes":{"a":{"categories":["biolink:Medicine"]}},"edges":{}}}}""", "biolink:Medicine")]
    [InlineData("""{"message":{"query_graph":{"nodes":{"a":{},"b":{}},"edges":{"e":{"subject":"a","object":"b","predicates":["biolink:cures"]}}}}}""", "biolink:cures")]
    [InlineData("""{"message":{"query_graph":{"nodes":{"a":{},"b":{}},"edges":{"e":{"subject":"a","object":"b","qualifier_constraints":[{"qualifier_set":[{"qualifier_type_id":"biolink:colour_qualifier","qualifier_value":"red"}]}]}}}}}""", "biolink:colour_qualifier")]
    [InlineData("""{"message":{"query_graph":{"nodes":{"a":{"ids":[]}},"edges":{}}}}""", "ids")]
    [InlineData("""{"message":{"query_graph":{"nodes":{"a":{}},"edges":{}}},"limit":0}""", "limit")]
    [InlineData("""not json""", "not JSON")]
    public async Task BadQuery_Is400_NamingTheProblem(string body, string named)
    {
        var problem = (await PostAsync(body)).Problem(HttpStatusCode.BadRequest);

        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A star of four unconstrained edges around any node: billions of combinations on the shipped graph.</summary>
    public static JsonObject UnconstrainedStar() => Query(
        new JsonObject { ["hub"] = Node(categories: ["biolink:NamedThing"]), ["a"] = Node(), ["b"] = Node(), ["c"] = Node(), ["d"] = Node() },
        new JsonObject { ["e1"] = Edge("hub", "a"), ["e2"] = Edge("hub", "b"), ["e3"] = Edge("hub", "c"), ["e4"] = Edge("hub", "d") },
        q => q["limit"] = 1);

    [Fact]
    public async Task UnconstrainedStar_IsCutByTheBudget_AndStatusAndLogsSaySo()
    {
        var answer = await AskAsync(UnconstrainedStar());

        Assert.Equal("QueryBudgetExceeded", answer.Status);
        Assert.Empty(answer.Results);
        var log = Assert.Single(answer.Logs, l => l.GetProperty("code").GetString() == "QueryBudgetExceeded");
        Assert.Equal("ERROR", log.GetProperty("level").GetString());
        Assert.Contains("QueryBudget:MaxBindings", log.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("'e1'", log.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyIds_Is413()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"UniProtKB:P{i:00000}").ToArray();

        var problem = await ProblemAsync(Query(new JsonObject { ["a"] = Node(ids) }, []), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("batch_size_limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var padding = new string('x', 300 * 1024);

        var response = await PostAsync(Query(new JsonObject { ["a"] = Node() }, [], q => q["submitter"] = padding));

        response.Problem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("workflow", """[{"id":"lookup"},{"id":"score"}]""", "score")]
    [InlineData("set", "MANY", "MANY")]
    [InlineData("paths", """{"p":{"subject":"a","object":"b"}}""", "Pathfinder")]
    public async Task UnsupportedFeature_Is501_SayingWhat(string what, string value, string named)
    {
        var query = Query(new JsonObject { ["a"] = Node([Apatorsen]), ["b"] = Node() }, new JsonObject { ["e"] = Edge("a", "b") });
        switch (what)
        {
            case "workflow":
                query["workflow"] = JsonNode.Parse(value);
                break;
            case "set":
                query["message"]!["query_graph"]!["nodes"]!["a"]!["set_interpretation"] = value;
                break;
            default:
                query["message"]!["query_graph"]!["paths"] = JsonNode.Parse(value);
                break;
        }

        var problem = await ProblemAsync(query, HttpStatusCode.NotImplemented);

        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameQueryAgain_GivesTheSameAnswer_WithFreshLogs_AndBypassCacheIsAccepted()
    {
        var query = RelatedToFromApatorsen(q => q["limit"] = 1);
        var first = await AskAsync(query);
        var again = await AskAsync(query);
        var fresh = await AskAsync(RelatedToFromApatorsen(q => { q["limit"] = 1; q["bypass_cache"] = true; }));

        Assert.Equal(first.Bound("o"), again.Bound("o"));
        Assert.Equal(first.Bound("o"), fresh.Bound("o"));
        Assert.True(again.Logs[0].GetProperty("timestamp").GetDateTimeOffset() >= first.Logs[0].GetProperty("timestamp").GetDateTimeOffset());
        (await PostAsync(RelatedToFromApatorsen(q => q["bypass_cache"] = "yes"))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LookupWorkflow_IsAnswered_AndEchoed()
    {
        var answer = await AskAsync(RelatedToFromApatorsen(q => q["workflow"] = new JsonArray(new JsonObject { ["id"] = "lookup" })));

        Assert.Equal("lookup", answer.Body.GetProperty("workflow")[0].GetProperty("id").GetString());
        Assert.NotEmpty(answer.Results);
    }

    [Fact]
    public async Task AttributeConstraints_AreRefusedAsUnsupported_NeverIgnored()
    {
        var query = RelatedToFromApatorsen();
        query["message"]!["query_graph"]!["edges"]!["e"]!["attribute_constraints"] = JsonNode.Parse(
            """[{"id":"biolink:knowledge_source","name":"source","operator":"==","value":"infores:mondo"}]""");

        var answer = await AskAsync(query);

        Assert.Equal("UnsupportedConstraint", answer.Status);
        Assert.Empty(answer.Results);
        Assert.Contains(answer.Logs, l => l.GetProperty("code").GetString() == "UnsupportedConstraint");
    }

    [Fact]
    public async Task UnknownQueryNodeProperty_IsIgnored_WithAWarning()
    {
        var query = RelatedToFromApatorsen();
        query["message"]!["query_graph"]!["nodes"]!["s"]!["is_set"] = false;

        var answer = await AskAsync(query);

        Assert.NotEmpty(answer.Results);
        Assert.Contains(answer.Logs, l => l.GetProperty("level").GetString() == "WARNING" && l.GetProperty("message").GetString()!.Contains("nodes.s.is_set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InferredEdge_HasNoLookupAnswer_AndAWarningSaysWhy()
    {
        var query = RelatedToFromApatorsen();
        query["message"]!["query_graph"]!["edges"]!["e"]!["knowledge_type"] = "inferred";

        var answer = await AskAsync(query);

        Assert.Empty(answer.Results);
        Assert.Contains(answer.Logs, l => l.GetProperty("level").GetString() == "WARNING" && l.GetProperty("message").GetString()!.Contains("inferred", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CyclicOrDisconnectedQueryGraph_IsNotTraversable_WithAMessage()
    {
        var cycle = await AskAsync(Query(
            new JsonObject { ["a"] = Node([Apatorsen]), ["b"] = Node(), ["c"] = Node() },
            new JsonObject { ["e1"] = Edge("a", "b"), ["e2"] = Edge("b", "c"), ["e3"] = Edge("c", "a") }));
        var apart = await AskAsync(Query(new JsonObject { ["a"] = Node([Apatorsen]), ["b"] = Node() }, []));

        Assert.Equal("QueryNotTraversable", cycle.Status);
        Assert.Contains("cycle", cycle.Description, StringComparison.Ordinal);
        Assert.Equal("QueryNotTraversable", apart.Status);
        Assert.Empty(apart.Results);
    }

    [Fact]
    public async Task MetaKnowledgeGraph_ListsTheGraphsTriplesWithQualifiersAndPrefixes_AndValidates()
    {
        var body = (await ApiResponse.GetAsync(Client, "/trapi/meta_knowledge_graph")).Ok();

        var errors = TrapiSchema.MetaKnowledgeGraphErrors(body);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("DRUGBANK", body.GetProperty("nodes").GetProperty("biolink:Drug").GetProperty("id_prefixes").EnumerateArray().Select(p => p.GetString()));
        var affects = Assert.Single(body.GetProperty("edges").EnumerateArray(), e =>
            e.GetProperty("subject").GetString() == "biolink:Drug" && e.GetProperty("predicate").GetString() == "biolink:affects" && e.GetProperty("object").GetString() == "biolink:Protein");
        Assert.Equal(["lookup"], affects.GetProperty("knowledge_types").EnumerateArray().Select(k => k.GetString()));
        var qualifiers = affects.GetProperty("qualifiers").EnumerateArray().ToDictionary(q => q.GetProperty("qualifier_type_id").GetString()!, q => q.GetProperty("applicable_values").EnumerateArray().Select(v => v.GetString()).ToArray());
        Assert.Contains("decreased", qualifiers["biolink:object_direction_qualifier"]);
        Assert.Contains("expression", qualifiers["biolink:object_aspect_qualifier"]);
        Assert.Contains(body.GetProperty("edges").EnumerateArray(), e => e.GetProperty("predicate").GetString() == "biolink:transcribed_from" && e.GetProperty("subject").GetString() == "biolink:RNAProduct");
        Assert.All(body.GetProperty("edges").EnumerateArray(), e => Assert.Equal(["lookup"], e.GetProperty("knowledge_types").EnumerateArray().Select(k => k.GetString())));
    }

    // Nothing the graph does not hold: each id prefix is one some node of the category uses, each qualifier value one
    // some relationship holds (in the qualifier property) or a relationship type states (a fixed qualifier).
    [Fact]
    public async Task MetaKnowledgeGraph_ListsOnlyThePrefixesAndQualifierValuesTheGraphHolds()
    {
        var dataset = GraphDataset.Load(RepositoryRoot.Combine("data", "apatorsen"), ApatorsenSchema.Instance);
        var schema = ApatorsenSchema.Instance;
        var held = dataset.Relationships.SelectMany(r => r.Properties.Where(p => p.Value is string).Select(p => (p.Key, Value: (string)p.Value)))
            .Concat(schema.RelationshipTypes.SelectMany(t => t.Biolink.Qualifiers.Select(q => (q.Key, q.Value))))
            .ToHashSet();

        var body = (await ApiResponse.GetAsync(Client, "/trapi/meta_knowledge_graph")).Ok();

        foreach (var node in body.GetProperty("nodes").EnumerateObject())
        {
            var used = dataset.Nodes.Where(n => schema.GetLabel(n.Label).BiolinkCategory == node.Name).Select(n => n.Id[..n.Id.IndexOf(':', StringComparison.Ordinal)]).ToHashSet();
            Assert.Equal(used.Order(StringComparer.Ordinal), node.Value.GetProperty("id_prefixes").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal));
        }

        foreach (var qualifier in body.GetProperty("edges").EnumerateArray().SelectMany(e => e.GetProperty("qualifiers").EnumerateArray()))
        {
            var type = qualifier.GetProperty("qualifier_type_id").GetString()!["biolink:".Length..];
            Assert.All(qualifier.GetProperty("applicable_values").EnumerateArray(), v => Assert.Contains((type, v.GetString()!), held));
        }
    }

    [Fact]
    public async Task TestData_EveryOneHopExample_ReturnsItsEdge()
    {
        var data = (await ApiResponse.GetAsync(Client, "/trapi/test_data")).Ok();

        Assert.Equal("apatorsen-kg", data.GetProperty("infores").GetString());
        foreach (var example in data.GetProperty("edges").EnumerateArray())
        {
            var subject = example.GetProperty("subject_id").GetString()!;
            var obj = example.GetProperty("object_id").GetString()!;
            JsonArray? constraints = example.TryGetProperty("qualifiers", out var qualifiers)
                ? [new JsonObject { ["qualifier_set"] = JsonNode.Parse(qualifiers.GetRawText()) }]
                : null;
            var answer = await OneHopAsync([subject], [example.GetProperty("subject_category").GetString()!], [example.GetProperty("predicate").GetString()!],
                [obj], [example.GetProperty("object_category").GetString()!], constraints);

            Assert.True(answer.Results.Length > 0, $"No result for the test edge {subject} {example.GetProperty("predicate").GetString()} {obj}");
            Assert.Contains(answer.EdgesBound("e"), e => e.GetProperty("predicate").GetString() == example.GetProperty("predicate").GetString());
        }
    }

    [Fact]
    public async Task EveryAnswer_EchoesTheQueryGraph()
    {
        var query = RelatedToFromApatorsen();

        var answer = await AskAsync(query);

        Assert.True(JsonNode.DeepEquals(query["message"]!["query_graph"], JsonNode.Parse(answer.Message.GetProperty("query_graph").GetRawText())));
        Assert.Equal(JsonValueKind.Array, answer.Message.GetProperty("results").ValueKind);
    }
}
