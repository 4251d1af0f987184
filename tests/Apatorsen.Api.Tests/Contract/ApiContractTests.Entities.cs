using System.Net;
using System.Text.Json;

namespace Apatorsen.Api.Tests.Contract;

// The contract of entities.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Entity_Hsp27_HasItsPropertiesAndRelationshipCounts_AndNoImportBookkeeping()
    {
        var body = (await GetAsync($"/api/entities/{Hsp27}")).Ok();

        Assert.Equal(Hsp27, body.Str("id"));
        Assert.Equal(["Protein"], body.Strings("labels"));
        Assert.Equal("Hsp27", body.Str("name"));
        var properties = body.GetProperty("properties");
        Assert.Equal("HSPB1", properties.Str("symbol"));
        Assert.Contains("heat shock protein 27", properties.Strings("synonyms"));
        Assert.False(properties.TryGetProperty("dataset", out _));
        Assert.False(properties.TryGetProperty("datasetVersion", out _));
        Assert.False(properties.TryGetProperty("id", out _));
        var counts = body.Items("relationshipCounts").ToArray();
        Assert.Contains(counts, c => c.Str("type") == "TARGETS" && c.Str("direction") == "in" && c.GetProperty("count").GetInt32() == 1);
        Assert.Contains(counts, c => c.Str("type") == "INHIBITS" && c.Str("direction") == "out");
    }

    [Fact]
    public async Task Entity_ByBareNctNumber_IsTheTrial()
    {
        var body = (await GetAsync("/api/entities/NCT01829113")).Ok();

        Assert.Equal(Spruce, body.Str("id"));
        Assert.Equal(155, body.GetProperty("properties").GetProperty("enrollment").GetInt32());
    }

    [Fact]
    public async Task Entity_Unknown_Is404ProblemDetails_NamingTheId()
    {
        var problem = (await GetAsync("/api/entities/UniProtKB:P00000")).Problem(HttpStatusCode.NotFound);

        Assert.Equal("UniProtKB:P00000", problem.Str("id"));
    }

    [Theory]
    [InlineData("/api/entities/not-a-curie")]
    [InlineData("/api/entities/:P04792")]
    [InlineData("/api/entities/UniProtKB:")]
    [InlineData("/api/entities/has%20space:x")]
    public async Task Entity_WithMalformedId_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Entity_WithOverlongId_Is400()
    {
        (await GetAsync("/api/entities/x:" + new string('a', 300))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EntityRelationships_ApatorsenTargetsHsp27_WithSources()
    {
        var body = (await GetAsync($"/api/entities/{Apatorsen}/relationships?type=TARGETS&direction=out")).Ok();

        var item = Assert.Single(body.Items());
        Assert.Equal("TARGETS", item.Str("type"));
        Assert.Equal("out", item.Str("direction"));
        Assert.Equal(Hsp27, item.GetProperty("node").Str("id"));
        Assert.Equal(["apatorsen:ref-01", "apatorsen:ref-04"], item.Publications());
        Assert.Equal("infores:apatorsen-kg", item.GetProperty("provenance").Str("primaryKnowledgeSource"));
        Assert.False(item.GetProperty("properties").TryGetProperty("publications", out _));
        Assert.Equal(1, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task EntityRelationships_Incoming_SeeTheOtherSide()
    {
        var body = (await GetAsync($"/api/entities/{Hsp27}/relationships?direction=in&label=Drug")).Ok();

        Assert.NotEmpty(body.Items());
        Assert.All(body.Items(), i =>
        {
            Assert.Equal("in", i.Str("direction"));
            Assert.Equal(["Drug"], i.GetProperty("node").Strings("labels"));
            Assert.NotEmpty(i.GetProperty("provenance").Str("primaryKnowledgeSource"));
        });
    }

    [Fact]
    public async Task EntityRelationships_Pages_AddUpToTheWhole()
    {
        var all = (await GetAsync($"/api/entities/{Apatorsen}/relationships?limit=500")).Ok();
        var total = all.GetProperty("total").GetInt32();
        var pages = new List<string>();
        for (var offset = 0; offset < total; offset += 7)
        {
            var page = (await GetAsync($"/api/entities/{Apatorsen}/relationships?limit=7&offset={offset}")).Ok();
            Assert.Equal(total, page.GetProperty("total").GetInt32());
            pages.AddRange(page.Items().Select(Key));
        }

        Assert.True(total > 20, $"apatorsen has {total} relationships");
        Assert.Equal(all.Items().Select(Key), pages);

        static string Key(JsonElement i) => $"{i.Str("type")} {i.Str("direction")} {i.GetProperty("node").Str("id")}";
    }

    [Theory]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?direction=sideways")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?type=CURES")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?label=Planet")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?offset=-1")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?limit=1000")]
    public async Task EntityRelationships_WithInvalidInput_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task EntityRelationships_OfUnknownId_Is404() =>
        (await GetAsync("/api/entities/apatorsen:nothing-here/relationships")).Problem(HttpStatusCode.NotFound);
}
