using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// Apatorsen's registered clinical record in the shipped dataset: the figures the trials' registry records and reports give,
/// each pinned to the trial it belongs to, and asked the way a user would ask the graph (which trials met their primary endpoint,
/// what hazard ratios, which adverse events in which arm).
/// </summary>
public sealed class ClinicalRecordTests
{
    private const string Apatorsen = "DRUGBANK:DB06094";

    private static readonly Lazy<GraphDataset> Dataset = new(() => GraphDataset.Load(RepositoryRoot.Combine("data", "apatorsen"), ApatorsenSchema.Instance));

    private static GraphDataset Graph => Dataset.Value;

    /// <summary>A trial's registry facts; null where the record read gives none.</summary>
    public sealed record RegistryRow(
        string NctId, string Status, string? StartDate, string? CompletionDate, string? CompletionDateType, string? LeadSponsor,
        long RegisteredEnrollment, string RegisteredEnrollmentType);

    public static TheoryData<RegistryRow> RegistryRows => new()
    {
        new RegistryRow("NCT00487786", "COMPLETED", "2007-06", "2011-10", "ACTUAL", "OncoGenex Technologies", 64, "ACTUAL"),
        new RegistryRow("NCT00959868", "UNKNOWN", "2009-07", null, null, "Vancouver Coastal Health", 36, "ESTIMATED"),
        new RegistryRow("NCT01120470", "COMPLETED", null, "2014-06", "ACTUAL", "British Columbia Cancer Agency", 74, "ACTUAL"),
        new RegistryRow("NCT01829113", "COMPLETED", "2013-07", null, null, "SCRI Development Innovations, LLC", 155, "ACTUAL"),
        new RegistryRow("NCT01844817", "COMPLETED", "2013-08", "2016-03", "ACTUAL", "SCRI Development Innovations, LLC", 132, "ACTUAL"),
        new RegistryRow("NCT01454089", "COMPLETED", "2011-10", "2014-11", "ACTUAL", "Achieve Life Sciences", 183, "ACTUAL"),
        new RegistryRow("NCT01780545", "COMPLETED", null, null, null, null, 200, "ACTUAL"),
        new RegistryRow("NCT01681433", "TERMINATED", "2012-12", "2017-06-21", null, "Costantine Albany", 72, "ACTUAL"),
        new RegistryRow("NCT02423590", "UNKNOWN", "2014-06", "2018-06", "ESTIMATED", "Queen Mary University of London", 140, "ESTIMATED"),
    };

    [Theory]
    [MemberData(nameof(RegistryRows))]
    public void RegistryFacts_OfEachTrial_AreItsStatusDatesSponsorAndEnrollment(RegistryRow row)
    {
        var trial = Trial(row.NctId);

        Assert.Equal(row.Status, Text(trial, "overallStatus"));
        Assert.Equal(row.StartDate, Text(trial, "startDate"));
        Assert.Equal(row.CompletionDate, Text(trial, "completionDate"));
        Assert.Equal(row.CompletionDateType, Text(trial, "completionDateType"));
        Assert.Equal(row.LeadSponsor, Text(trial, "leadSponsor"));
        Assert.Equal(row.RegisteredEnrollment, (long)trial.Properties["registeredEnrollment"]);
        Assert.Equal(row.RegisteredEnrollmentType, Text(trial, "registeredEnrollmentType"));
    }

    [Fact]
    public void RegisteredTrials_AreTheNineOfApatorsensRecord_EachKeyedByItsNctNumber()
    {
        var trials = Graph.Nodes.Where(n => n.Label == LabelNames.ClinicalTrial).ToArray();

        Assert.Equal(RegistryRows.Select(r => "CLINICALTRIALS:" + r.Data.NctId).Order(), trials.Select(t => t.Id).Order());
        Assert.All(trials, t => Assert.Equal(t.Id, "CLINICALTRIALS:" + Text(t, "nctId")));
    }

    [Fact]
    public void PrimaryEndpointMet_IsTrueForBorealis2Only_AndFalseForTheFiveTrialsThatReportedAMiss()
    {
        var met = Graph.Nodes.Where(n => n.Label == LabelNames.ClinicalTrial && n.Properties.TryGetValue("primaryEndpointMet", out var v) && (bool)v)
            .Select(n => n.Id);
        var missed = Graph.Nodes.Where(n => n.Label == LabelNames.ClinicalTrial && n.Properties.TryGetValue("primaryEndpointMet", out var v) && !(bool)v)
            .Select(n => n.Id);

        Assert.Equal(["CLINICALTRIALS:NCT01780545"], met);
        Assert.Equal(
            ["CLINICALTRIALS:NCT01120470", "CLINICALTRIALS:NCT01454089", "CLINICALTRIALS:NCT01829113", "CLINICALTRIALS:NCT01844817", "CLINICALTRIALS:NCT02423590"],
            missed.Order());
    }

    /// <summary>A hazard ratio of an experimental arm's outcome against its comparator's, with what the report gives of its statistics.</summary>
    public sealed record HazardRatioRow(
        string Trial, string ExperimentalArm, string Measure, double HazardRatio, double? CiLower, double? CiUpper, double? CiLevel,
        double? PValue, string? Sidedness, double? AlphaLevel);

    public static TheoryData<HazardRatioRow> HazardRatioRows => new()
    {
        new HazardRatioRow("NCT01780545", "apatorsen:arm-borealis2-apatorsen-docetaxel", "overall survival", 0.80, 0.65, 0.98, 0.80, 0.0784, "one-sided", 0.10),
        new HazardRatioRow("NCT01454089", "apatorsen:arm-borealis1-apatorsen-600", "overall survival", 0.86, null, null, null, null, null, null),
        new HazardRatioRow("NCT01454089", "apatorsen:arm-borealis1-apatorsen-1000", "overall survival", 0.90, null, null, null, null, null, null),
        new HazardRatioRow("NCT01829113", "apatorsen:arm-spruce-apatorsen", "progression-free survival", 0.922, 0.634, 1.340, 0.95, 0.6687, "two-sided", null),
    };

    [Theory]
    [MemberData(nameof(HazardRatioRows))]
    public void HazardRatio_OfTheExperimentalArm_IsATypedComparisonWithItsIntervalAndLevel(HazardRatioRow row)
    {
        var comparison = Assert.Single(HazardRatios(Trial(row.Trial).Id), c =>
            ArmOf(c.StartId) == row.ExperimentalArm && Text(Node(c.StartId), "measure")!.Contains(row.Measure, StringComparison.Ordinal)
            && Text(Node(c.StartId), "population") is null);

        Assert.Equal(row.HazardRatio, (double)comparison.Properties["effect_size"]);
        Assert.Equal(row.CiLower, Number(comparison, "ciLower"));
        Assert.Equal(row.CiUpper, Number(comparison, "ciUpper"));
        Assert.Equal(row.CiLevel, Number(comparison, "ciLevel"));
        Assert.Equal(row.PValue, Number(comparison, "p_value"));
        Assert.Equal(row.Sidedness, comparison.Properties.GetValueOrDefault("pValueSidedness") as string);
        Assert.Equal(row.AlphaLevel, Number(comparison, "alphaLevel"));
        Assert.False(GivesApatorsen(ArmOf(comparison.EndId)), "a hazard ratio compares the apatorsen arm against an arm without apatorsen");
    }

    [Fact]
    public void OverallSurvivalHazardRatios_CanBeComparedAcrossTrials_AsOneQuery()
    {
        var overallSurvival = Graph.Relationships
            .Where(r => r.Type == "COMPARED_WITH" && r.Properties.GetValueOrDefault("effect_type") as string == "hazard_ratio"
                && Text(Node(r.StartId), "measure")!.EndsWith("overall survival", StringComparison.Ordinal) && Text(Node(r.StartId), "population") is null)
            .Select(r => (Trial: TrialOf(r.StartId), HazardRatio: (double)r.Properties["effect_size"]))
            .OrderBy(p => p.HazardRatio)
            .ToArray();

        Assert.Equal(
            [("CLINICALTRIALS:NCT01780545", 0.80), ("CLINICALTRIALS:NCT01454089", 0.86), ("CLINICALTRIALS:NCT01454089", 0.90)],
            overallSurvival);
    }

    [Fact]
    public void Mcrpc_PrimaryEndpoint_Is50Versus42PercentProgressionFreeAt12Weeks_WithIntervals_AndP033()
    {
        var (apatorsen, prednisone, comparison) = Compared("apatorsen:outcome-mcrpc-progression-free-12w-apatorsen");

        Assert.Equal((50.0, 32.9, 67.1, 0.95, 36L), Figures(apatorsen));
        Assert.Equal((42.0, 26.3, 59.2, 0.95, 38L), Figures(prednisone));
        Assert.Equal(0.33, (double)comparison.Properties["p_value"]);
        Assert.False((bool)Trial("NCT01120470").Properties["primaryEndpointMet"]);
    }

    [Fact]
    public void Mcrpc_PsaResponses_LastedMedian24Point1Versus14Weeks_And25CrossedOverWithA20PercentPsaResponse()
    {
        var (apatorsen, prednisone, _) = Compared("apatorsen:outcome-mcrpc-psa-response-duration-apatorsen");
        var crossover = Node("apatorsen:outcome-mcrpc-psa-decline-crossover");

        Assert.Equal((24.1, "weeks", 12.0, 52.0), ((double)apatorsen.Properties["value"], Text(apatorsen, "unit"), Number(apatorsen, "ciLower"), Number(apatorsen, "ciUpper")));
        Assert.Equal((14.0, 4.0, 44.4), ((double)prednisone.Properties["value"], Number(prednisone, "ciLower"), Number(prednisone, "ciUpper")));
        Assert.Equal((20.0, 25L), ((double)crossover.Properties["value"], (long)crossover.Properties["participants"]));
        Assert.Equal(0.04, Number(Graph.Relationships.Single(r => r.StartId == "apatorsen:outcome-mcrpc-psa-decline-apatorsen" && r.Type == "COMPARED_WITH"), "p_value"));
    }

    [Fact]
    public void Spruce_OverallSurvivalResponseAndHighHsp27Subgroup_AreTheJournalsFigures()
    {
        Assert.Equal((10.8, 11.8), Medians("apatorsen:outcome-spruce-os"));
        Assert.Equal((27.0, 32.0), Medians("apatorsen:outcome-spruce-orr-apatorsen"));
        Assert.Equal((10.8, 4.8), Medians("apatorsen:outcome-spruce-pfs-high-serum-hsp27"));
        Assert.Contains("16 patients", Text(Node("apatorsen:outcome-spruce-pfs-high-serum-hsp27"), "population"), StringComparison.Ordinal);
    }

    [Fact]
    public void Rainier_Randomised132With66PerArm_BesideTheGuidesApproximate130_AndKoEtAlsSurvivalInPlaceOfThePressSummary()
    {
        var rainier = Trial("NCT01844817");

        Assert.Equal((130L, true, 132L), ((long)rainier.Properties["enrollment"], (bool)rainier.Properties["enrollmentApproximate"], (long)rainier.Properties["randomised"]));
        Assert.All(Out(rainier.Id, "HAS_ARM"), arm => Assert.Equal(66L, (long)Node(arm.EndId).Properties["participants"]));
        Assert.Equal((5.3, 6.9), Medians("apatorsen:outcome-rainier-os"));
        Assert.Equal((2.7, 3.8), Medians("apatorsen:outcome-rainier-pfs-apatorsen"));
        Assert.Equal((18.0, 18.0), Medians("apatorsen:outcome-rainier-orr-apatorsen"));
        Assert.DoesNotContain(Graph.Relationships, r => r.Type is "HAS_OUTCOME" or "OBSERVED_IN" or "COMPARED_WITH"
            && r.Publications.Contains("apatorsen:pub-rainier-results-2015"));
    }

    /// <summary>One dose on one arm: the drug, route, dose and unit.</summary>
    public sealed record DoseRow(string Arm, string Drug, string Route, double Dose, string Unit);

    public static TheoryData<DoseRow> DoseRows => new()
    {
        new DoseRow("apatorsen:arm-spruce-apatorsen", Apatorsen, "intravenous", 600, "mg"),
        new DoseRow("apatorsen:arm-spruce-placebo", "DRUGBANK:DB00958", "intravenous", 6, "AUC"),
        new DoseRow("apatorsen:arm-spruce-placebo", "DRUGBANK:DB00642", "intravenous", 500, "mg/m2"),
        new DoseRow("apatorsen:arm-rainier-apatorsen", Apatorsen, "intravenous", 600, "mg"),
        new DoseRow("apatorsen:arm-rainier-placebo", "DRUGBANK:DB00441", "intravenous", 1000, "mg/m2"),
        new DoseRow("apatorsen:arm-rainier-placebo", "apatorsen:nab-paclitaxel", "intravenous", 125, "mg/m2"),
        new DoseRow("apatorsen:arm-borealis2-docetaxel", "DRUGBANK:DB01248", "intravenous", 75, "mg/m2"),
        new DoseRow("apatorsen:arm-pacific-apatorsen-abiraterone", Apatorsen, "intravenous", 800, "mg"),
    };

    [Theory]
    [MemberData(nameof(DoseRows))]
    public void Dose_OnTheArm_HasItsRouteAndUnit(DoseRow row)
    {
        var administers = Assert.Single(Out(row.Arm, "ADMINISTERS"), a => a.EndId == row.Drug);

        Assert.Equal((row.Route, row.Dose, row.Unit), (Text(administers, "route"), (double)administers.Properties["dose"], Text(administers, "doseUnit")));
    }

    [Fact]
    public void PlaceboArms_AreMarkedPlaceboComparator_AndNoneOfThemGivesApatorsen()
    {
        var placebo = Graph.Nodes.Where(n => n.Label == LabelNames.TrialArm && Text(n, "armType") == "placebo comparator").Select(n => n.Id).Order();

        Assert.Equal(["apatorsen:arm-borealis1-placebo", "apatorsen:arm-rainier-placebo", "apatorsen:arm-spruce-placebo"], placebo);
        Assert.All(placebo, arm => Assert.False(GivesApatorsen(arm)));
    }

    /// <summary>One adverse event of one arm, with the figures the report gives (null where it gives none).</summary>
    public sealed record AdverseEventRow(
        string Trial, string Arm, string Event, long? Patients, double? Percent, double? Grade3OrWorsePercent, long? OfPatients, bool? DoseLimiting, string? Finding);

    public static TheoryData<AdverseEventRow> AdverseEventRows => new()
    {
        new AdverseEventRow("NCT00487786", "apatorsen:arm-nct00487786-apatorsen", "HP:0002170", 1, null, null, 42, true, "dose-limiting"),
        new AdverseEventRow("NCT00487786", "apatorsen:arm-nct00487786-apatorsen", "apatorsen:ae-any-adverse-event", 42, 100, null, 42, null, "93%"),
        new AdverseEventRow("NCT00959868", "apatorsen:arm-nmibc-intravesical-apatorsen", "HP:0000790", 1, null, null, 15, null, "grade 1"),
        new AdverseEventRow("NCT01120470", "apatorsen:arm-mcrpc-apatorsen-prednisone", "MEDDRA:10051792", null, 77, null, null, null, null),
        new AdverseEventRow("NCT01120470", "apatorsen:arm-mcrpc-apatorsen-prednisone", "apatorsen:ae-any-adverse-event", null, null, 31, null, null, null),
        new AdverseEventRow("NCT01120470", "apatorsen:arm-mcrpc-prednisone", "apatorsen:ae-any-adverse-event", null, null, 25, null, null, null),
        new AdverseEventRow("NCT01780545", "apatorsen:arm-borealis2-apatorsen-docetaxel", "MEDDRA:10040047", null, null, null, null, null, "More frequent"),
        new AdverseEventRow("NCT01780545", "apatorsen:arm-borealis2-apatorsen-docetaxel", "MEDDRA:10046571", null, null, null, null, null, "More frequent"),
        new AdverseEventRow("NCT01844817", "apatorsen:arm-rainier-apatorsen", "apatorsen:ae-cytopenia", null, null, null, null, null, "grade 3-4"),
        new AdverseEventRow("NCT02423590", "apatorsen:arm-cedar-apatorsen-gc", "apatorsen:ae-myelosuppression", null, null, null, null, null, "myelosuppression"),
    };

    [Theory]
    [MemberData(nameof(AdverseEventRows))]
    public void AdverseEvent_OfTheArm_HasTheReportsFrequencyAndGrade(AdverseEventRow row)
    {
        Assert.Contains(Out(Trial(row.Trial).Id, "HAS_ARM"), a => a.EndId == row.Arm);
        var adverseEvent = Assert.Single(Out(row.Arm, "HAD_ADVERSE_EVENT"), e => e.EndId == row.Event);

        Assert.Equal(row.Patients, adverseEvent.Properties.GetValueOrDefault("patients") as long?);
        Assert.Equal(row.Percent, Number(adverseEvent, "percent"));
        Assert.Equal(row.Grade3OrWorsePercent, Number(adverseEvent, "grade3OrWorsePercent"));
        Assert.Equal(row.OfPatients, adverseEvent.Properties.GetValueOrDefault("ofPatients") as long?);
        Assert.Equal(row.DoseLimiting, adverseEvent.Properties.GetValueOrDefault("doseLimiting") as bool?);
        if (row.Finding is not null)
        {
            Assert.Contains(row.Finding, Text(adverseEvent, "finding"), StringComparison.Ordinal);
        }

        Assert.NotEmpty(adverseEvent.Publications);
    }

    [Fact]
    public void AdverseEventsOfApatorsen_AreOneWalkFromTheArmsThatGiveIt_AcrossEveryTrialThatReportedSafety()
    {
        var trialsWithEvents = Graph.Relationships
            .Where(r => r.Type == "HAD_ADVERSE_EVENT" && GivesApatorsen(r.StartId))
            .Select(r => TrialOf(r.StartId))
            .Distinct()
            .Order();

        Assert.Equal(
            RegistryRows.Select(r => "CLINICALTRIALS:" + r.Data.NctId).Where(t => t != "CLINICALTRIALS:NCT01681433").Order(),
            trialsWithEvents);
    }

    [Fact]
    public void DoseLimitingToxicities_AreTheOneIntracranialHaemorrhageOfThePhaseI()
    {
        var doseLimiting = Graph.Relationships.Where(r => r.Type == "HAD_ADVERSE_EVENT" && r.Properties.GetValueOrDefault("doseLimiting") is true);

        Assert.Equal(("apatorsen:arm-nct00487786-apatorsen", "HP:0002170"), Assert.Single(doseLimiting.Select(r => (r.StartId, r.EndId))));
    }

    [Fact]
    public void InClinicalTrialsFor_EachIndicationATrialStudies_CitesExactlyThoseTrials()
    {
        var studied = Graph.Relationships.Where(r => r.Type == "STUDIES" && Node(r.StartId).Label == LabelNames.ClinicalTrial)
            .GroupBy(r => r.EndId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.StartId).Order().ToArray());
        var statements = Graph.Relationships.Where(r => r.Type == "IN_CLINICAL_TRIALS_FOR").ToArray();

        Assert.All(statements, s => Assert.Equal(Apatorsen, s.StartId));
        Assert.Equal(studied.Keys.Order(), statements.Select(s => s.EndId).Order());
        Assert.All(statements, s => Assert.Equal(studied[s.EndId], s.Publications.Order()));
    }

    [Fact]
    public void IntravesicalTrial_IsKeyedByNct00959868_AndStillAnswersToItsFormerId()
    {
        var trial = Trial("NCT00959868");

        Assert.Equal(["apatorsen:trial-nmibc-intravesical-phase1"], (string[])trial.Properties["formerIds"]);
        Assert.Equal((13L, 36L), ((long)trial.Properties["enrollment"], (long)trial.Properties["registeredEnrollment"]));
    }

    [Fact]
    public void PhaseI_Nct00487786_StudiesNonSmallCellLungCancer_AsItsRecordSays_NotLungCancerInGeneral()
    {
        var studied = Out("CLINICALTRIALS:NCT00487786", "STUDIES").Select(r => r.EndId).ToArray();

        Assert.Contains("MONDO:0005233", studied);
        Assert.DoesNotContain("MONDO:0008903", studied);
    }

    [Fact]
    public void ResultsAndAdverseEvents_AreObservations_AndDesignFactsAreAssertions()
    {
        string[] observed = ["HAS_OUTCOME", "OBSERVED_IN", "COMPARED_WITH", "HAD_ADVERSE_EVENT"];
        string[] asserted = ["HAS_ARM", "ADMINISTERS", "TESTS", "IN_CLINICAL_TRIALS_FOR"];

        Assert.All(Graph.Relationships.Where(r => observed.Contains(r.Type)), r => Assert.Equal("observation", Text(r, "knowledge_level")));
        Assert.All(Graph.Relationships.Where(r => asserted.Contains(r.Type)), r => Assert.Equal("knowledge_assertion", Text(r, "knowledge_level")));
    }

    private static NodeRecord Node(string id) => Graph.Nodes.Single(n => n.Id == id);

    private static NodeRecord Trial(string nctId) => Node("CLINICALTRIALS:" + nctId);

    private static IEnumerable<RelationshipRecord> Out(string id, string type) => Graph.Relationships.Where(r => r.StartId == id && r.Type == type);

    private static string ArmOf(string outcomeId) => Assert.Single(Out(outcomeId, "OBSERVED_IN")).EndId;

    private static string TrialOf(string nodeId) =>
        Graph.Relationships.First(r => r.EndId == nodeId && r.Type is "HAS_ARM" or "HAS_OUTCOME").StartId;

    private static bool GivesApatorsen(string armId) => Out(armId, "ADMINISTERS").Any(a => a.EndId == Apatorsen);

    private static IEnumerable<RelationshipRecord> HazardRatios(string trialId)
    {
        var outcomes = Out(trialId, "HAS_OUTCOME").Select(r => r.EndId).ToHashSet();
        return Graph.Relationships.Where(r => r.Type == "COMPARED_WITH" && outcomes.Contains(r.StartId)
            && r.Properties.GetValueOrDefault("effect_type") as string == "hazard_ratio");
    }

    private static (NodeRecord First, NodeRecord Second, RelationshipRecord Comparison) Compared(string firstOutcomeId)
    {
        var comparison = Assert.Single(Out(firstOutcomeId, "COMPARED_WITH"));
        return (Node(firstOutcomeId), Node(comparison.EndId), comparison);
    }

    private static (double First, double Second) Medians(string firstOutcomeId)
    {
        var (first, second, _) = Compared(firstOutcomeId);
        return ((double)first.Properties["value"], (double)second.Properties["value"]);
    }

    private static (double Value, double? CiLower, double? CiUpper, double? CiLevel, long Participants) Figures(NodeRecord outcome) =>
        ((double)outcome.Properties["value"], Number(outcome, "ciLower"), Number(outcome, "ciUpper"), Number(outcome, "ciLevel"), (long)outcome.Properties["participants"]);

    private static string? Text(NodeRecord node, string property) => node.Properties.GetValueOrDefault(property) as string;

    private static string? Text(RelationshipRecord relationship, string property) => relationship.Properties.GetValueOrDefault(property) as string;

    private static double? Number(NodeRecord node, string property) => node.Properties.GetValueOrDefault(property) as double?;

    private static double? Number(RelationshipRecord relationship, string property) => relationship.Properties.GetValueOrDefault(property) as double?;
}
