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

    [Fact]
    public async Task DoiId_WithItsSlashEncodedInTheRoute_IsFound()
    {
        var body = (await GetAsync("/api/entities/doi:10.1007%2Fs10637-017-0553-x")).Ok();

        Assert.Equal("doi:10.1007/s10637-017-0553-x", body.Str("id"));
    }

    [Fact]
    public async Task DoiId_InAQueryParameter_IsFound()
    {
        var body = (await GetAsync("/api/relationships?object=UniProtKB:P04792&limit=500")).Ok();
        var paths = (await GetAsync($"/api/paths?from=doi:10.1007/s10637-017-0553-x&to={Apatorsen}&maxHops=3")).Ok();

        Assert.NotEmpty(body.Items());
        Assert.Equal("doi:10.1007/s10637-017-0553-x", paths.GetProperty("from").Str("id"));
    }

    [Fact]
    public async Task TrialRegistryRecord_CitedAsAPublication_ListsTheStatementsThatCiteIt()
    {
        var body = (await GetAsync("/api/publications/CLINICALTRIALS:NCT01844817?limit=500")).Ok();

        Assert.Equal(["ClinicalTrial"], body.Strings("labels"));
        Assert.NotEmpty(body.Items("supports"));
        Assert.All(body.Items("supports"), s => Assert.Contains("CLINICALTRIALS:NCT01844817", s.Publications()));
    }
}
