using System.Net;

namespace Apatorsen.Api.Tests.Contract;

// The contract of publications.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Publication_Ref12_ListsTheRelationshipsItSupports()
    {
        var body = (await GetAsync("/api/publications/PMID:31420467?limit=500")).Ok();

        Assert.Equal("PMID:31420467", body.Str("id"));
        Assert.Contains("Apatorsen", body.GetProperty("properties").Str("title"), StringComparison.Ordinal);
        var supports = body.Items("supports").ToArray();
        Assert.Equal(body.GetProperty("total").GetInt32(), supports.Length);
        Assert.Contains(supports, s => s.GetProperty("subject").Str("id") == Spruce && s.Str("type") == "HAS_ARM");
        Assert.All(supports, s => Assert.Contains("PMID:31420467", s.Publications()));
    }

    [Fact]
    public async Task Publication_OfANodeThatIsNotAPublication_Is404() =>
        (await GetAsync($"/api/publications/{Apatorsen}")).Problem(HttpStatusCode.NotFound);
}
