using System.Collections.Frozen;

namespace Apatorsen.Graph.Schema;

/// <summary>
/// The graph's schema: every node label and relationship type with their properties and rules.
/// Validation, the Cypher constraints and import statements, and docs/schema.md all derive from it.
/// </summary>
public sealed class GraphSchema
{
    public const string IdProperty = PropertyNames.Id;

    /// <summary>The most characters an id may have: the validator refuses longer ones and the API does not look them up.</summary>
    public const int MaxIdLength = 256;

    public const string NameProperty = PropertyNames.Name;
    public const string SynonymsProperty = PropertyNames.Synonyms;
    /// <summary>The relationship property listing the evidence: ids of Publication (or ClinicalTrial) nodes.</summary>
    public const string PublicationsProperty = PropertyNames.Publications;

    /// <summary>The array delimiter of the CSV files, as in <c>neo4j-admin database import --array-delimiter</c>.</summary>
    public const char ArrayDelimiter = ';';

    private readonly FrozenDictionary<string, NodeLabelDefinition> _labels;
    private readonly FrozenDictionary<string, RelationshipTypeDefinition> _types;

    public GraphSchema(IReadOnlyList<NodeLabelDefinition> labels, IReadOnlyList<RelationshipTypeDefinition> relationshipTypes)
    {
        Labels = labels;
        RelationshipTypes = relationshipTypes;
        _labels = labels.ToFrozenDictionary(l => l.Label, StringComparer.Ordinal);
        _types = relationshipTypes.ToFrozenDictionary(t => t.Type, StringComparer.Ordinal);
    }

    public IReadOnlyList<NodeLabelDefinition> Labels { get; }

    public IReadOnlyList<RelationshipTypeDefinition> RelationshipTypes { get; }

    /// <summary>Properties the importer writes itself; a dataset may not define them.</summary>
    public static IReadOnlyList<string> ReservedProperties { get; } = [ImportNames.DatasetProperty, ImportNames.DatasetVersionProperty, ImportNames.DatasetsProperty, ImportNames.DatasetVersionsProperty];

    public NodeLabelDefinition? FindLabel(string label) => _labels.GetValueOrDefault(label);

    /// <summary>Looks a label up by the characters of a CSV cell, without allocating a string.</summary>
    public NodeLabelDefinition? FindLabel(ReadOnlySpan<char> label) =>
        _labels.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(label, out var found) ? found : null;

    public RelationshipTypeDefinition? FindRelationshipType(string type) => _types.GetValueOrDefault(type);

    /// <summary>Looks a relationship type up by the characters of a CSV cell, without allocating a string.</summary>
    public RelationshipTypeDefinition? FindRelationshipType(ReadOnlySpan<char> type) =>
        _types.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(type, out var found) ? found : null;

    public NodeLabelDefinition GetLabel(string label) =>
        FindLabel(label) ?? throw new ArgumentException($"'{label}' is not a label of the schema.", nameof(label));

    public RelationshipTypeDefinition GetRelationshipType(string type) =>
        FindRelationshipType(type) ?? throw new ArgumentException($"'{type}' is not a relationship type of the schema.", nameof(type));

    /// <summary>Every property key the schema defines, on nodes or relationships, plus the importer's own.</summary>
    public IReadOnlyList<string> PropertyKeys() =>
        Labels.SelectMany(l => l.Properties).Concat(RelationshipTypes.SelectMany(t => t.Properties))
            .Select(p => p.Name)
            .Concat(ReservedProperties)
            .Concat(ImportNames.DatasetNodeProperties)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
