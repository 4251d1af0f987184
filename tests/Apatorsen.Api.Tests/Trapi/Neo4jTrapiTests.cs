using System.Net;
using System.Text;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Neo4jBackend;
using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j.Testing;
using static Apatorsen.Api.Tests.Neo4jBackend.Neo4jRows;

namespace Apatorsen.Api.Tests.Trapi;

/// <summary>
/// The TRAPI query on the Neo4j backend against a Query API stub: one statement per query graph, exactly the text of
/// its shape in cypher/trapi/shapes, in read mode, with the plan as parameters; the answer mapped into the same
/// Response the embedded backend gives.
/// </summary>
public sealed class Neo4jTrapiTests
{
    private const string Apatorsen = "DRUGBANK:DB06094";
    private const string Hsp27 = "UniProtKB:P04792";
    private const string Apoptosis = "GO:0006915";

    internal static readonly string TwoHops = """
        {"message":{"query_graph":{
          "nodes":{"drug":{"ids":["apatorsen:apatorsen"]},"target":{"categories":["biolink:Protein"]},"process":{"ids":["GO:0006915"]}},
          "edges":{"lowers":{"subject":"drug","object":"target","predicates":["biolink:affects"]},
                   "acts":{"subject":"target","object":"process","predicates":["biolink:acts_upstream_of_or_within"]}}}},
         "limit":10}
        """;

    internal static Task<ApiResponse> PostAsync(HttpClient client, string body) =>
        ApiResponse.SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/trapi/query") { Content = new StringContent(body, Encoding.UTF8, "application/json") });

    internal static StubResponse TwoHopAnswer()
    {
        var drug = TypedJson.Node("n1", ["Entity", "Drug"], new Dictionary<string, object?> { ["id"] = Apatorsen, ["name"] = "apatorsen", ["formerIds"] = new[] { "apatorsen:apatorsen" } });
        var hsp27 = TypedJson.Node("n2", ["Entity", "Protein"], Properties(Hsp27, "Hsp27"));
        var process = TypedJson.Node("n3", ["Entity", "BiologicalProcess"], Properties(Apoptosis, "apoptotic process"));
        var provenance = new Dictionary<string, object?>
        {
            ["primary_knowledge_source"] = "infores:apatorsen-kg", ["publications"] = new[] { "apatorsen:ref-01" },
            ["knowledge_level"] = "knowledge_assertion", ["agent_type"] = "manual_agent",
        };
        var targets = TypedJson.Relationship("r1", "n1", "n2", "TARGETS", provenance);
        var inhibits = TypedJson.Relationship("r2", "n2", "n3", "INHIBITS", provenance);
        return StubResponse.Rows(
            ["resolved", "total", "cut", "results"],
            [
                new object[]
                {
                    new Dictionary<string, object?> { ["asked"] = "apatorsen:apatorsen", ["id"] = Apatorsen },
                    new Dictionary<string, object?> { ["asked"] = Apoptosis, ["id"] = Apoptosis },
                },
                1L,
                false,
                new object[] { new Dictionary<string, object?> { ["nodes"] = new object[] { drug, hsp27, process }, ["edges"] = new object[] { new object[] { targets }, new object[] { inhibits } } } },
            ]);
    }

    [Fact]
    public async Task TwoHops_SendTheShapesStatementOnce_InReadMode_WithThePlanAsParameters()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("trapi/shapes/anchored-0-1", TwoHopAnswer());

        var body = (await PostAsync(api.Client, TwoHops)).Ok();

        TrapiSchema.AssertValidResponse(body);
        var request = Assert.Single(api.Stub.Requests);
        Assert.Equal(CypherCatalog.Get("trapi/shapes/anchored-0-1"), request.Statement);
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal(new object[] { "apatorsen:apatorsen", Apoptosis }, (IEnumerable<object?>)request.Parameter("ids")!);
        Assert.Equal(new object[] { "apatorsen:apatorsen" }, (IEnumerable<object?>)request.Parameter("n0Ids")!);
        Assert.Equal(new object[] { "Protein" }, (IEnumerable<object?>)request.Parameter("n1Labels")!);
        Assert.Null(request.Parameter("n1Ids"));
        Assert.Equal(10L, request.Parameter("limit"));
        Assert.Equal(100_000L, request.Parameter("maxBindings"));
        var lowers = ((IEnumerable<object?>)request.Parameter("e0")!).Cast<IReadOnlyDictionary<string, object?>>().ToArray();
        Assert.Contains(lowers, c => (string)c["type"]! == "TARGETS" && (bool)c["startsAtFrom"]! && c["sets"] is null);
        Assert.DoesNotContain(lowers, c => (string)c["type"]! == "INHIBITS");
        var acts = ((IEnumerable<object?>)request.Parameter("e1")!).Cast<IReadOnlyDictionary<string, object?>>().ToArray();
        Assert.Contains(acts, c => (string)c["type"]! == "INHIBITS");
        Assert.Contains(acts, c => (string)c["type"]! == "PROMOTES");
    }

    [Fact]
    public async Task TwoHops_AnswerIsMapped_WithQueryIdForTheResolvedId()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("trapi/shapes/anchored-0-1", TwoHopAnswer());

        var body = (await PostAsync(api.Client, TwoHops)).Ok();

        var answer = new TrapiAnswer(body);
        var result = answer.Result(("drug", Apatorsen), ("target", Hsp27), ("process", Apoptosis));
        Assert.Equal("apatorsen:apatorsen", result.GetProperty("node_bindings").GetProperty("drug")[0].GetProperty("query_id").GetString());
        Assert.False(result.GetProperty("node_bindings").GetProperty("process")[0].TryGetProperty("query_id", out _));
        var acts = Assert.Single(answer.EdgesBound("acts"));
        Assert.Equal("biolink:acts_upstream_of_or_within_negative_effect", acts.GetProperty("predicate").GetString());
        Assert.Equal("Success. 1 result.", answer.Description);
    }

    [Fact]
    public async Task StatementOverTheBudget_IsAnsweredAsCut_WithStatusAndLog()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("trapi/shapes/anchored-0-1", StubResponse.Rows(["resolved", "total", "cut", "results"], [Array.Empty<object>(), 0L, true, Array.Empty<object>()]));

        var body = (await PostAsync(api.Client, TwoHops)).Ok();

        TrapiSchema.AssertValidResponse(body);
        var answer = new TrapiAnswer(body);
        Assert.Equal("QueryBudgetExceeded", answer.Status);
        Assert.Empty(answer.Results);
        Assert.Contains(answer.Logs, l => l.GetProperty("code").GetString() == "QueryBudgetExceeded" && l.GetProperty("message").GetString()!.Contains("QueryBudget:MaxBindings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QualifierConstraint_OnAStoredQualifier_IsSentAsTheCandidatesPropertyCondition()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("trapi/shapes/anchored-0", StubResponse.Rows(["resolved", "total", "cut", "results"], [Array.Empty<object>(), 0L, false, Array.Empty<object>()]));

        var body = (await PostAsync(api.Client, """
            {"message":{"query_graph":{"nodes":{"d":{"ids":["DRUGBANK:DB06094"]},"p":{"categories":["biolink:Protein"]}},
              "edges":{"e":{"subject":"d","object":"p","predicates":["biolink:affects"],
                "qualifier_constraints":[{"qualifier_set":[{"qualifier_type_id":"biolink:object_aspect_qualifier","qualifier_value":"abundance"}]}]}}}}}
            """)).Ok();

        Assert.Empty(body.GetProperty("message").GetProperty("results").EnumerateArray());
        var candidates = ((IEnumerable<object?>)Assert.Single(api.Stub.Requests).Parameter("e0")!).Cast<IReadOnlyDictionary<string, object?>>().ToArray();
        var decreases = Assert.Single(candidates, c => (string)c["type"]! == "DECREASES");
        var condition = (IReadOnlyDictionary<string, object?>)((IEnumerable<object?>)((IEnumerable<object?>)decreases["sets"]!).Single()!).Single()!;
        Assert.Equal("object_aspect_qualifier", condition["property"]);
        Assert.Contains("expression", (IEnumerable<object?>)condition["values"]!);
        Assert.Null(Assert.Single(candidates, c => (string)c["type"]! == "TARGETS")["sets"]);
    }

    [Fact]
    public async Task BadQuery_AsksNothingOfNeo4j()
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        (await PostAsync(api.Client, """{"message":{"query_graph":{"nodes":{"a":{"categories":["biolink:Nothing"]}},"edges":{}}}}""")).Problem(HttpStatusCode.BadRequest);

        Assert.Empty(api.Stub.Requests);
    }
}
