namespace Apatorsen.Api.Contracts;

/// <summary>A trial in a list: what it is, how big, where it stands, whether it met its primary endpoint, and which diseases it studies.</summary>
public sealed record TrialSummary(
    string Id,
    string? NctId,
    string Name,
    string? Acronym,
    long? Phase,
    long? Enrollment,
    IReadOnlyList<string> Design,
    string? OverallStatus,
    bool? PrimaryEndpointMet,
    IReadOnlyList<NodeRef> Indications,
    IReadOnlyList<string> Publications);

/// <summary>Answer of GET /api/trials/{id}.</summary>
public sealed record TrialResponse(
    string Id,
    string? NctId,
    string Name,
    string? Acronym,
    long? Phase,
    long? Enrollment,
    bool? EnrollmentApproximate,
    IReadOnlyList<string> Design,
    string? Population,
    string? PrimaryEndpoint,
    bool? PrimaryEndpointMet,
    string? OfficialTitle,
    long? Randomised,
    TrialRegistry Registry,
    IReadOnlyList<NodeRef> Indications,
    IReadOnlyList<TrialDrug> Drugs,
    IReadOnlyList<TrialArmItem> Arms,
    IReadOnlyList<OutcomeItem> Outcomes,
    IReadOnlyList<TrialAdverseEvent> AdverseEvents,
    IReadOnlyList<NodeRef> Biomarkers,
    IReadOnlyList<string> Publications);

/// <summary>What the trial's registry record says: status, dates, enrollment and sponsors.</summary>
public sealed record TrialRegistry(
    string? OverallStatus,
    string? WhyStopped,
    string? StartDate,
    string? PrimaryCompletionDate,
    string? CompletionDate,
    string? CompletionDateType,
    long? Enrollment,
    string? EnrollmentType,
    string? LeadSponsor,
    IReadOnlyList<string> Collaborators);

/// <summary>An adverse event reported in one arm: how often, how severe, and whether it limited the dose.</summary>
public sealed record TrialAdverseEvent(
    NodeRef Event,
    string Arm,
    string? Attribution,
    long? Patients,
    double? Percent,
    long? Grade3OrWorsePatients,
    double? Grade3OrWorsePercent,
    long? SeriousPatients,
    long? OfPatients,
    bool? DoseLimiting,
    string? Finding,
    Provenance Provenance);

/// <summary>An adverse event reported for a drug: the report of <see cref="TrialAdverseEvent"/> with its trial and arm.</summary>
public sealed record AdverseEventReport(NodeRef Trial, NodeRef Arm, TrialAdverseEvent Report);

/// <summary>A drug the trial tests, with its role (investigational, combination partner, comparator).</summary>
public sealed record TrialDrug(NodeRef Drug, string? Role, Provenance Provenance);

/// <summary>An arm and what its patients received.</summary>
public sealed record TrialArmItem(string Id, string Name, string? ArmType, long? Participants, string? Description, IReadOnlyList<Intervention> Interventions);

/// <summary>A drug an arm administers, with dose, route and schedule as the ADMINISTERS relationship states them.</summary>
public sealed record Intervention(
    NodeRef Drug,
    string? Role,
    double? Dose,
    double? DoseMin,
    double? DoseMax,
    string? DoseUnit,
    long? DoseLevels,
    double? LoadingDose,
    long? LoadingDoseCount,
    string? Route,
    string? Frequency,
    long? CycleLengthDays,
    IReadOnlyList<long> TreatmentDays,
    string? Schedule,
    Provenance Provenance);

/// <summary>
/// A measured result. <paramref name="Comparator"/> is how the value relates to <paramref name="Threshold"/> (e.g. &gt;);
/// <paramref name="ComparedWith"/> are the outcomes it was compared against, <paramref name="Comparisons"/> those
/// comparisons with their statistics.
/// </summary>
public sealed record OutcomeItem(
    string Id,
    string Name,
    string Measure,
    string? Arm,
    double? Value,
    string? Unit,
    double? CiLower,
    double? CiUpper,
    double? CiLevel,
    long? Participants,
    string? Comparator,
    double? Threshold,
    string? ThresholdUnit,
    string? Population,
    string? Significance,
    string? Finding,
    IReadOnlyList<string> ComparedWith,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<string> Publications);

/// <summary>
/// Outcome <paramref name="Of"/> compared against outcome <paramref name="Against"/>: the effect (e.g. a hazard ratio of
/// the first's arm against the second's) with its confidence interval and level, and the p-value with its sidedness.
/// </summary>
public sealed record Comparison(
    string Of,
    string Against,
    double? EffectSize,
    string? EffectType,
    double? CiLower,
    double? CiUpper,
    double? CiLevel,
    double? PValue,
    string? PValueSidedness,
    double? AlphaLevel,
    Provenance Provenance);
