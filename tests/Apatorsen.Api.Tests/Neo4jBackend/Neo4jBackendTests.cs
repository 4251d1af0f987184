using System.Net;
using Apatorsen.Api.Backends.Neo4j;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;
using Apatorsen.Neo4j.Testing;
using static Apatorsen.Api.Tests.Neo4jBackend.Neo4jRows;

namespace Apatorsen.Api.Tests.Neo4jBackend;

/// <summary>
/// The Neo4j backend against a Query API stub: it sends exactly the statements of cypher/queries, in read access
/// mode, with typed parameters, maps the answers into the contract, and turns Neo4j's failures into 503 and 504.
/// </summary>
public sealed class Neo4jBackendTests
{
    private const string Hsp27 = "UniProtKB:P04792";
    private const string Apatorsen = "DRUGBANK:DB06094";

    [Fact]
    public async Task Entity_SendsTheCypherFilesText_InReadMode_WithTypedParameters_AndMapsTheAnswer()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity", StubResponse.Rows(
                ["anchor", "properties", "counts"],
                [Node(Hsp27, "Protein", "Hsp27"),
                    new Dictionary<string, object?>
                    {
                        ["id"] = Hsp27, ["name"] = "Hsp27", ["symbol"] = "HSPB1", ["synonyms"] = new[] { "HSPB1", "heat shock protein 27" },
                        ["dataset"] = "apatorsen", ["datasetVersion"] = "0123456789abcdef",
                        ["datasets"] = new[] { "apatorsen", "second" }, ["datasetVersions"] = new[] { "apatorsen@0123456789abcdef", "second@fedcba9876543210" },
                    },
                    new[] { new object[] { "TARGETS", "in", 1L } }]));

        var body = (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Ok();

        Assert.Equal(["Protein"], body.Strings("labels"));
        Assert.Equal("HSPB1", body.GetProperty("properties").Str("symbol"));
        Assert.False(body.GetProperty("properties").TryGetProperty("datasetVersion", out _));
        Assert.False(body.GetProperty("properties").TryGetProperty("datasets", out _));
        Assert.False(body.GetProperty("properties").TryGetProperty("datasetVersions", out _));
        Assert.Equal(1, Assert.Single(body.Items("relationshipCounts")).GetProperty("count").GetInt32());
        Assert.All(api.Stub.Requests, r =>
        {
            Assert.Equal(QueryApiRoute.Query, r.Route);
            Assert.Equal("Read", r.AccessMode);
        });
        var entity = Assert.Single(api.Stub.Requests);
        Assert.Equal(CypherCatalog.Get("queries/entity"), entity.Statement);
        Assert.Equal("String", TypeOf(entity, "id"));
        Assert.Equal(Hsp27, entity.Parameter("id"));
    }

    [Fact]
    public async Task UnknownId_IsDecidedByTheQueryItself_And404s()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity", StubResponse.Rows(["anchor", "properties", "counts"], new object?[] { null, null, Array.Empty<object>() }));

        var problem = (await ApiResponse.GetAsync(api.Client, "/api/entities/UniProtKB:P00000")).Problem(HttpStatusCode.NotFound);

        Assert.Equal("UniProtKB:P00000", problem.Str("id"));
        Assert.Equal(2, api.Stub.Requests.Count);
    }

    [Fact]
    public async Task AnchorWithAnotherLabel_Is404_NamingTheLabels_FromTheSameStatement()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/mechanism", StubResponse.Rows(["anchor", "chains"], [Node(Hsp27, "Protein", "Hsp27"), Array.Empty<object>()]));

        var problem = (await ApiResponse.GetAsync(api.Client, $"/api/drugs/{Hsp27}/mechanism")).Problem(HttpStatusCode.NotFound);

        Assert.Equal(["Protein"], problem.Strings("labels"));
        Assert.Single(api.Stub.Requests);
    }

    [Theory]
    [InlineData("/api/entities/UniProtKB:P04792", "queries/entity")]
    [InlineData("/api/entities/UniProtKB:P04792/relationships", "queries/entity-relationships")]
    [InlineData("/api/relationships?subject=apatorsen:apatorsen&object=UniProtKB:P04792", "queries/statements-by-subject")]
    [InlineData("/api/relationships?object=UniProtKB:P04792", "queries/statements-by-object")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=GO:0006915", "queries/paths")]
    [InlineData("/api/drugs/apatorsen:apatorsen/mechanism", "queries/mechanism")]
    [InlineData("/api/drugs/apatorsen:apatorsen/trials", "queries/trials-for-drug")]
    [InlineData("/api/indications/MONDO:0004992/trials", "queries/trials-for-indication")]
    [InlineData("/api/trials/NCT01829113", "queries/trial")]
    [InlineData("/api/publications/apatorsen:ref-12", "queries/publication")]
    public async Task IdAnchoredQuestion_CostsOneStatement_AndAnUnknownIdOneAliasLookupMore(string url, string query)
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On(query, request => StubResponse.Rows(
            ["anchor", "subject", "object", "from", "to", "properties", "counts", "total", "items", "paths", "chains", "nodes", "relationships"],
            new object?[] { null, null, null, null, null, null, Array.Empty<object>(), 0L, Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>(), Array.Empty<object>() }));

        (await ApiResponse.GetAsync(api.Client, url)).Problem(HttpStatusCode.NotFound);

        Assert.Equal([CypherCatalog.Get(query), CypherCatalog.Get("queries/canonical-id")], api.Stub.Requests.Select(r => r.Statement));
    }

    [Fact]
    public async Task TrialList_IsPagedByTheStatement_AndItsTotalIsTheStatements()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        var trial = TypedJson.Node("n1", ["Entity", "ClinicalTrial"], new Dictionary<string, object?> { ["id"] = "apatorsen:trial-0600", ["name"] = "Trial 600", ["phase"] = 2L });
        api.On("queries/trials-for-drug", StubResponse.Rows(
            ["anchor", "total", "items"],
            [Node(Apatorsen, "Drug", "apatorsen"), 620L, new[] { new object[] { trial, Array.Empty<object>(), new[] { "apatorsen:pub-a" } } }]));

        var body = (await ApiResponse.GetAsync(api.Client, $"/api/drugs/{Apatorsen}/trials?limit=500&offset=600")).Ok();

        Assert.Equal(620, body.GetProperty("total").GetInt32());
        Assert.Equal("apatorsen:trial-0600", Assert.Single(body.Items()).Str("id"));
        var request = Assert.Single(api.Stub.Requests);
        Assert.Equal(500L, request.Parameter("limit"));
        Assert.Equal(600L, request.Parameter("offset"));
    }

    [Fact]
    public async Task TrialList_SendsItsFiltersAsTypedParameters()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/trials-for-drug", StubResponse.Rows(["anchor", "total", "items"], [Node(Apatorsen, "Drug", "apatorsen"), 0L, Array.Empty<object>()]));

        (await ApiResponse.GetAsync(api.Client, $"/api/drugs/{Apatorsen}/trials?status=terminated&phase=2")).Ok();

        var request = Assert.Single(api.Stub.Requests);
        Assert.Equal("TERMINATED", request.Parameter("status"));
        Assert.Equal("Integer", TypeOf(request, "phase"));
        Assert.Equal(2L, request.Parameter("phase"));
    }

    [Fact]
    public async Task AdverseEvents_MapTheReportsOfTheStatement()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/adverse-events", StubResponse.Rows(
            ["anchor", "total", "items"],
            [Node(Apatorsen, "Drug", "apatorsen"), 1L, new[]
            {
                new object[]
                {
                    Node("CLINICALTRIALS:NCT01780545", "ClinicalTrial", "Borealis-2"),
                    Node("apatorsen:arm-borealis2-apatorsen", "TrialArm", "apatorsen plus docetaxel"),
                    Node("apatorsen:ae-sepsis", "AdverseEvent", "sepsis"),
                    new Dictionary<string, object?> { ["attribution"] = "all causes", ["patients"] = 5L, ["percent"] = 5.1, ["publications"] = new[] { "PMID:29765151" } },
                },
            }]));

        var body = (await ApiResponse.GetAsync(api.Client, $"/api/drugs/{Apatorsen}/adverse-events")).Ok();

        var report = Assert.Single(body.Items());
        Assert.Equal("CLINICALTRIALS:NCT01780545", report.GetProperty("trial").Str("id"));
        Assert.Equal("apatorsen:arm-borealis2-apatorsen", report.GetProperty("report").Str("arm"));
        Assert.Equal(5, report.GetProperty("report").GetProperty("patients").GetInt32());
        Assert.Equal(["PMID:29765151"], report.GetProperty("report").Publications());
        Assert.Equal(50L, Assert.Single(api.Stub.Requests).Parameter("limit"));
    }

    [Fact]
    public async Task AnswerWithoutAnExpectedField_Is502_AndReadsAsAProtocolErrorNamingIt()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity", StubResponse.Rows(["anchor", "counts"], [Node(Hsp27, "Protein", "Hsp27"), Array.Empty<object>()]));

        (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.BadGateway);

        var result = await api.QueryClient.RunAsync(CypherCatalog.Get("queries/entity"), new Dictionary<string, object?> { ["id"] = Hsp27 }, AccessMode.Read, TestContext.Current.CancellationToken);
        var error = Assert.Throws<Neo4jProtocolException>(() => new Neo4jAnswers("queries/entity", ApatorsenSchema.Instance).Field(result.Rows[0], "properties"));
        Assert.Equal("The statement queries/entity returned no field 'properties'.", error.Message);
    }

    [Fact]
    public void NodeProjectionWithoutItsId_IsAProtocolErrorNamingTheStatement()
    {
        var error = Assert.Throws<Neo4jProtocolException>(() => new Neo4jAnswers("queries/paths", ApatorsenSchema.Instance).Node(new Dictionary<string, object?> { ["labels"] = new[] { "Drug" }, ["name"] = "x" }));

        Assert.Equal("The statement queries/paths returned a node without 'id'.", error.Message);
    }

    [Fact]
    public async Task Relationships_SendFiltersAndPagingAsTypedParameters_AndMapTheItems()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity-relationships", StubResponse.Rows(
                ["anchor", "total", "items"],
                [Node(Apatorsen, "Drug", "apatorsen"), 12L, new[]
                {
                    new Dictionary<string, object?>
                    {
                        ["subject"] = Node(Apatorsen, "Drug", "apatorsen"),
                        ["type"] = "TARGETS",
                        ["properties"] = new Dictionary<string, object?> { ["publications"] = new[] { "apatorsen:ref-01" }, ["primary_knowledge_source"] = "infores:apatorsen-kg", ["mechanism"] = "antisense", ["datasetVersion"] = "x" },
                        ["object"] = Node(Hsp27, "Protein", "Hsp27"),
                    },
                }]));

        var body = (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Apatorsen}/relationships?type=targets&direction=out&limit=5&offset=10")).Ok();

        Assert.Equal(12, body.GetProperty("total").GetInt32());
        var item = Assert.Single(body.Items());
        Assert.Equal(["apatorsen:ref-01"], item.Publications());
        Assert.Equal("infores:apatorsen-kg", item.GetProperty("provenance").Str("primaryKnowledgeSource"));
        Assert.Equal("antisense", item.GetProperty("properties").Str("mechanism"));
        Assert.False(item.GetProperty("properties").TryGetProperty("publications", out _));
        Assert.Equal(["Protein"], item.GetProperty("node").Strings("labels"));
        Assert.Equal("out", item.Str("direction"));
        var request = Assert.Single(api.RequestsFor("queries/entity-relationships"));
        Assert.Equal("TARGETS", request.Parameter("type"));
        Assert.Equal("out", request.Parameter("direction"));
        Assert.Null(request.Parameter("label"));
        Assert.Equal("Integer", TypeOf(request, "limit"));
        Assert.Equal(5L, request.Parameter("limit"));
        Assert.Equal(10L, request.Parameter("offset"));
    }

    [Fact]
    public async Task Search_AsksTheFullTextIndex_WithOnlyLetterOrDigitRuns_AndRanksLikeTheEmbeddedBackend()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/search", StubResponse.Rows(
            ["node", "synonyms", "formerIds"],
            [Node("apatorsen:ref-11", "Publication", "Reference 11 (ASCO abstract, OGX-427 plus prednisone)"), Array.Empty<string>(), Array.Empty<string>()],
            [Node(Apatorsen, "Drug", "apatorsen"), new[] { "apatorsen sodium", "OGX-427" }, Array.Empty<string>()],
            [Node("apatorsen:unrelated", "Drug", "no match here"), Array.Empty<string>(), Array.Empty<string>()]));

        var body = (await ApiResponse.GetAsync(api.Client, "/api/search?q=OGX-427\")%20OR%20*:*&label=drug")).Ok();

        Assert.Empty(body.Items());
        body = (await ApiResponse.GetAsync(api.Client, "/api/search?q=OGX-427")).Ok();
        Assert.Equal([Apatorsen, "apatorsen:ref-11"], body.Items().Select(i => i.Str("id")));
        var requests = api.RequestsFor("queries/search");
        Assert.Equal("*ogx* AND *427* AND *or*", requests[0].Parameter("query"));
        Assert.Equal("Drug", requests[0].Parameter("label"));
        Assert.Equal("*ogx* AND *427*", requests[1].Parameter("query"));
        Assert.Null(requests[1].Parameter("label"));
        Assert.Equal("Integer", TypeOf(requests[1], "candidates"));
    }

    [Fact]
    public async Task Paths_SendMaxHops_AndAreOrderedShortestFirst()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        var apoptosis = ("GO:0006915", "BiologicalProcess", "apoptotic process");
        var drug = TypedJson.Node("n1", ["Entity", "Drug"], Properties(Apatorsen, "apatorsen"));
        var hsp27 = TypedJson.Node("n2", ["Entity", "Protein"], Properties(Hsp27, "Hsp27"));
        var process = TypedJson.Node("n3", ["Entity", "BiologicalProcess"], Properties(apoptosis.Item1, apoptosis.Item3));
        api.On("queries/paths", StubResponse.Rows(
            ["from", "to", "paths"],
            [Node(Apatorsen, "Drug", "apatorsen"), Node(apoptosis.Item1, apoptosis.Item2, apoptosis.Item3), new[]
            {
                // The server sends a path's relationships in path order, each with its own direction.
                TypedJson.Path(drug, Typed("r1", "n1", "n2", "TARGETS", "apatorsen:ref-01"), hsp27, Typed("r2", "n2", "n3", "INHIBITS", "apatorsen:ref-02"), process),
                TypedJson.Path(drug.DeepClone(), Typed("r3", "n1", "n3", "INCREASES", "apatorsen:ref-01"), process.DeepClone()),
            }]));

        var body = (await ApiResponse.GetAsync(api.Client, $"/api/paths?from={Apatorsen}&to=GO:0006915&maxHops=3")).Ok();

        Assert.Equal([1, 2], body.Items("paths").Select(p => p.GetProperty("length").GetInt32()));
        Assert.Equal(Hsp27, body.Items("paths").Last().Items("relationships").Last().Str("start"));
        var request = Assert.Single(api.RequestsFor("queries/paths"));
        Assert.Equal(3L, request.Parameter("maxHops"));
        Assert.Equal(Apatorsen, request.Parameter("from"));
        Assert.Equal(100_000L, request.Parameter("maxBindings"));
    }

    [Fact]
    public async Task Paths_MoreThanTheBudgetsBindings_Are422()
    {
        await using var api = await Neo4jApiHarness.StartAsync(settings: new Dictionary<string, string?> { ["QueryBudget:MaxBindings"] = "10" });
        var drug = TypedJson.Node("n1", ["Entity", "Drug"], Properties(Apatorsen, "apatorsen"));
        var process = TypedJson.Node("n3", ["Entity", "BiologicalProcess"], Properties("GO:0006915", "apoptotic process"));
        api.On("queries/paths", StubResponse.Rows(
            ["from", "to", "paths"],
            [Node(Apatorsen, "Drug", "apatorsen"), Node("GO:0006915", "BiologicalProcess", "apoptotic process"),
                Enumerable.Range(0, 11).Select(i => TypedJson.Path(drug.DeepClone(), Typed($"r{i}", "n1", "n3", "INCREASES", "apatorsen:ref-01"), process.DeepClone())).ToArray()]));

        var problem = (await ApiResponse.GetAsync(api.Client, $"/api/paths?from={Apatorsen}&to=GO:0006915")).Problem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("QueryBudget:MaxBindings", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mechanism_MapsTheStepsAndComputesTheNetEffect()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        System.Text.Json.Nodes.JsonObject Step(string id, string type, string from, string to) =>
            TypedJson.Relationship(id, from, to, type, new Dictionary<string, object?> { ["publications"] = new[] { "apatorsen:ref-04" }, ["description"] = type + " step" });
        var drug = TypedJson.Node("n1", ["Entity", "Drug"], Properties(Apatorsen, "apatorsen"));
        var mrna = TypedJson.Node("n2", ["Entity", "Transcript"], Properties("apatorsen:hspb1-mrna", "HSPB1 mRNA"));
        var hsp27 = TypedJson.Node("n3", ["Entity", "Protein"], Properties(Hsp27, "Hsp27"));
        var apoptosis = TypedJson.Node("n4", ["Entity", "BiologicalProcess"], Properties("GO:0006915", "apoptotic process"));
        api.On("queries/mechanism", StubResponse.Rows(
            ["anchor", "chains"],
            [Node(Apatorsen, "Drug", "apatorsen"), new[]
            {
                TypedJson.Path(drug, Step("r1", "BINDS", "n1", "n2"), mrna, Step("r2", "TRANSLATES_TO", "n2", "n3"), hsp27, Step("r3", "INHIBITS", "n3", "n4"), apoptosis),
            }]));

        var body = (await ApiResponse.GetAsync(api.Client, $"/api/drugs/{Apatorsen}/mechanism")).Ok();

        var chain = Assert.Single(body.Items("chains"));
        Assert.Equal("increases", chain.Str("netEffect"));
        Assert.Equal("GO:0006915", chain.GetProperty("end").Str("id"));
        Assert.Equal("BINDS step", chain.Items("steps").First().Str("description"));
        Assert.Equal(["apatorsen:ref-04"], chain.Items("steps").First().Publications());
    }

    [Fact]
    public async Task Meta_IsBuiltFromOneCountingStatement_AndCached_WithTheNodesVersion_WhenNoDatasetIsRecorded()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/meta", StubResponse.Rows(
            ["labels", "patterns", "versions", "datasets"],
            new object?[]
            {
                new[] { new object[] { "Drug", 8L }, new object[] { "Protein", 3L } },
                new[] { new object[] { "Drug", "TARGETS", "Protein", 1L } },
                new[] { "0123456789abcdef" },
                Array.Empty<object>(),
            }));

        var body = (await ApiResponse.GetAsync(api.Client, "/api/meta")).Ok();
        await ApiResponse.GetAsync(api.Client, "/api/meta");

        Assert.Equal("neo4j", body.Str("backend"));
        Assert.Equal("0123456789abcdef", body.Str("version"));
        Assert.Equal(11, body.GetProperty("nodeCount").GetInt32());
        Assert.Equal(1, body.GetProperty("relationshipCount").GetInt32());
        Assert.Empty(body.Items("datasets"));
        Assert.Single(api.Stub.Requests);
    }

    [Fact]
    public async Task Trial_MapsArmsInterventionsAndOutcomes_WithNumbersAndPublications()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        const string Spruce = "CLINICALTRIALS:NCT01829113";
        var trial = TypedJson.Node("n1", ["Entity", "ClinicalTrial"], new Dictionary<string, object?>
        {
            ["id"] = Spruce, ["name"] = "SPRUCE", ["nctId"] = "NCT01829113", ["phase"] = 2L, ["enrollment"] = 155L, ["design"] = new[] { "randomised" },
        });
        var arm = TypedJson.Node("n2", ["Entity", "TrialArm"], new Dictionary<string, object?> { ["id"] = "apatorsen:arm-a", ["name"] = "arm A", ["armType"] = "experimental" });
        var drug = TypedJson.Node("n3", ["Entity", "Drug"], new Dictionary<string, object?> { ["id"] = Apatorsen, ["name"] = "apatorsen" });
        var measured = TypedJson.Node("n4", ["Entity", "Outcome"], new Dictionary<string, object?> { ["id"] = "apatorsen:o1", ["name"] = "PFS", ["measure"] = "median PFS", ["value"] = 6.0, ["unit"] = "months" });
        var other = TypedJson.Node("n5", ["Entity", "Outcome"], new Dictionary<string, object?> { ["id"] = "apatorsen:o2", ["name"] = "PFS placebo" });
        api.On("queries/trial", StubResponse.Rows(
            ["anchor", "nodes", "relationships"],
            [
                Node(Spruce, "ClinicalTrial", "SPRUCE"),
                new[] { trial, arm, drug, measured, other, arm },
                new[]
                {
                    TypedJson.Relationship("r1", "n1", "n2", "HAS_ARM", new Dictionary<string, object?> { ["publications"] = new[] { "apatorsen:ref-12" } }),
                    TypedJson.Relationship("r2", "n2", "n3", "ADMINISTERS", new Dictionary<string, object?> { ["dose"] = 1000.0, ["doseUnit"] = "mg", ["treatmentDays"] = new[] { 1L, 8L }, ["publications"] = new[] { "apatorsen:ref-05" } }),
                    TypedJson.Relationship("r3", "n1", "n4", "HAS_OUTCOME", new Dictionary<string, object?> { ["publications"] = new[] { "apatorsen:ref-12" } }),
                    TypedJson.Relationship("r4", "n4", "n2", "OBSERVED_IN", new Dictionary<string, object?> { ["publications"] = new[] { "apatorsen:ref-12" } }),
                    TypedJson.Relationship("r5", "n4", "n5", "COMPARED_WITH", new Dictionary<string, object?> { ["publications"] = new[] { "apatorsen:guide" } }),
                },
            ]));

        var body = (await ApiResponse.GetAsync(api.Client, "/api/trials/NCT01829113")).Ok();

        Assert.Equal(155, body.GetProperty("enrollment").GetInt32());
        var intervention = body.Items("arms").Single().Items("interventions").Single();
        Assert.Equal(1000, intervention.GetProperty("dose").GetDouble());
        Assert.Equal([1, 8], intervention.GetProperty("treatmentDays").EnumerateArray().Select(d => d.GetInt32()));
        var outcome = body.Items("outcomes").Single();
        Assert.Equal(6.0, outcome.GetProperty("value").GetDouble());
        Assert.Equal("apatorsen:arm-a", outcome.Str("arm"));
        Assert.Equal(["apatorsen:o2"], outcome.Strings("comparedWith"));
        Assert.Equal(["apatorsen:guide", "apatorsen:ref-05", "apatorsen:ref-12"], body.Strings("publications"));
        Assert.Equal(Spruce, Assert.Single(api.RequestsFor("queries/trial")).Parameter("id"));
    }

    [Theory]
    [InlineData(0L, HttpStatusCode.ServiceUnavailable)]
    [InlineData(86L, HttpStatusCode.OK)]
    public async Task Ready_NeedsANonEmptyGraph(long nodes, HttpStatusCode expected)
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/count-nodes", StubResponse.Rows(["nodes"], [nodes]));

        var response = await ApiResponse.GetAsync(api.Client, "/health/ready");

        Assert.Equal(expected, response.Status);
    }

    [Fact]
    public async Task UnreachableNeo4j_Is503_AndNotReady()
    {
        await using var api = await Neo4jApiHarness.StartAsync(neo4j: QueryApiStub.UnreachableUri());

        var problem = (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.ServiceUnavailable);
        var ready = await ApiResponse.GetAsync(api.Client, "/health/ready");
        var live = await ApiResponse.GetAsync(api.Client, "/health/live");

        Assert.DoesNotContain("127.0.0.1", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    [Fact]
    public async Task RefusedCredentials_Are503()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity", StubResponse.Unauthorized());

        (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task TransientErrorAfterRetries_Is503_AndDatabaseError_Is502()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity", StubResponse.TransientError());
        (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.ServiceUnavailable);

        api.On("queries/entity", StubResponse.Error("Neo.DatabaseError.General.UnknownError", "boom"));
        (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task QueryPastTheApisTimeLimit_Is504()
    {
        await using var api = await Neo4jApiHarness.StartAsync(new Dictionary<string, string?> { ["Api:QueryTimeout"] = "00:00:00.200" });
        api.On("queries/entity", EntityRow(Hsp27, "Protein", "Hsp27") with { Delay = TimeSpan.FromSeconds(10) });

        var problem = (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.GatewayTimeout);

        Assert.Contains("0.2 s", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4jRequestTimeout_Is504()
    {
        await using var api = await Neo4jApiHarness.StartAsync(new Dictionary<string, string?> { ["Neo4j:RequestTimeout"] = "00:00:00.200" });
        api.On("queries/entity", EntityRow(Hsp27, "Protein", "Hsp27") with { Delay = TimeSpan.FromSeconds(10) });

        (await ApiResponse.GetAsync(api.Client, $"/api/entities/{Hsp27}")).Problem(HttpStatusCode.GatewayTimeout);
    }
}
