using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Shaping;

/// <summary>Builds /api/meta from counts, the same way for every backend: the schema decides what is listed.</summary>
public static class MetaBuilder
{
    public static MetaResponse Build(
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
