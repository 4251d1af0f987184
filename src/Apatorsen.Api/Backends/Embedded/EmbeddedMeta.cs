using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Backends.Embedded;

internal static class EmbeddedMeta
{
    public static FoundMeta Count(EmbeddedGraph graph, EmbeddedDatasets datasets) => new(
        graph.Version,
        graph.NodeList.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        graph.Relationships.GroupBy(r => (r.Start.Label, r.Type, r.End.Label)).ToDictionary(g => g.Key, g => g.Count()),
        datasets.Datasets);

    public static HeldTerms HeldTerms(EmbeddedGraph graph, GraphSchema schema)
    {
        // Asked once for the graph, not once a relationship: most types declare no qualifier, and theirs are passed over.
        var qualifiers = Backends.HeldTerms.QualifierProperties(schema);
        var qualifiersOf = schema.RelationshipTypes.ToDictionary(
            t => t.Type, t => qualifiers.Where(q => t.Properties.Any(p => p.Name == q)).ToArray(), StringComparer.Ordinal);
        return new(
            graph.NodeList.Select(n => new HeldPrefix(n.Label, Backends.HeldTerms.PrefixOf(n.Id))).Distinct().ToArray(),
            graph.Relationships
                .SelectMany(r => qualifiersOf[r.Type]
                    .Select(p => (Property: p, Value: r.Stored.Properties.GetValueOrDefault(p) as string))
                    .Where(q => q.Value is not null)
                    .Select(q => new HeldQualifierValue(r.Start.Label, r.Type, r.End.Label, q.Property, q.Value!)))
                .Distinct()
                .ToArray());
    }
}
