using System.Text.Json.Nodes;

namespace Apatorsen.Api.Tests.Trapi;

// Multi-hop query graphs.
public abstract partial class TrapiContractTests
{
    [Fact]
    public async Task TwoHops_FromApatorsenThroughHsp27ToApoptosis()
    {
        var answer = await AskAsync(Query(
            new JsonObject { ["drug"] = Node([Apatorsen]), ["target"] = Node(categories: ["biolink:Protein"]), ["process"] = Node([Apoptosis]) },
            new JsonObject
            {
                ["lowers"] = Edge("drug", "target", ["biolink:affects"]),
                ["acts"] = Edge("target", "process", ["biolink:acts_upstream_of_or_within"]),
            }));

        var result = answer.Result(("drug", Apatorsen), ("target", Hsp27), ("process", Apoptosis));
        var acts = Assert.Single(result.GetProperty("analyses")[0].GetProperty("edge_bindings").GetProperty("acts").EnumerateArray());
        Assert.Equal("biolink:acts_upstream_of_or_within_negative_effect", answer.Edges.GetProperty(acts.GetProperty("id").GetString()!).GetProperty("predicate").GetString());
        Assert.True(result.GetProperty("analyses")[0].GetProperty("edge_bindings").GetProperty("lowers").GetArrayLength() >= 2, "TARGETS and DECREASES both answer 'affects'");
    }

    [Fact]
    public async Task ThreeHops_DrugToTranscriptToProteinToProcess_AndTheAnswerIsTheSameWhicheverEndIsAsked()
    {
        var nodes = new Func<JsonObject>(() => new JsonObject
        {
            ["drug"] = Node([Apatorsen]),
            ["rna"] = Node(categories: ["biolink:RNAProduct"]),
            ["protein"] = Node(categories: ["biolink:Protein"]),
            ["process"] = Node([Apoptosis]),
        });
        var edges = new Func<JsonObject>(() => new JsonObject
        {
            ["binds"] = Edge("drug", "rna", ["biolink:physically_interacts_with"]),
            ["makes"] = Edge("rna", "protein", ["biolink:translates_to"]),
            ["acts"] = Edge("protein", "process", ["biolink:related_to"]),
        });
        var answer = await AskAsync(Query(nodes(), edges()));
        var fromProcess = nodes();
        fromProcess["drug"] = Node(categories: ["biolink:Drug"]);

        var result = answer.Result(("drug", Apatorsen), ("rna", HspMrna), ("protein", Hsp27), ("process", Apoptosis));
        Assert.Single(answer.Results);
        Assert.Equal(3, result.GetProperty("analyses")[0].GetProperty("edge_bindings").EnumerateObject().Count());
        var reversed = await AskAsync(Query(fromProcess, edges()));
        Assert.Contains(Apatorsen, reversed.Bound("drug"));
    }

    [Fact]
    public async Task ThreeEdges_BranchingFromOneNode_BindEveryEdge()
    {
        var answer = await AskAsync(Query(
            new JsonObject
            {
                ["trial"] = Node([Spruce]),
                ["drug"] = Node([Apatorsen]),
                ["arm"] = Node(categories: ["biolink:StudyPopulation"]),
                ["disease"] = Node(categories: ["biolink:Disease"]),
            },
            new JsonObject
            {
                ["tests"] = Edge("trial", "drug"),
                ["arms"] = Edge("trial", "arm", ["biolink:has_part"]),
                ["studies"] = Edge("trial", "disease"),
            }));

        Assert.Contains("apatorsen:arm-spruce-apatorsen", answer.Bound("arm"));
        Assert.Contains("apatorsen:arm-spruce-placebo", answer.Bound("arm"));
        Assert.All(answer.Bound("trial"), id => Assert.Equal(Spruce, id));
    }
}
