namespace Apatorsen.Api.Contracts;

/// <summary>A trial in a list: what it is, how big, and which diseases it studies.</summary>
public sealed record TrialSummary(
    string Id,
    string? NctId,
    string Name,
    string? Acronym,
    long? Phase,
    long? Enrollment,
    IReadOnlyList<string> Design,
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
    IReadOnlyList<NodeRef> Indications,
    IReadOnlyList<TrialDrug> Drugs,
    IReadOnlyList<TrialArmItem> Arms,
    IReadOnlyList<OutcomeItem> Outcomes,
    IReadOnlyList<NodeRef> Biomarkers,
    IReadOnlyList<string> Publications);

/// <summary>A drug the trial tests, with its role (investigational, combination partner, comparator).</summary>
public sealed record TrialDrug(NodeRef Drug, string? Role, Provenance Provenance);

/// <summary>An arm and what its patients received.</summary>
public sealed record TrialArmItem(string Id, string Name, string? ArmType, string? Description, IReadOnlyList<Intervention> Interventions);

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
/// <paramref name="ComparedWith"/> are the outcomes it was compared against.
/// </summary>
public sealed record OutcomeItem(
    string Id,
    string Name,
    string Measure,
    string? Arm,
    double? Value,
    string? Unit,
    string? Comparator,
    double? Threshold,
    string? ThresholdUnit,
    string? Population,
    string? Significance,
    string? Finding,
    IReadOnlyList<string> ComparedWith,
    IReadOnlyList<string> Publications);
