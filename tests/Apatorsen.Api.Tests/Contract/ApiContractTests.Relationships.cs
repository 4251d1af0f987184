using System.Net;

namespace Apatorsen.Api.Tests.Contract;

// The contract of one-hop questions.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Relationships_SubjectAndType_GiveTheStatementWithSubjectAndSources()
    {
        var body = (await GetAsync($"/api/relationships?subject={Apatorsen}&type=TARGETS")).Ok();

        var item = Assert.Single(body.Items());
        Assert.Equal(Apatorsen, item.GetProperty("subject").Str("id"));
        Assert.Equal(Hsp27, item.GetProperty("node").Str("id"));
        Assert.Equal(["apatorsen:ref-01", "apatorsen:ref-04"], item.Publications());
    }

    [Fact]
    public async Task Relationships_ObjectOnly_ListsWhatActsOnIt()
    {
        var body = (await GetAsync($"/api/relationships?object={Apoptosis}")).Ok();

        Assert.Contains(body.Items(), i => i.GetProperty("subject").Str("id") == Hsp27 && i.Str("type") == "INHIBITS");
        Assert.Contains(body.Items(), i => i.GetProperty("subject").Str("id") == Apatorsen && i.Str("type") == "INCREASES");
        Assert.All(body.Items(), i => Assert.Equal(Apoptosis, i.GetProperty("node").Str("id")));
    }

    [Fact]
    public async Task Relationships_TypeWithLabels_FiltersBothEnds()
    {
        var body = (await GetAsync("/api/relationships?type=INHIBITS&subjectLabel=Protein&objectLabel=BiologicalProcess")).Ok();

        var item = Assert.Single(body.Items());
        Assert.Equal(Hsp27, item.GetProperty("subject").Str("id"));
        Assert.Equal(Apoptosis, item.GetProperty("node").Str("id"));
    }

    [Fact]
    public async Task Relationships_TypeOnly_CountsEveryRelationshipOfTheType()
    {
        var body = (await GetAsync("/api/relationships?type=HAS_ARM&limit=2")).Ok();

        Assert.Equal(2, body.Items().Count());
        Assert.Equal(ShippedDataset.Value.Relationships.Count(r => r.Type == "HAS_ARM"), body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/relationships")]
    [InlineData("/api/relationships?subjectLabel=Drug")]
    [InlineData("/api/relationships?type=CURES")]
    [InlineData("/api/relationships?subject=nonsense")]
    public async Task Relationships_WithInvalidInput_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Relationships_WithUnknownSubject_Is404() =>
        (await GetAsync("/api/relationships?subject=apatorsen:nothing-here")).Problem(HttpStatusCode.NotFound);
}
