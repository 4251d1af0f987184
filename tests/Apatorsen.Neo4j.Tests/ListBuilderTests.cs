namespace Apatorsen.Neo4j.Tests;

/// <summary>Pre-encoded list parameters: the same bytes on the wire as a list of objects, built incrementally.</summary>
public sealed class ListBuilderTests
{
    private static readonly Dictionary<string, object?>[] Rows =
    [
        new() { ["id"] = "clinicaltrials:NCT01829113", ["properties"] = new Dictionary<string, object?> { ["enrollment"] = 155L, ["sources"] = new[] { "PMID:1", "PMID:2" } } },
        new() { ["id"] = "apatorsen:arm-{braces}", ["properties"] = new Dictionary<string, object?> { ["dose"] = 1000.0, ["placebo"] = false } },
    ];

    [Fact]
    public async Task EncodedList_IsSentExactlyLikeTheSameListOfObjects()
    {
        await using var harness = await ClientHarness.StartAsync();
        using var builder = new Neo4jListBuilder("rows");
        foreach (var row in Rows)
        {
            builder.Add(row);
        }

        var encoded = builder.Complete();
        await harness.Client.RunAsync("UNWIND $rows AS row RETURN row", new Dictionary<string, object?> { ["rows"] = Rows }, AccessMode.Read, TestContext.Current.CancellationToken);
        await harness.Client.RunAsync("UNWIND $rows AS row RETURN row", new Dictionary<string, object?> { ["rows"] = encoded }, AccessMode.Read, TestContext.Current.CancellationToken);

        var requests = harness.Stub.Requests;
        Assert.Equal(requests[0].Parameters["rows"].GetRawText(), requests[1].Parameters["rows"].GetRawText());
        Assert.Equal(2, ((List<object?>)requests[1].Parameter("rows")!).Count);
    }

    [Fact]
    public void Complete_StartsANewEmptyList_AndClearDropsTheItems()
    {
        using var builder = new Neo4jListBuilder("rows");
        builder.Add(Rows[0]);
        var first = builder.Complete();
        builder.Add(Rows[1]);
        builder.Clear();
        var empty = builder.Complete();

        Assert.Equal(0, builder.Count);
        Assert.True(first.Length > empty.Length);
        Assert.Equal("""{"$type":"List","_value":[]}""".Length, empty.Length);
    }

    [Fact]
    public void ItemWithNoCypherEquivalent_IsRejected_NamingWhereItIs()
    {
        using var builder = new Neo4jListBuilder("rows");
        builder.Add(Rows[0]);

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(new Dictionary<string, object?> { ["site"] = new Uri("https://example.org/{x}") }));

        Assert.Contains("'rows[1].site'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("System.Uri", ex.Message, StringComparison.Ordinal);
    }
}
