using System.Net;

namespace Apatorsen.Api.Tests.Contract;

// The contract of old and cross-referenced ids: they keep working, and the answer says which node they named.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task OldId_ResolvesToTheCanonicalNode_AndTheAnswerSaysSo()
    {
        var response = await GetAsync("/api/entities/apatorsen:apatorsen");

        var body = response.Ok();
        Assert.Equal(Apatorsen, body.Str("id"));
        Assert.Equal(["apatorsen:apatorsen=DRUGBANK:DB06094"], response.Message.Headers.GetValues("X-Resolved-Id"));
    }

    [Fact]
    public async Task OldTrialId_StillAnswersWithTheTrial()
    {
        var response = await GetAsync("/api/trials/clinicaltrials:NCT01829113");

        Assert.Equal(Spruce, response.Ok().Str("id"));
        Assert.Equal(["clinicaltrials:NCT01829113=CLINICALTRIALS:NCT01829113"], response.Message.Headers.GetValues("X-Resolved-Id"));
    }

    [Fact]
    public async Task CrossReference_NamingOneNode_ResolvesToIt()
    {
        var body = (await GetAsync("/api/entities/NCBIGene:3315")).Ok();

        Assert.Equal("HGNC:5246", body.Str("id"));
    }

    [Fact]
    public async Task OldIds_OnBothEndsOfAPath_AreBothResolved()
    {
        var response = await GetAsync("/api/paths?from=apatorsen:apatorsen&to=cellosaurus:CVCL_0428");

        var body = response.Ok();
        Assert.Equal(Apatorsen, body.GetProperty("from").Str("id"));
        Assert.Equal("CLO:0007726", body.GetProperty("to").Str("id"));
        Assert.Equal(2, response.Message.Headers.GetValues("X-Resolved-Id").Count());
    }

    [Fact]
    public async Task Search_StillFindsANodeByItsOldId()
    {
        var hit = (await GetAsync("/api/search?q=apatorsen:ref-12")).Ok().Items().First();

        Assert.Equal("PMID:31420467", hit.Str("id"));
        Assert.Equal(("formerId", "exact"), (hit.Str("matchedOn"), hit.Str("match")));
    }

    [Fact]
    public async Task IdThatNamesNothing_AfterTheAliasesAreAsked_Is404() =>
        (await GetAsync("/api/entities/apatorsen:never-was")).Problem(HttpStatusCode.NotFound);
}
