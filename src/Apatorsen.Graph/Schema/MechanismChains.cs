namespace Apatorsen.Graph.Schema;

/// <summary>
/// What counts as a drug's mechanism: directed chains of at most <see cref="MaxSteps"/> steps over the relationship
/// types with a <see cref="MechanismRole"/>, without repeated nodes, passing only through
/// <see cref="PassThroughLabels"/>, and ending on a node of another label or on one with no further step. The API's
/// backends follow these rules, and cypher/queries/mechanism.cypher is generated from them.
/// </summary>
public static class MechanismChains
{
    public const int MaxSteps = 4;

    public static IReadOnlyList<string> PassThroughLabels { get; } = [LabelNames.Transcript, LabelNames.Protein];

    /// <summary>Every type that may be a step.</summary>
    public static IReadOnlyList<string> StepTypes(GraphSchema schema) =>
        schema.RelationshipTypes.Where(t => t.Mechanism is not null).Select(t => t.Type).ToArray();

    /// <summary>The types that may continue a chain past its first step.</summary>
    public static IReadOnlyList<string> ContinuingTypes(GraphSchema schema) =>
        schema.RelationshipTypes.Where(t => t.Mechanism is { FirstStepOnly: false }).Select(t => t.Type).ToArray();
}
