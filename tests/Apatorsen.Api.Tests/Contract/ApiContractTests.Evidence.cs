namespace Apatorsen.Api.Tests.Contract;

// The contract of the facts the second evidence audit (issue 19) added or corrected: each answered alike by every backend.
public abstract partial class ApiContractTests
{
    private const string MergerAnnouncement = "apatorsen:pub-oncogenex-achieve-merger-2017";

    [Fact]
    public async Task Entity_Apatorsen_CarriesItsDevelopmentStatus_WithDateAndASourceThatResolves()
    {
        var properties = (await GetAsync($"/api/entities/{Apatorsen}")).Ok().GetProperty("properties");

        Assert.Equal(("inactive", "2017-01-05", MergerAnnouncement),
            (properties.Str("developmentStatus"), properties.Str("developmentStatusDate"), properties.Str("developmentStatusSource")));
        var source = (await GetAsync($"/api/entities/{MergerAnnouncement}")).Ok();
        Assert.Equal(["Publication"], source.Strings("labels"));
        Assert.Equal(2017, source.GetProperty("properties").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task Entity_DrugsWithoutAStatement_HaveNoDevelopmentStatus()
    {
        var properties = (await GetAsync("/api/entities/DRUGBANK:DB00441")).Ok().GetProperty("properties");

        Assert.False(properties.TryGetProperty("developmentStatus", out _));
    }

    [Fact]
    public async Task Trial_Borealis1_HasEachArmsMedians_AndItsProgressionFreeHazardRatios()
    {
        var outcomes = (await GetAsync("/api/trials/NCT01454089")).Ok().Items("outcomes").ToDictionary(o => o.Str("id"));

        Assert.Equal((15.3, 15.6, 15.0), (Value("os-600"), Value("os-1000"), Value("os-placebo")));
        Assert.Equal((7.5, 7.5, 6.2), (Value("pfs-600"), Value("pfs-1000"), Value("pfs-placebo")));
        Assert.Equal((57.0, 50.0, 61.0), (Value("orr-600"), Value("orr-1000"), Value("orr-placebo")));
        Assert.Equal(0.83, Hazard("pfs-600", "pfs-placebo"));
        Assert.Equal(0.93, Hazard("pfs-1000", "pfs-placebo"));
        Assert.Equal(0.5, Hazard("os-kps80-600", "os-kps80-placebo"));
        Assert.Equal("apatorsen:arm-borealis1-apatorsen-600", outcomes["apatorsen:outcome-borealis1-os-kps80-600"].Str("arm"));
        Assert.Contains("Karnofsky", outcomes["apatorsen:outcome-borealis1-os-kps80-600"].Str("population"), StringComparison.Ordinal);

        double Value(string outcome) => outcomes["apatorsen:outcome-borealis1-" + outcome].GetProperty("value").GetDouble();

        double Hazard(string of, string against)
        {
            var comparison = Assert.Single(outcomes["apatorsen:outcome-borealis1-" + of].Items("comparisons"));
            Assert.Equal(("apatorsen:outcome-borealis1-" + against, "hazard_ratio"), (comparison.Str("against"), comparison.Str("effectType")));
            Assert.NotEmpty(comparison.Publications());
            return comparison.GetProperty("effectSize").GetDouble();
        }
    }

    [Fact]
    public async Task Trial_Rainier_HasTheSponsorsSafetyStatement_OnTheApatorsenArm()
    {
        var events = (await GetAsync("/api/trials/NCT01844817")).Ok().Items("adverseEvents");

        var statement = Assert.Single(events, e => e.Str("arm") == "apatorsen:arm-rainier-apatorsen"
            && e.GetProperty("event").Str("id") == "apatorsen:ae-any-adverse-event");
        Assert.Contains("grade 4 or worse and serious", statement.Str("finding"), StringComparison.Ordinal);
        Assert.Contains("more stopped it because of adverse events", statement.Str("finding"), StringComparison.Ordinal);
        Assert.Equal(["apatorsen:pub-rainier-results-2015"], statement.Publications());
    }

    [Fact]
    public async Task Trial_Pacific_CitesItsPoster_AndClaimsNoResultItCouldNotRead()
    {
        var trial = (await GetAsync("/api/trials/NCT01681433")).Ok();

        Assert.Contains("apatorsen:pub-asco-gu-2017-pacific-poster", trial.Strings("publications"));
        Assert.Empty(trial.Items("outcomes"));
        Assert.False(trial.TryGetProperty("primaryEndpointMet", out var met) && met.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Trial_Intravesical_EnrolsMuscleInvasiveDiseaseToo()
    {
        var trial = (await GetAsync("/api/trials/NCT00959868")).Ok();

        Assert.Contains("muscle-invasive bladder cancer", trial.Str("population"), StringComparison.Ordinal);
        Assert.Contains(trial.Items("indications"), i => i.Str("id") == "MONDO:0001187");
    }

    [Fact]
    public async Task CedarAbstract_IsKeyedByItsDoi_AndItsProjectIdStillResolves()
    {
        var response = await GetAsync("/api/entities/apatorsen:pub-esmo-2017-cedar");

        Assert.Equal("doi:10.1093/annonc/mdx440", response.Ok().Str("id"));
        Assert.Equal(["apatorsen:pub-esmo-2017-cedar=doi:10.1093/annonc/mdx440"], response.Message.Headers.GetValues("X-Resolved-Id"));
        var cedar = (await GetAsync("/api/trials/NCT02423590")).Ok();
        Assert.Contains("doi:10.1093/annonc/mdx440", cedar.Strings("publications"));
    }

    [Fact]
    public async Task ProstateFindings_AreTheCombinationWithHsp90Inhibitors_ThatTheStudyEvaluates()
    {
        var evaluated = (await GetAsync("/api/entities/apatorsen:study-preclinical-prostate-hsp27-knockdown/relationships?type=EVALUATES&direction=out")).Ok()
            .Items().ToDictionary(i => i.GetProperty("node").Str("id"));
        var androgenReceptor = Assert.Single((await GetAsync($"/api/entities/{Apatorsen}/relationships?type=DECREASES&direction=out")).Ok().Items(),
            i => i.GetProperty("node").Str("id") == "UniProtKB:P10275");

        Assert.Equal([Apatorsen, "apatorsen:hsp90-inhibitors"], evaluated.Keys.Order());
        Assert.Equal("combination with Hsp90 inhibitors", evaluated[Apatorsen].GetProperty("properties").Str("role"));
        Assert.Contains("Hsp90 inhibitors", androgenReceptor.GetProperty("properties").Str("context"), StringComparison.Ordinal);
        Assert.Contains("PMC:4079118", androgenReceptor.Publications());
    }

    [Fact]
    public async Task InVitroHsp27Reduction_CitesTheRegistryTextThatStatesIt_NotThePhosphorylationReview()
    {
        var item = Assert.Single((await GetAsync($"/api/entities/{Apatorsen}/relationships?type=DECREASES&direction=out")).Ok().Items(),
            i => i.GetProperty("node").Str("id") == Hsp27);

        Assert.Equal(["CLINICALTRIALS:NCT00487786"], item.Publications());
    }

    [Fact]
    public async Task XenograftCombination_IsComparedWithGemcitabineAlone_AndApatorsenAloneHalvedTumourVolume()
    {
        var comparison = Assert.Single((await GetAsync("/api/entities/apatorsen:outcome-xenograft-combination-gemcitabine/relationships?type=COMPARED_WITH&direction=out")).Ok().Items());
        var alone = (await GetAsync("/api/entities/apatorsen:outcome-xenograft-tumour-volume-monotherapy")).Ok().GetProperty("properties");

        Assert.Equal("apatorsen:outcome-xenograft-tumour-volume-gemcitabine", comparison.GetProperty("node").Str("id"));
        Assert.Contains("apatorsen:pub-oncogenex-2011-pancreatic-release", comparison.Publications());
        Assert.Equal((50.0, "% reduction in tumour volume"), (alone.GetProperty("value").GetDouble(), alone.Str("unit")));
    }
}
