namespace Apatorsen.Api.Shaping;

/// <summary>
/// Shapes what the backends find about nodes and relationships into the answers, once for both: a node's domain
/// properties, a relationship's domain properties and provenance. The embedded graph hands out the same stored
/// properties and relationships on every request, so each is shaped once and remembered while it is asked about (<see cref="RecentlyUsed{TKey, TValue}"/>).
/// </summary>
public static class EntityAnswers
{
    private static readonly RecentlyUsed<IReadOnlyDictionary<string, object?>, IReadOnlyDictionary<string, object>> NodeProperties = new(RecentlyUsed.Capacity);
    private static readonly RecentlyUsed<StoredRelationship, ShapedRelationship> Relationships = new(RecentlyUsed.Capacity);

    public static EntityResponse Entity(FoundEntity found) =>
        new(found.Node.Id, found.Node.Labels, found.Node.Name, Domain(found.Properties), found.Counts);

    public static RelationshipItem Item(SeenRelationship seen)
    {
        var shaped = Shape(seen.Relationship);
        return new RelationshipItem(seen.Relationship.Type, seen.Direction, shaped.Properties, shaped.Provenance, seen.Other);
    }

    public static StatementItem Statement(FoundRelationship found)
    {
        var shaped = Shape(found.Relationship);
        return new StatementItem(found.Start, found.Relationship.Type, "out", shaped.Properties, shaped.Provenance, found.End);
    }

    public static PublicationResponse Publication(FoundPublication found)
    {
        var supports = found.Supports.Select(Statement);
        return new PublicationResponse(found.Node.Id, found.Node.Labels, found.Node.Name, Domain(found.Properties), supports.Items, supports.Total);
    }

    private static IReadOnlyDictionary<string, object> Domain(IReadOnlyDictionary<string, object?> properties) =>
        NodeProperties.GetOrAdd(properties, p => DomainProperties.OfNode(p));

    private static ShapedRelationship Shape(StoredRelationship relationship) =>
        Relationships.GetOrAdd(relationship, r => new ShapedRelationship(DomainProperties.OfRelationship(r.Properties), r.Provenance));

    private sealed record ShapedRelationship(IReadOnlyDictionary<string, object> Properties, Provenance Provenance);
}
