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
        // In the order first seen, as Distinct gave them.
        var values = new HashSet<HeldQualifierValue>();
        var firstSeen = new List<HeldQualifierValue>();
        foreach (var relationship in graph.Relationships)
        {
            foreach (var property in qualifiersOf[relationship.Type])
            {
                if (relationship.Stored.Properties.GetValueOrDefault(property) is not string value)
                {
                    continue;
                }

                var held = new HeldQualifierValue(relationship.Start.Label, relationship.Type, relationship.End.Label, property, value);
                if (values.Add(held))
                {
                    firstSeen.Add(held);
                }
            }
        }

        return new(graph.NodeList.Select(n => new HeldPrefix(n.Label, Backends.HeldTerms.PrefixOf(n.Id))).Distinct().ToArray(), firstSeen);
    }
}
