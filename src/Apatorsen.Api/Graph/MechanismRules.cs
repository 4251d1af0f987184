using System.Collections.Frozen;
using Apatorsen.Api.Contracts;

namespace Apatorsen.Api.Graph;

/// <summary>
/// What counts as a drug's mechanism: directed chains of at most <see cref="MaxSteps"/> steps over
/// <see cref="Types"/>, without repeated nodes, passing only through transcripts and proteins, and ending on a node
/// that is not a transcript or protein, or on one with no further step. Both backends follow these rules.
/// </summary>
public static class MechanismRules
{
    public const int MaxSteps = 4;

    public static readonly FrozenSet<string> Types = new[] { "TARGETS", "BINDS", "TRANSLATES_TO", "INCREASES", "DECREASES" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Types that continue a chain past its first step (TARGETS and BINDS start at drugs only).</summary>
    public static readonly FrozenSet<string> ContinuingTypes = new[] { "TRANSLATES_TO", "INCREASES", "DECREASES" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> PassThroughLabels = new[] { "Transcript", "Protein" }.ToFrozenSet(StringComparer.Ordinal);

    public static string Effect(string type) => type switch
    {
        "TARGETS" => "lowers expression",
        "BINDS" => "binds (antisense: the transcript is degraded)",
        "TRANSLATES_TO" => "is translated to",
        "INCREASES" => "increases",
        "DECREASES" => "decreases",
        _ => type.ToLowerInvariant(),
    };

    /// <summary>A step's properties without its description, which the step carries in a field of its own.</summary>
    public static IReadOnlyDictionary<string, object> StepProperties(IReadOnlyDictionary<string, object> properties) =>
        properties.ContainsKey("description")
            ? new SortedDictionary<string, object>(properties.Where(p => p.Key != "description").ToDictionary(), StringComparer.Ordinal)
            : properties;

    // Antisense binding and targeting lower what they act on; translation carries a level forward.
    private static int Sign(string type) => type is "INCREASES" or "TRANSLATES_TO" ? 1 : -1;

    public static IReadOnlyList<MechanismChain> Order(IEnumerable<IReadOnlyList<MechanismStep>> chains) =>
        chains
            .Select(steps => new MechanismChain(
                steps[^1].To,
                steps.Aggregate(1, (sign, step) => sign * Sign(step.Type)) > 0 ? "increases" : "decreases",
                steps))
            .OrderBy(c => c.Steps.Count)
            .ThenBy(c => c.End.Id, StringComparer.Ordinal)
            .ThenBy(c => string.Join('|', c.Steps.Select(s => s.Type + ">" + s.To.Id)), StringComparer.Ordinal)
            .ToArray();
}
