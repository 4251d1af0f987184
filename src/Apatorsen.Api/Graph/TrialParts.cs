using Apatorsen.Api.Contracts;

namespace Apatorsen.Api.Graph;

/// <summary>
/// The parts of a trial's answer that come straight from stored properties, read in one place so that both backends
/// (and a property added to the schema) cannot drift apart.
/// </summary>
internal static class TrialParts
{
    /// <summary>One ADMINISTERS relationship of an arm: the drug and how it is given.</summary>
    public static Intervention Intervention(NodeRef drug, IReadOnlyDictionary<string, object?> administers, IReadOnlyList<string> sources) => new(
        drug,
        administers.Text("role"),
        administers.Number("dose"),
        administers.Number("doseMin"),
        administers.Number("doseMax"),
        administers.Text("doseUnit"),
        administers.WholeNumber("doseLevels"),
        administers.Number("loadingDose"),
        administers.WholeNumber("loadingDoseCount"),
        administers.Text("route"),
        administers.Text("frequency"),
        administers.WholeNumber("cycleLengthDays"),
        administers.Integers("treatmentDays"),
        administers.Text("schedule"),
        sources);

    /// <summary>An Outcome node's values, with the arm it was observed in, what it is compared with and its sources.</summary>
    public static OutcomeItem Outcome(
        string id, string name, IReadOnlyDictionary<string, object?> outcome, string? arm, IReadOnlyList<string> comparedWith, IReadOnlyList<string> sources) => new(
        id,
        name,
        outcome.Text("measure") ?? name,
        arm,
        outcome.Number("value"),
        outcome.Text("unit"),
        outcome.Text("valueComparator"),
        outcome.Number("threshold"),
        outcome.Text("thresholdUnit"),
        outcome.Text("population"),
        outcome.Text("significance"),
        outcome.Text("finding"),
        comparedWith,
        sources);
}
