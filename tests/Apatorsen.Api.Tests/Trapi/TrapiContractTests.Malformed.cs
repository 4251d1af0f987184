using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.Api.Tests.Trapi;

// Strings that are not text (a lone surrogate, bytes that are not UTF-8) and TRAPI 1.5.0 conformance of the input:
// every one is a 400 naming where it is, never a 500 or an answer that echoes invalid TRAPI.
public abstract partial class TrapiContractTests
{
    private const string Placeholder = "@BAD@";

    // A valid two-node query with the placeholder at one position; the placeholder becomes the malformed string.
    public static TheoryData<string> MalformedStringPositions { get; } = new()
    {
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["@BAD@"]}},"edges":{}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"categories":["@BAD@"]}},"edges":{}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]},"b":{}},"edges":{"e":{"subject":"a","object":"b","predicates":["@BAD@"]}}}}}""",
        """{"message":{"query_graph":{"nodes":{"@BAD@":{"ids":["DRUGBANK:DB06094"]}},"edges":{}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]},"b":{}},"edges":{"@BAD@":{"subject":"a","object":"b"}}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]},"b":{}},"edges":{"e":{"subject":"@BAD@","object":"b"}}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]},"b":{}},"edges":{"e":{"subject":"a","object":"b","qualifier_constraints":[{"qualifier_set":[{"qualifier_type_id":"biolink:object_aspect_qualifier","qualifier_value":"@BAD@"}]}]}}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]},"b":{}},"edges":{"e":{"subject":"a","object":"b","qualifier_constraints":[{"qualifier_set":[{"qualifier_type_id":"@BAD@","qualifier_value":"expression"}]}]}}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]}},"edges":{}}},"log_level":"@BAD@"}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"],"set_interpretation":"@BAD@"}},"edges":{}}}}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]}},"edges":{}}},"workflow":[{"id":"@BAD@"}]}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"]}},"edges":{}}},"submitter":"@BAD@"}""",
        """{"message":{"query_graph":{"nodes":{"a":{"ids":["DRUGBANK:DB06094"],"@BAD@":1}},"edges":{}}}}""",
    };

    [Theory]
    [MemberData(nameof(MalformedStringPositions))]
    public async Task LoneSurrogate_AnywhereInTheBody_Is400(string template)
    {
        var body = template.Replace(Placeholder, "x\\ud800y", StringComparison.Ordinal);

        var problem = (await PostAsync(body)).Problem(HttpStatusCode.BadRequest);

        Assert.Contains("not valid text", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedStringPositions))]
    public async Task InvalidUtf8_AnywhereInTheBody_Is400(string template)
    {
        var at = template.IndexOf(Placeholder, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(template[..at]).Concat(new byte[] { (byte)'x', 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(template[(at + Placeholder.Length)..])).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await ApiResponse.SendAsync(Client, new HttpRequestMessage(HttpMethod.Post, "/trapi/query") { Content = content });

        var problem = response.Problem(HttpStatusCode.BadRequest);
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nodes", "constraints")]
    [InlineData("edges", "attribute_constraints")]
    [InlineData("edges", "qualifier_constraints")]
    public async Task NullConstraintArray_Is400_AsTrapiDoesNotAllowIt(string part, string property)
    {
        var query = RelatedToFromApatorsen();
        var owner = part == "nodes" ? query["message"]!["query_graph"]!["nodes"]!["s"]! : query["message"]!["query_graph"]!["edges"]!["e"]!;
        owner.AsObject()[property] = null;

        var problem = await ProblemAsync(query, HttpStatusCode.BadRequest);

        Assert.Contains($"{property} must be an array", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyQualifierSet_Is400_NotMatchEverything()
    {
        var query = Query(
            new JsonObject { ["s"] = Node([Apatorsen]), ["o"] = Node() },
            new JsonObject { ["e"] = Edge("s", "o", ["biolink:affects"], [new JsonObject { ["qualifier_set"] = new JsonArray() }]) });

        var problem = await ProblemAsync(query, HttpStatusCode.BadRequest);

        Assert.Contains("qualifier_constraints[0].qualifier_set is empty", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryGraph_WithoutIdsOrCategoriesOnAnyNode_Is400()
    {
        var single = await ProblemAsync(Query(new JsonObject { ["a"] = Node() }, []), HttpStatusCode.BadRequest);
        var hop = await ProblemAsync(Query(new JsonObject { ["a"] = Node(), ["b"] = Node() }, new JsonObject { ["e"] = Edge("a", "b") }), HttpStatusCode.BadRequest);

        Assert.Contains("no node has ids or categories", single.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("no node has ids or categories", hop.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
