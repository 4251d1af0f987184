using System.Net;
using System.Text.Json;

namespace Apatorsen.Api.Tests.Contract;

// The contract of trials.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task DrugTrials_OfApatorsen_ListEveryTrial_WithIndicationsAndSources()
    {
        var body = (await GetAsync($"/api/drugs/{Apatorsen}/trials")).Ok();
        var trials = body.Items().ToArray();
        var tested = ShippedDataset.Value.Relationships.Count(r => r.Type == "TESTS" && r.EndId == Apatorsen);

        Assert.Equal(tested, trials.Length);
        Assert.Equal(tested, body.GetProperty("total").GetInt32());
        var spruce = Assert.Single(trials, t => t.Str("id") == Spruce);
        Assert.Equal("NCT01829113", spruce.Str("nctId"));
        Assert.Equal(2, spruce.GetProperty("phase").GetInt32());
        Assert.Equal(155, spruce.GetProperty("enrollment").GetInt32());
        Assert.Equal("apatorsen:stage-iv-non-squamous-nsclc", Assert.Single(spruce.Items("indications")).Str("id"));
        Assert.Equal(["PMID:31420467"], spruce.Strings("publications"));
        var phases = trials.Select(t => t.GetProperty("phase").GetInt32()).ToArray();
        Assert.Equal(phases.Order(), phases);
    }

    [Fact]
    public async Task IndicationTrials_OfCancer_IncludeTrialsOfNarrowerDiseases()
    {
        var trials = (await GetAsync($"/api/indications/{Cancer}/trials")).Ok().Items().ToArray();

        // Every trial studies a kind of cancer.
        Assert.Equal(ShippedDataset.Value.Nodes.Count(n => n.Label == "ClinicalTrial"), trials.Length);
        Assert.Contains(trials, t => t.Str("id") == Spruce);
    }

    [Fact]
    public async Task IndicationTrials_OfLungCancer_IncludeSpruce_ThroughItsNarrowerIndication()
    {
        var body = (await GetAsync("/api/indications/MONDO:0008903/trials?limit=1&offset=1")).Ok();

        // The Phase I trial (NSCLC patients among others), SPRUCE (stage IV non-squamous NSCLC) and Cedar (squamous NSCLC),
        // by phase then id: SPRUCE comes second.
        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal(Spruce, Assert.Single(body.Items()).Str("id"));
    }

    [Fact]
    public async Task IndicationTrials_OfANodeThatIsNotAnIndication_Is404() =>
        (await GetAsync($"/api/indications/{Apatorsen}/trials")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task DrugTrials_OfANodeThatIsNotADrug_Is404() =>
        (await GetAsync($"/api/drugs/{Cancer}/trials")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Trial_ByNctNumber_ReturnsArmsInterventionsAndOutcomes_WithNumbers()
    {
        var trial = (await GetAsync("/api/trials/NCT01829113")).Ok();

        Assert.Equal(Spruce, trial.Str("id"));
        Assert.Equal(JsonValueKind.Number, trial.GetProperty("enrollment").ValueKind);
        Assert.Equal(155, trial.GetProperty("enrollment").GetInt32());
        Assert.Equal(2, trial.GetProperty("phase").GetInt32());
        Assert.Contains("double-blind", trial.Strings("design"));
        Assert.Equal(2, trial.Items("arms").Count());
        var experimental = Assert.Single(trial.Items("arms"), a => a.Str("id") == "apatorsen:arm-spruce-apatorsen");
        var apatorsen = Assert.Single(experimental.Items("interventions"), i => i.GetProperty("drug").Str("id") == Apatorsen);
        Assert.Equal(21, apatorsen.GetProperty("cycleLengthDays").GetInt32());
        Assert.Contains("PMID:31420467", apatorsen.Publications());
        Assert.Equal(600, apatorsen.GetProperty("dose").GetDouble());

        var outcomes = trial.Items("outcomes").ToArray();
        var pfsApatorsen = Assert.Single(outcomes, o => o.Str("id") == "apatorsen:outcome-spruce-pfs-apatorsen");
        var pfsPlacebo = Assert.Single(outcomes, o => o.Str("id") == "apatorsen:outcome-spruce-pfs-placebo");
        Assert.Equal(6.0, pfsApatorsen.GetProperty("value").GetDouble());
        Assert.Equal(4.9, pfsPlacebo.GetProperty("value").GetDouble());
        Assert.Equal("months", pfsApatorsen.Str("unit"));
        Assert.Equal("apatorsen:arm-spruce-apatorsen", pfsApatorsen.Str("arm"));
        Assert.Equal("apatorsen:arm-spruce-placebo", pfsPlacebo.Str("arm"));
        Assert.Equal("not significant", pfsApatorsen.Str("significance"));
        Assert.Equal(["apatorsen:outcome-spruce-pfs-placebo"], pfsApatorsen.Strings("comparedWith"));
        Assert.Equal("apatorsen:biomarker-serum-hsp27", Assert.Single(trial.Items("biomarkers")).Str("id"));
        Assert.Contains("PMID:31420467", trial.Strings("publications"));
    }

    [Fact]
    public async Task Trial_PhaseOneDoseEscalation_CarriesTheDoseRange()
    {
        var trial = (await GetAsync("/api/trials/clinicaltrials:NCT00487786")).Ok();

        var intervention = trial.Items("arms").Single().Items("interventions").Single();
        Assert.Equal(200, intervention.GetProperty("doseMin").GetDouble());
        Assert.Equal(1000, intervention.GetProperty("doseMax").GetDouble());
        Assert.Equal("mg", intervention.Str("doseUnit"));
        Assert.Equal("intravenous", intervention.Str("route"));
    }

    [Fact]
    public async Task Trial_OfANodeThatIsNotATrial_Is404() =>
        (await GetAsync($"/api/trials/{Apatorsen}")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Trial_UnknownNctNumber_Is404() =>
        (await GetAsync("/api/trials/NCT99999999")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task DrugTrials_FilteredByPhase_ListOnlyThatPhase()
    {
        var all = (await GetAsync($"/api/drugs/{Apatorsen}/trials?limit=500")).Ok();
        var phaseOne = (await GetAsync($"/api/drugs/{Apatorsen}/trials?phase=1&limit=500")).Ok();

        Assert.NotEmpty(phaseOne.Items());
        Assert.All(phaseOne.Items(), t => Assert.Equal(1, t.GetProperty("phase").GetInt32()));
        Assert.Equal(all.Items().Count(t => t.GetProperty("phase").GetInt32() == 1), phaseOne.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DrugTrials_FilteredByStatus_ListOnlyThatStatus_CaseInsensitively()
    {
        var all = (await GetAsync($"/api/drugs/{Apatorsen}/trials?limit=500")).Ok();
        var completed = (await GetAsync($"/api/drugs/{Apatorsen}/trials?status=completed&limit=500")).Ok();

        Assert.All(completed.Items(), t => Assert.Equal("COMPLETED", t.Str("overallStatus")));
        Assert.Equal(all.Items().Count(t => t.TryGetProperty("overallStatus", out var s) && s.GetString() == "COMPLETED"), completed.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("status=FINISHED", "status")]
    [InlineData("phase=5", "phase")]
    [InlineData("phase=two", "phase")]
    public async Task DrugTrials_WithAFilterOutsideItsValues_Is400_NamingIt(string query, string parameter)
    {
        var problem = (await GetAsync($"/api/drugs/{Apatorsen}/trials?{query}")).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task AdverseEvents_OfApatorsen_ArePagedReportsWithTrialArmAndProvenance()
    {
        var body = (await GetAsync($"/api/drugs/{Apatorsen}/adverse-events?limit=500")).Ok();

        Assert.Equal(body.Items().Count(), body.GetProperty("total").GetInt32());
        Assert.All(body.Items(), r =>
        {
            Assert.StartsWith("CLINICALTRIALS:", r.GetProperty("trial").Str("id"), StringComparison.Ordinal);
            Assert.Equal(["TrialArm"], r.GetProperty("arm").Strings("labels"));
            Assert.Equal(["AdverseEvent"], r.GetProperty("report").GetProperty("event").Strings("labels"));
            Assert.NotEmpty(r.GetProperty("report").Publications());
        });
    }

    [Fact]
    public async Task AdverseEvents_OfANodeThatIsNotADrug_Is404() =>
        (await GetAsync($"/api/drugs/{Hsp27}/adverse-events")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Trial_CarriesItsRegistryBlock_AndEveryOutcomeItsComparisons()
    {
        var trial = (await GetAsync("/api/trials/NCT01829113")).Ok();

        Assert.Equal(JsonValueKind.Object, trial.GetProperty("registry").ValueKind);
        var pfs = Assert.Single(trial.Items("outcomes"), o => o.Str("id") == "apatorsen:outcome-spruce-pfs-apatorsen");
        var comparison = Assert.Single(pfs.Items("comparisons"));
        Assert.Equal("apatorsen:outcome-spruce-pfs-apatorsen", comparison.Str("of"));
        Assert.Equal("apatorsen:outcome-spruce-pfs-placebo", comparison.Str("against"));
        Assert.NotEmpty(comparison.Publications());
    }
}
