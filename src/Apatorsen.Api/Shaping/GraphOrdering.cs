namespace Apatorsen.Api.Shaping;

/// <summary>Orders answers the same way on every backend, so that both give the same pages.</summary>
public static class GraphOrdering
{
    public static IOrderedEnumerable<SeenRelationship> Order(IEnumerable<SeenRelationship> items) =>
        items.OrderBy(i => i.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(i => i.Direction, StringComparer.Ordinal)
            .ThenBy(i => i.Other.Id, StringComparer.Ordinal);

    public static IOrderedEnumerable<FoundRelationship> Order(IEnumerable<FoundRelationship> items) =>
        items.OrderBy(i => i.Start.Id, StringComparer.Ordinal)
            .ThenBy(i => i.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(i => i.End.Id, StringComparer.Ordinal);

    public static IEnumerable<FoundPath> Order(IEnumerable<FoundPath> paths) =>
        paths.OrderBy(p => p.Length)
            .ThenBy(p => string.Join('|', p.Nodes.Select(n => n.Id)), StringComparer.Ordinal)
            .ThenBy(p => string.Join('|', p.Relationships.Select(r => r.Type)), StringComparer.Ordinal);

    public static IReadOnlyList<FoundTrial> Order(IEnumerable<FoundTrial> trials) =>
        trials.OrderBy(t => t.Trial.Properties.WholeNumber(PropertyNames.Phase) ?? long.MaxValue).ThenBy(t => t.Trial.Id, StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<FoundAdverseEvent> Order(IEnumerable<FoundAdverseEvent> reports) =>
        reports.OrderBy(a => a.Event.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Event.Id, StringComparer.Ordinal)
            .ThenBy(a => a.Trial.Id, StringComparer.Ordinal)
            .ThenBy(a => a.Arm.Id, StringComparer.Ordinal)
            .ToArray();
}
