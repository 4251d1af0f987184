namespace Apatorsen.Api.Questions;

/// <summary>What relationships may cite as their publications: publications, and trials by their registry record.</summary>
public static class Citable
{
    public static IReadOnlyCollection<string> Labels { get; } = [LabelNames.Publication, LabelNames.ClinicalTrial];
}

public enum TrialAnchor
{
    Drug,
    Indication,
}

/// <summary>Filters of the trial lists: the registry's overall status and the phase; null means any.</summary>
public sealed record TrialFilter(string? Status, long? Phase);

/// <summary>Filters of GET /api/entities/{id}/relationships; null means any.</summary>
public sealed record RelationshipFilter(string? Type, RelationshipDirection Direction, string? Label);

public enum RelationshipDirection
{
    Both,
    Out,
    In,
}

/// <summary>A one-hop question: any of subject, type and object may be open (at least one is given).</summary>
public sealed record StatementQuery(string? SubjectId, string? Type, string? ObjectId, string? SubjectLabel, string? ObjectLabel);
