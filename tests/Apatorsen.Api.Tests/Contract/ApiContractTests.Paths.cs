using System.Net;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Tests.Contract;

// The contract of paths.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Paths_FromApatorsenToApoptosis_AreShortestFirst_StartingWithTheDirectEffect()
    {
        var body = (await GetAsync($"/api/paths?from={Apatorsen}&to={Apoptosis}")).Ok();

        var paths = body.Items("paths").ToArray();
        Assert.InRange(paths.Length, 2, 10);
        var first = paths[0];
        Assert.Equal(1, first.GetProperty("length").GetInt32());
        var relationship = Assert.Single(first.Items("relationships"));
        Assert.Equal("INCREASES", relationship.Str("type"));
        Assert.Equal(["apatorsen:ref-01", "CLINICALTRIALS:NCT00487786"], relationship.Publications());
        var lengths = paths.Select(p => p.GetProperty("length").GetInt32()).ToArray();
        Assert.Equal(lengths.Order(), lengths);
        Assert.All(paths, p =>
        {
            var nodes = p.Items("nodes").Select(n => n.Str("id")).ToArray();
            Assert.Equal(Apatorsen, nodes[0]);
            Assert.Equal(Apoptosis, nodes[^1]);
            Assert.Equal(nodes.Length, nodes.Distinct().Count());
            Assert.Equal(nodes.Length - 1, p.Items("relationships").Count());
            Assert.InRange(nodes.Length - 1, 1, 4);
            Assert.All(p.Items("relationships"), r => Assert.NotEmpty(r.GetProperty("provenance").Str("primaryKnowledgeSource")));
        });
        Assert.Contains(paths, p => p.GetProperty("length").GetInt32() == 2
            && p.Items("nodes").ElementAt(1).Str("id") == Hsp27);
    }

    // At 4 hops there are more simple paths than the 10 answered: every backend must answer the same ten, the first
    // in the shared order (length, then node ids, then types), as an exhaustive walk of the dataset files finds them.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public async Task Paths_AreTheFirstTenSimplePaths_InTheSharedOrder_AsTheDatasetHoldsThem(int maxHops, bool moreThanTen)
    {
        await AssertFirstTenSimplePaths(Apatorsen, Apoptosis, maxHops, moreThanTen);
    }

    // The embedded backend searches from whichever end has fewer relationships: asked the other way round, the paths
    // are the same ones, read from the other end.
    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public async Task Paths_AskedFromTheOtherEnd_AreTheFirstTenSimplePaths_ReadFromThatEnd(int maxHops, bool moreThanTen)
    {
        await AssertFirstTenSimplePaths(Apoptosis, Apatorsen, maxHops, moreThanTen);
    }

    private async Task AssertFirstTenSimplePaths(string from, string to, int maxHops, bool moreThanTen)
    {
        var all = SimplePaths(ShippedDataset.Value, from, to, maxHops).ToArray();
        var expected = all.Take(10).ToArray();
        Assert.Equal(moreThanTen, all.Length > 10);

        var body = (await GetAsync($"/api/paths?from={from}&to={to}&maxHops={maxHops}")).Ok();

        var answered = body.Items("paths").Select(p => string.Join(" ", p.Items("relationships").Select(r => $"{r.Str("start")}-{r.Str("type")}->{r.Str("end")}"))).ToArray();
        Assert.Equal(expected, answered);
    }

    // Every path without repeated nodes, in either direction, ordered as GraphOrdering orders them; each written as its
    // relationships (start-TYPE->end) in walking order.
    private static IEnumerable<string> SimplePaths(GraphDataset dataset, string from, string to, int maxHops)
    {
        var touching = dataset.Relationships.SelectMany(r => new[] { (Node: r.StartId, r), (Node: r.EndId, r) })
            .ToLookup(x => x.Node, x => x.r, StringComparer.Ordinal);
        var found = new List<(List<string> Nodes, List<RelationshipRecord> Relationships)>();
        var nodes = new List<string> { from };
        var relationships = new List<RelationshipRecord>();
        Walk(from);
        return found
            .OrderBy(p => p.Relationships.Count)
            .ThenBy(p => string.Join('|', p.Nodes), StringComparer.Ordinal)
            .ThenBy(p => string.Join('|', p.Relationships.Select(r => r.Type)), StringComparer.Ordinal)
            .Select(p => string.Join(" ", p.Relationships.Select(r => $"{r.StartId}-{r.Type}->{r.EndId}")));

        void Walk(string node)
        {
            if (node == to)
            {
                found.Add(([.. nodes], [.. relationships]));
                return;
            }

            if (relationships.Count == maxHops)
            {
                return;
            }

            foreach (var relationship in touching[node])
            {
                var next = relationship.StartId == node ? relationship.EndId : relationship.StartId;
                if (nodes.Contains(next))
                {
                    continue;
                }

                nodes.Add(next);
                relationships.Add(relationship);
                Walk(next);
                nodes.RemoveAt(nodes.Count - 1);
                relationships.RemoveAt(relationships.Count - 1);
            }
        }
    }

    [Fact]
    public async Task Paths_WithOneHop_FindOnlyTheDirectRelationship()
    {
        var body = (await GetAsync($"/api/paths?from={Apoptosis}&to={Apatorsen}&maxHops=1")).Ok();

        var path = Assert.Single(body.Items("paths"));
        var relationship = Assert.Single(path.Items("relationships"));
        Assert.Equal(Apatorsen, relationship.Str("start"));
        Assert.Equal(Apoptosis, relationship.Str("end"));
    }

    [Theory]
    [InlineData("/api/paths?to=GO:0006915")]
    [InlineData("/api/paths?from=apatorsen:apatorsen")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=GO:0006915&maxHops=0")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=GO:0006915&maxHops=7")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=apatorsen:apatorsen")]
    public async Task Paths_WithInvalidInput_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Paths_ToUnknownNode_Is404NamingIt()
    {
        var problem = (await GetAsync($"/api/paths?from={Apatorsen}&to=GO:0000000")).Problem(HttpStatusCode.NotFound);

        Assert.Equal("GO:0000000", problem.Str("id"));
    }
}
