using System.Net;

namespace Apatorsen.Api.Tests.Contract;

// The contract of search.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Search_ForOgx427_FindsApatorsenFirst_ThroughItsSynonym()
    {
        var body = (await GetAsync("/api/search?q=OGX-427")).Ok();

        var first = body.Items().First();
        Assert.Equal(Apatorsen, first.Str("id"));
        Assert.Equal(["Drug"], first.Strings("labels"));
        Assert.Equal("apatorsen", first.Str("name"));
        Assert.Equal("synonym", first.Str("matchedOn"));
        Assert.Equal("exact", first.Str("match"));
    }

    [Fact]
    public async Task Search_IsCaseInsensitive_AndEchoesTheCanonicalId()
    {
        var body = (await GetAsync("/api/search?q=uniprotkb:p04792")).Ok();

        var first = body.Items().First();
        Assert.Equal(Hsp27, first.Str("id"));
        Assert.Equal("id", first.Str("matchedOn"));
        Assert.Equal("exact", first.Str("match"));
    }

    [Fact]
    public async Task Search_RanksExactBeforePrefixBeforeContains()
    {
        var body = (await GetAsync("/api/search?q=hsp27&limit=500")).Ok();

        var matches = body.Items().Select(i => i.Str("match")).ToArray();
        Assert.Equal("exact", matches[0]);
        Assert.Equal(Hsp27, body.Items().First().Str("id"));
        var order = new Dictionary<string, int> { ["exact"] = 0, ["prefix"] = 1, ["contains"] = 2 };
        Assert.Equal(matches.OrderBy(m => order[m]), matches);
    }

    [Fact]
    public async Task Search_ByBareNctNumber_FindsTheTrial()
    {
        var body = (await GetAsync("/api/search?q=NCT01829113&label=ClinicalTrial")).Ok();

        Assert.Equal(Spruce, body.Items().First().Str("id"));
    }

    [Fact]
    public async Task Search_WithLabel_ReturnsOnlyThatLabel()
    {
        var body = (await GetAsync("/api/search?q=apatorsen&label=Drug")).Ok();

        Assert.NotEmpty(body.Items());
        Assert.All(body.Items(), i => Assert.Equal(["Drug"], i.Strings("labels")));
    }

    [Fact]
    public async Task Search_HonoursLimit()
    {
        var body = (await GetAsync("/api/search?q=apatorsen&limit=3")).Ok();

        Assert.Equal(3, body.Items().Count());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=---")]
    [InlineData("/api/search?q=hsp&label=Planet")]
    [InlineData("/api/search?q=hsp&limit=0")]
    [InlineData("/api/search?q=hsp&limit=501")]
    [InlineData("/api/search?q=hsp&limit=many")]
    public async Task Search_WithInvalidInput_Is400ProblemDetails(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task NonNumericLimit_Is400_NamingTheParameter()
    {
        var problem = (await GetAsync("/api/search?q=hsp&limit=many")).Problem(HttpStatusCode.BadRequest);

        Assert.Contains("limit", problem.Str("detail"), StringComparison.Ordinal);
    }
}
