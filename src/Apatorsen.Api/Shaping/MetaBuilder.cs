using System.Runtime.CompilerServices;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Shaping;

/// <summary>
/// Builds /api/meta from the counts a backend found, the same way for every backend: the schema decides what is listed.
/// The answer is remembered per counts found, which a backend keeps (the embedded graph for good, Neo4j while its
/// datasets stay the same) and always shapes with its one schema.
/// </summary>
public static class MetaBuilder
{
    private static readonly ConditionalWeakTable<FoundMeta, MetaResponse> Answers = [];

    public static MetaResponse Build(GraphSchema schema, string backend, FoundMeta found) =>
        Answers.GetValue(found, f => Build(schema, backend, f.Version, f.LabelCounts, f.PatternCounts, f.Datasets));

    private static MetaResponse Build(
        GraphSchema schema,
        string backend,
        string version,
        IReadOnlyDictionary<string, int> labelCounts,
        IReadOnlyDictionary<(string Start, string Type, string End), int> patternCounts,
        IReadOnlyList<DatasetMeta> datasets)
    {
        var labels = schema.Labels
            .Select(l => new LabelMeta(l.Label, l.BiolinkCategory, l.IdRules.Select(r => r.Prefix).ToArray(), l.Description, labelCounts.GetValueOrDefault(l.Label)))
            .ToArray();
        var patterns = schema.RelationshipTypes
            .SelectMany(t => t.StartLabels.SelectMany(s => t.EndLabels.Select(e => (Start: s, t.Type, End: e))))
            .Select(p => new PatternMeta(p.Start, p.Type, p.End, patternCounts.GetValueOrDefault(p)))
            .ToArray();
        var types = schema.RelationshipTypes
            .Select(t => new RelationshipTypeMeta(
                t.Type,
                t.Description,
                t.Biolink.Predicate,
                t.Biolink.Association,
                t.Biolink.Inverse,
                t.Biolink.Qualifiers,
                t.Properties.Where(p => BiolinkModel.Instance.Slots.TryGetValue(p.Name, out var slot) && slot.Qualifier).Select(p => p.Name).ToArray(),
                t.Biolink.Note,
                patterns.Where(p => p.Type == t.Type).Sum(p => p.Count)))
            .ToArray();
        return new MetaResponse(backend, version, labels.Sum(l => l.Count), types.Sum(t => t.Count), labels, types, patterns, datasets.OrderBy(d => d.Name, StringComparer.Ordinal).ToArray());
    }
}
