namespace Apatorsen.Api.Shaping;

/// <summary>
/// Shapes what the backends find about trials into the answers, once for both: GET /api/trials/{id} from the trial's
/// neighbourhood, the trial lists from <see cref="FoundTrial"/>s and the adverse events from
/// <see cref="FoundAdverseEvent"/>s. The neighbourhood is the trial's outgoing relationships
/// and those of its parts (<see cref="TrialQuestions.PartLabels"/>: arms and outcomes), with the nodes at their ends. The trial's
/// publications are those of every relationship of the neighbourhood.
/// </summary>
public static class TrialAssembler
{
    public static TrialResponse Assemble(TrialNeighbourhood found) => Assemble(found.Trial, found.Subgraph);

    public static TrialSummary Summary(FoundTrial found) => Summary(found.Trial, found.Indications, found.Publications);

    public static AdverseEventReport Report(FoundAdverseEvent found) =>
        new(found.Trial, found.Arm, AdverseEvent(found.Event, found.Arm.Id, found.Report));

    private static TrialResponse Assemble(StoredNode trial, Subgraph neighbourhood)
    {
        var properties = trial.Properties;
        var summary = Summary(trial, [], []);
        var arms = Ordered(neighbourhood.Outgoing(trial.Id, RelationshipTypeNames.HasArm)).Select(r => neighbourhood.Node(r.EndId)).ToArray();
        return new TrialResponse(
            summary.Id,
            summary.NctId,
            summary.Name,
            summary.Acronym,
            summary.Phase,
            summary.Enrollment,
            properties.Flag(PropertyNames.EnrollmentApproximate),
            summary.Design,
            properties.Text(PropertyNames.Population),
            properties.Text(PropertyNames.PrimaryEndpoint),
            summary.PrimaryEndpointMet,
            properties.Text(PropertyNames.OfficialTitle),
            properties.WholeNumber(PropertyNames.Randomised),
            Registry(properties),
            Ends(neighbourhood, trial, RelationshipTypeNames.Studies),
            Ordered(neighbourhood.Outgoing(trial.Id, RelationshipTypeNames.Tests))
                .Select(r => new TrialDrug(neighbourhood.Node(r.EndId).Ref, r.Properties.Text(PropertyNames.Role), r.Provenance))
                .ToArray(),
            arms.Select(arm => Arm(neighbourhood, arm)).ToArray(),
            Ordered(neighbourhood.Outgoing(trial.Id, RelationshipTypeNames.HasOutcome))
                .Select(r => Outcome(neighbourhood, neighbourhood.Node(r.EndId)))
                .ToArray(),
            arms.SelectMany(arm => Ordered(neighbourhood.Outgoing(arm.Id, RelationshipTypeNames.HadAdverseEvent))
                    .Select(r => AdverseEvent(neighbourhood.Node(r.EndId).Ref, arm.Id, r)))
                .ToArray(),
            Ends(neighbourhood, trial, RelationshipTypeNames.Monitors),
            Evidence.SortedDistinct(neighbourhood.Relationships.SelectMany(r => r.Publications)));
    }

    /// <summary>A trial in a list, with the indications it studies and the publications of the link that put it there.</summary>
    public static TrialSummary Summary(StoredNode trial, IEnumerable<NodeRef> indications, IEnumerable<string> publications)
    {
        var properties = trial.Properties;
        return new TrialSummary(
            trial.Id,
            properties.Text(PropertyNames.NctId),
            trial.Name,
            properties.Text(PropertyNames.Acronym),
            properties.WholeNumber(PropertyNames.Phase),
            properties.WholeNumber(PropertyNames.Enrollment),
            properties.Texts(PropertyNames.Design),
            properties.Text(PropertyNames.OverallStatus),
            properties.Flag(PropertyNames.PrimaryEndpointMet),
            indications.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
            Evidence.SortedDistinct(publications));
    }

    /// <summary>One HAD_ADVERSE_EVENT relationship of an arm: how often and how severe, as reported.</summary>
    public static TrialAdverseEvent AdverseEvent(NodeRef adverseEvent, string armId, StoredRelationship reported)
    {
        var report = reported.Properties;
        return new TrialAdverseEvent(
            adverseEvent,
            armId,
            report.Text(PropertyNames.Attribution),
            report.WholeNumber(PropertyNames.Patients),
            report.Number(PropertyNames.Percent),
            report.WholeNumber(PropertyNames.Grade3OrWorsePatients),
            report.Number(PropertyNames.Grade3OrWorsePercent),
            report.WholeNumber(PropertyNames.SeriousPatients),
            report.WholeNumber(PropertyNames.OfPatients),
            report.Flag(PropertyNames.DoseLimiting),
            report.Text(PropertyNames.Finding),
            reported.Provenance);
    }

    private static TrialRegistry Registry(IReadOnlyDictionary<string, object?> trial) => new(
        trial.Text(PropertyNames.OverallStatus),
        trial.Text(PropertyNames.WhyStopped),
        trial.Text(PropertyNames.StartDate),
        trial.Text(PropertyNames.PrimaryCompletionDate),
        trial.Text(PropertyNames.CompletionDate),
        trial.Text(PropertyNames.CompletionDateType),
        trial.WholeNumber(PropertyNames.RegisteredEnrollment),
        trial.Text(PropertyNames.RegisteredEnrollmentType),
        trial.Text(PropertyNames.LeadSponsor),
        trial.Texts(PropertyNames.Collaborators));

    private static IEnumerable<StoredRelationship> Ordered(IEnumerable<StoredRelationship> relationships) =>
        relationships.OrderBy(r => r.EndId, StringComparer.Ordinal);

    private static NodeRef[] Ends(Subgraph neighbourhood, StoredNode node, string type) =>
        Ordered(neighbourhood.Outgoing(node.Id, type)).Select(r => neighbourhood.Node(r.EndId).Ref).ToArray();

    private static TrialArmItem Arm(Subgraph neighbourhood, StoredNode arm) => new(
        arm.Id,
        arm.Name,
        arm.Properties.Text(PropertyNames.ArmType),
        arm.Properties.WholeNumber(PropertyNames.Participants),
        arm.Properties.Text(PropertyNames.Description),
        Ordered(neighbourhood.Outgoing(arm.Id, RelationshipTypeNames.Administers))
            .Select(r => Intervention(neighbourhood.Node(r.EndId).Ref, r))
            .ToArray());

    private static Intervention Intervention(NodeRef drug, StoredRelationship administers)
    {
        var given = administers.Properties;
        return new Intervention(
            drug,
            given.Text(PropertyNames.Role),
            given.Number(PropertyNames.Dose),
            given.Number(PropertyNames.DoseMin),
            given.Number(PropertyNames.DoseMax),
            given.Text(PropertyNames.DoseUnit),
            given.WholeNumber(PropertyNames.DoseLevels),
            given.Number(PropertyNames.LoadingDose),
            given.WholeNumber(PropertyNames.LoadingDoseCount),
            given.Text(PropertyNames.Route),
            given.Text(PropertyNames.Frequency),
            given.WholeNumber(PropertyNames.CycleLengthDays),
            given.Integers(PropertyNames.TreatmentDays),
            given.Text(PropertyNames.Schedule),
            administers.Provenance);
    }

    private static OutcomeItem Outcome(Subgraph neighbourhood, StoredNode outcome)
    {
        var values = outcome.Properties;
        var observedIn = Ordered(neighbourhood.Outgoing(outcome.Id, RelationshipTypeNames.ObservedIn)).ToArray();
        var comparisons = neighbourhood.Outgoing(outcome.Id, RelationshipTypeNames.ComparedWith)
            .Concat(neighbourhood.Incoming(outcome.Id, RelationshipTypeNames.ComparedWith))
            .OrderBy(r => r.StartId, StringComparer.Ordinal)
            .ThenBy(r => r.EndId, StringComparer.Ordinal)
            .Select(Comparison)
            .ToArray();
        var publications = neighbourhood.Incoming(outcome.Id, RelationshipTypeNames.HasOutcome).Concat(observedIn).SelectMany(r => r.Publications);
        return new OutcomeItem(
            outcome.Id,
            outcome.Name,
            values.Text(PropertyNames.Measure) ?? outcome.Name,
            observedIn.Select(r => r.EndId).FirstOrDefault(),
            values.Number(PropertyNames.Value),
            values.Text(PropertyNames.Unit),
            values.Number(PropertyNames.CiLower),
            values.Number(PropertyNames.CiUpper),
            values.Number(PropertyNames.CiLevel),
            values.WholeNumber(PropertyNames.Participants),
            values.Text(PropertyNames.ValueComparator),
            values.Number(PropertyNames.Threshold),
            values.Text(PropertyNames.ThresholdUnit),
            values.Text(PropertyNames.Population),
            values.Text(PropertyNames.Significance),
            values.Text(PropertyNames.Finding),
            Evidence.SortedDistinct(comparisons.Select(c => c.Of == outcome.Id ? c.Against : c.Of)),
            comparisons,
            Evidence.SortedDistinct(publications));
    }

    private static Comparison Comparison(StoredRelationship compared)
    {
        var statistics = compared.Properties;
        return new Comparison(
            compared.StartId,
            compared.EndId,
            statistics.Number(PropertyNames.EffectSize),
            statistics.Text(PropertyNames.EffectType),
            statistics.Number(PropertyNames.CiLower),
            statistics.Number(PropertyNames.CiUpper),
            statistics.Number(PropertyNames.CiLevel),
            statistics.Number(PropertyNames.PValue),
            statistics.Text(PropertyNames.PValueSidedness),
            statistics.Number(PropertyNames.AlphaLevel),
            compared.Provenance);
    }
}
