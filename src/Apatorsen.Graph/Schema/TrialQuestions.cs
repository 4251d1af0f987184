namespace Apatorsen.Graph.Schema;

/// <summary>
/// The constants of the clinical-trial questions. The API's embedded backend follows them, and
/// cypher/queries/trial.cypher and cypher/queries/trials-for-indication.cypher are generated from them, so the two
/// backends cannot disagree on how far a question reaches.
/// </summary>
public static class TrialQuestions
{
    /// <summary>How many SUBCLASS_OF levels below an indication its trial list reaches (0 is the indication itself).</summary>
    public const int NarrowerIndicationDepth = 6;

    /// <summary>The labels of the nodes whose own outgoing relationships belong to their trial's neighbourhood.</summary>
    public static IReadOnlyList<string> PartLabels { get; } = [LabelNames.TrialArm, LabelNames.Outcome];
}
