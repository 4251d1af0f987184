using System.Net;

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
