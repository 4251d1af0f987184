using Apatorsen.Api.Backends;
using Apatorsen.Api.Trapi.Mapping;
using Apatorsen.Api.Trapi.Model;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// The MetaKnowledgeGraph from what the graph holds (the patterns /api/meta counts and the <see cref="HeldTerms"/>, on
/// either backend): each node category with the id prefixes its nodes use, each (subject category, predicate, object
/// category) with the qualifiers and values its edges carry (the types' fixed ones and the values the data holds). Most specific terms only, as TRAPI 1.5.0 asks ("NOT including all
/// implied ancestor relationships"); queries still find them through their ancestors.
/// </summary>
public static class MetaKnowledgeGraphBuilder
{
    public static MetaKnowledgeGraph Build(MetaResponse meta, HeldTerms held, GraphSchema schema)
    {
        var prefixes = held.Prefixes.ToLookup(p => p.Label, p => p.Prefix, StringComparer.Ordinal);
        var values = held.QualifierValues.ToLookup(v => (v.Start, v.Type, v.End), v => (v.Property, v.Value));
        var nodes = meta.Labels.Where(l => l.Count > 0)
            .Select(l => schema.GetLabel(l.Label))
            .GroupBy(l => BiolinkStatements.Categories(l)[0], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new MetaNode(
                    g.SelectMany(l => l.IdRules.Select(r => r.Prefix).Where(prefixes[l.Label].Contains)).Distinct(StringComparer.Ordinal).ToArray(),
                    Attributes(g.SelectMany(l => l.Properties), ["id", "name"], TrapiAttributes.NodeType)),
                StringComparer.Ordinal);

        var edges = meta.Patterns.Where(p => p.Count > 0)
            .Select(p => (Pattern: p, Type: schema.GetRelationshipType(p.Type)))
            .GroupBy(p => Triple(p.Pattern, p.Type, schema))
            .OrderBy(g => g.Key.Subject, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Predicate, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Object, StringComparer.Ordinal)
            .Select(g =>
            {
                var types = g.Select(p => p.Type).Distinct().ToArray();
                var associations = types.Select(t => t.Biolink.Association).Distinct(StringComparer.Ordinal).ToArray();
                return new MetaEdge(
                    g.Key.Subject, g.Key.Predicate, g.Key.Object, ["lookup"],
                    Qualifiers(types, g.SelectMany(p => values[(p.Pattern.Start, p.Pattern.Type, p.Pattern.End)])),
                    Attributes(types.SelectMany(t => t.Properties), [PropertyNames.PrimaryKnowledgeSource, PropertyNames.AggregatorKnowledgeSource], TrapiAttributes.EdgeType),
                    associations.Length == 1 ? associations[0] : null);
            })
            .ToArray();
        return new MetaKnowledgeGraph(nodes, edges);
    }

    private static (string Subject, string Predicate, string Object) Triple(PatternMeta pattern, RelationshipTypeDefinition type, GraphSchema schema)
    {
        var (subject, obj) = type.Biolink.Inverse ? (pattern.End, pattern.Start) : (pattern.Start, pattern.End);
        return (BiolinkStatements.Categories(schema.GetLabel(subject))[0], type.Biolink.Predicate, BiolinkStatements.Categories(schema.GetLabel(obj))[0]);
    }

    private static MetaQualifier[] Qualifiers(IEnumerable<RelationshipTypeDefinition> types, IEnumerable<(string Property, string Value)> held) =>
        types.SelectMany(t => t.Biolink.Qualifiers.Select(q => (q.Key, Values: (IEnumerable<string>)[q.Value])))
            .Concat(held.Select(h => (Key: h.Property, Values: (IEnumerable<string>)[h.Value])))
            .GroupBy(q => q.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MetaQualifier(BiolinkModel.Prefix + g.Key, g.SelectMany(q => q.Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .ToArray();

    private static MetaAttributeItem[] Attributes(IEnumerable<PropertyDefinition> properties, string[] fields, Func<string, string> type) =>
        properties.Where(p => !fields.Contains(p.Name) && !BiolinkStatements.IsQualifier(p.Name))
            .GroupBy(p => type(p.Name), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MetaAttributeItem(g.Key, g.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
}
