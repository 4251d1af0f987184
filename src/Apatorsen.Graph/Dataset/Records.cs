namespace Apatorsen.Graph.Dataset;

/// <summary>
/// A node read from a dataset file. <see cref="Properties"/> holds the typed values of its non-empty
/// cells (string, long, double, bool, string[], long[] or double[]), the id included.
/// </summary>
public sealed record NodeRecord(string Id, string Label, IReadOnlyDictionary<string, object> Properties, string File, long Line);

/// <summary>A relationship read from a dataset file, with the typed values of its non-empty cells.</summary>
public sealed record RelationshipRecord(
    string StartId, string Type, string EndId, IReadOnlyDictionary<string, object> Properties, string File, long Line)
{
    /// <summary>The ids of the nodes cited as the relationship's evidence.</summary>
    public IReadOnlyList<string> Publications =>
        Properties.TryGetValue(Schema.GraphSchema.PublicationsProperty, out var value) && value is string[] publications ? publications : [];
}
