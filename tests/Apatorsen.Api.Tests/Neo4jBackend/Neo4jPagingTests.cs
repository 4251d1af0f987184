using Apatorsen.Graph.Schema;
using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;
using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Api.Tests.Neo4jBackend;

/// <summary>
/// Pages are cut in the database: every paged statement counts, then projects only the page (SKIP $offset LIMIT
/// $limit); the backend sends the page as parameters and returns what the statement gives, not a slice of its own.
/// A stub that pages the shipped graph as the statement orders it must then give the embedded backend's page.
/// </summary>
public sealed class Neo4jPagingTests(EmbeddedApiFactory embedded) : IClassFixture<EmbeddedApiFactory>
{
    private static readonly Lazy<EmbeddedGraph> Shipped = new(() => EmbeddedGraph.Load(RepositoryRoot.Combine("data", "apatorsen"), ApatorsenSchema.Instance));

    public static TheoryData<string> PagedStatements { get; } = new(
        "queries/entity-relationships",
        "queries/statements-by-subject",
        "queries/statements-by-object",
        "queries/statements-by-type",
        "queries/trials-for-drug",
        "queries/trials-for-indication",
        "queries/adverse-events",
        "queries/publication");

    [Theory]
    [MemberData(nameof(PagedStatements))]
    public void PagedStatement_SkipsAndLimitsInTheDatabase_AndCountsWithoutCollecting(string query)
    {
        var statement = CypherCatalog.Get(query);

        Assert.Contains("SKIP $offset LIMIT $limit", statement, StringComparison.Ordinal);
        Assert.Contains("COUNT {", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("[$offset", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("size(items)", statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/entities/UniProtKB:P04792/relationships?limit=3&offset=2")]
    [InlineData("/api/entities/UniProtKB:P04792/relationships?direction=in&limit=2&offset=1")]
    [InlineData("/api/entities/DRUGBANK:DB06094/relationships?limit=4&offset=5")]
    public async Task RelationshipsPage_SendsOffsetAndLimit_AndMatchesTheEmbeddedPage(string url)
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/entity-relationships", RelationshipsPage);

        var fromNeo4j = (await ApiResponse.GetAsync(api.Client, url)).Ok();
        var fromEmbedded = (await ApiResponse.GetAsync(embedded.CreateClient(), url)).Ok();

        Assert.Equal(fromEmbedded.GetRawText(), fromNeo4j.GetRawText());
        var request = Assert.Single(api.Stub.Requests);
        Assert.Equal(fromEmbedded.GetProperty("offset").GetInt64(), request.Parameter("offset"));
        Assert.Equal(fromEmbedded.GetProperty("limit").GetInt64(), request.Parameter("limit"));
    }

    [Theory]
    [InlineData("/api/relationships?subject=DRUGBANK:DB06094&limit=2&offset=1")]
    [InlineData("/api/relationships?subject=DRUGBANK:DB06094&limit=50&offset=3")]
    public async Task StatementsPage_SendsOffsetAndLimit_AndMatchesTheEmbeddedPage(string url)
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/statements-by-subject", StatementsPage);

        var fromNeo4j = (await ApiResponse.GetAsync(api.Client, url)).Ok();
        var fromEmbedded = (await ApiResponse.GetAsync(embedded.CreateClient(), url)).Ok();

        Assert.Equal(fromEmbedded.GetRawText(), fromNeo4j.GetRawText());
        Assert.Equal(fromEmbedded.GetProperty("offset").GetInt64(), Assert.Single(api.Stub.Requests).Parameter("offset"));
    }

    // What queries/entity-relationships returns on the shipped graph: its ORDER BY, then SKIP and LIMIT.
    private static StubResponse RelationshipsPage(RecordedRequest request)
    {
        var node = Shipped.Value.Nodes[(string)request.Parameter("id")!];
        var direction = (string)request.Parameter("direction")!;
        var all = node.Outgoing.Select(r => (Relationship: r, Direction: "out", Other: r.End))
            .Concat(node.Incoming.Select(r => (Relationship: r, Direction: "in", Other: r.Start)))
            .Where(r => direction == "both" || r.Direction == direction)
            .OrderBy(r => r.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Direction, StringComparer.Ordinal)
            .ThenBy(r => r.Other.Id, StringComparer.Ordinal)
            .Select(r => Statement(r.Relationship))
            .ToArray();
        return Page(request, Ref(node), null, all);
    }

    // What queries/statements-by-subject returns on the shipped graph, with no object, type or labels given.
    private static StubResponse StatementsPage(RecordedRequest request)
    {
        var node = Shipped.Value.Nodes[(string)request.Parameter("subject")!];
        var all = node.Outgoing
            .OrderBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.End.Id, StringComparer.Ordinal)
            .Select(Statement)
            .ToArray();
        return Page(request, null, Ref(node), all);
    }

    private static StubResponse Page(RecordedRequest request, object? anchor, object? subject, Dictionary<string, object?>[] all)
    {
        var (offset, limit) = ((int)(long)request.Parameter("offset")!, (int)(long)request.Parameter("limit")!);
        var page = all.Skip(offset).Take(limit).ToArray();
        return anchor is not null
            ? StubResponse.Rows(["anchor", "total", "items"], [anchor, (long)all.Length, page])
            : StubResponse.Rows(["subject", "object", "total", "items"], [subject, null, (long)all.Length, page]);
    }

    private static Dictionary<string, object?> Statement(EmbeddedRelationship r) => new()
    {
        ["subject"] = Ref(r.Start),
        ["type"] = r.Type,
        ["properties"] = r.Stored.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        ["object"] = Ref(r.End),
    };

    private static Dictionary<string, object?> Ref(EmbeddedNode node) => Neo4jRows.Node(node.Id, node.Label, node.Name);
}
