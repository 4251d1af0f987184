namespace Apatorsen.Importer.Tests;

/// <summary>The tests' KGX reader refuses what the format does not allow, so that reading an export back proves something.</summary>
public sealed class KgxReaderTests
{
    private const string Node = """{"id":"HGNC:5246","category":["biolink:Gene"]}""";
    private const string Edge = """{"id":"e:1","subject":"HGNC:5246","predicate":"biolink:related_to","object":"HGNC:5246","knowledge_level":"knowledge_assertion","agent_type":"manual_agent"}""";

    [Fact]
    public void WellFormedBundle_IsRead()
    {
        using var bundle = Write(Node, Edge);

        var graph = KgxGraph.Read(bundle.Path);

        Assert.Equal("HGNC:5246", Assert.Single(graph.Nodes).Id);
        Assert.Equal("biolink:related_to", Assert.Single(graph.Edges).Predicate);
    }

    [Theory]
    [InlineData("""{"id":"HGNC:5246","category":"biolink:Gene"}""", Edge, "no list of strings 'category'")]
    [InlineData(Node, """{"id":"e:1","subject":"HGNC:5246","predicate":"biolink:related_to","object":"HGNC:5246","agent_type":"manual_agent"}""", "no string 'knowledge_level'")]
    [InlineData(Node, """{"id":"e:1","subject":"HGNC:1","predicate":"biolink:related_to","object":"HGNC:5246","knowledge_level":"knowledge_assertion","agent_type":"manual_agent"}""", "no node of the bundle")]
    [InlineData(Node + "\n" + Node, Edge, "node ids are not unique")]
    public void MalformedBundle_IsRefused(string nodes, string edges, string problem)
    {
        using var bundle = Write(nodes, edges);

        var refused = Assert.ThrowsAny<Exception>(() => KgxGraph.Read(bundle.Path));

        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateField_IsRefused()
    {
        using var bundle = Write("""{"id":"HGNC:5246","id":"HGNC:1","category":["biolink:Gene"]}""", Edge);

        Assert.ThrowsAny<Exception>(() => KgxGraph.Read(bundle.Path));
    }

    private static TemporaryDirectory Write(string nodes, string edges)
    {
        var directory = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "apatorsen_nodes.jsonl"), nodes + "\n");
        File.WriteAllText(Path.Combine(directory.Path, "apatorsen_edges.jsonl"), edges + "\n");
        File.WriteAllText(Path.Combine(directory.Path, "apatorsen_metadata.json"), "{}");
        return directory;
    }
}
