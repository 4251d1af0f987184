namespace Apatorsen.Api.Shaping;

/// <summary>
/// Which stored properties are domain facts. The importer's bookkeeping (dataset, version, run; on a node several
/// datasets may hold, the lists <c>datasets</c> and <c>datasetVersions</c>) is not; id, name and a relationship's
/// provenance have fields of their own in the answers.
/// </summary>
public static class DomainProperties
{
    /// <summary>
    /// What the importer writes besides the data: the dataset properties, and <c>importRun</c>, which importers before
    /// datasets wrote and a graph they loaded may still hold.
    /// </summary>
    public static IReadOnlyList<string> Bookkeeping { get; } = [.. GraphSchema.ReservedProperties, "importRun"];

    private static readonly HashSet<string> NodeExcluded = new([GraphSchema.IdProperty, GraphSchema.NameProperty, .. Bookkeeping], StringComparer.Ordinal);

    private static readonly HashSet<string> RelationshipExcluded = new([.. Evidence.ProvenanceProperties, .. Bookkeeping], StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object> OfNode(IEnumerable<KeyValuePair<string, object?>> properties) =>
        Filter(properties, NodeExcluded);

    public static IReadOnlyDictionary<string, object> OfRelationship(IEnumerable<KeyValuePair<string, object?>> properties) =>
        Filter(properties, RelationshipExcluded);

    /// <summary>Domain labels, without <see cref="ImportNames.EntityLabel"/>, in the order of <paramref name="schema"/>.</summary>
    public static IReadOnlyList<string> Labels(IEnumerable<string> labels, GraphSchema schema) =>
        labels.Where(l => l != ImportNames.EntityLabel)
            .OrderBy(l => LabelOrder(l, schema))
            .ThenBy(l => l, StringComparer.Ordinal)
            .ToArray();

    private static int LabelOrder(string label, GraphSchema schema)
    {
        var labels = schema.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Label == label)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static SortedDictionary<string, object> Filter(IEnumerable<KeyValuePair<string, object?>> properties, HashSet<string> excluded)
    {
        var result = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (value is not null && !excluded.Contains(key))
            {
                result[key] = Normalise(value);
            }
        }

        return result;
    }

    // Neo4j hands arrays back as lists of objects, the dataset reader as typed arrays; both serialise as JSON arrays,
    // but typed arrays keep the answer's element types obvious.
    private static object Normalise(object value) => value switch
    {
        IReadOnlyList<object?> list when list.All(v => v is string) => list.Cast<string>().ToArray(),
        IReadOnlyList<object?> list when list.All(v => v is long) => list.Cast<long>().ToArray(),
        IReadOnlyList<object?> list when list.All(v => v is double or long) => list.Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        _ => value,
    };
}
