namespace Apatorsen.Api.Contracts;

/// <summary>
/// Answer of GET /api/meta: what the graph holds, how it maps to Biolink, which version answered, and the datasets it
/// holds. <paramref name="Version"/> is the one dataset's version, or with several a hash of their names and versions
/// (<see cref="Shaping.DatasetVersions"/>).
/// </summary>
public sealed record MetaResponse(
    string Backend,
    string Version,
    int NodeCount,
    int RelationshipCount,
    IReadOnlyList<LabelMeta> Labels,
    IReadOnlyList<RelationshipTypeMeta> RelationshipTypes,
    IReadOnlyList<PatternMeta> Patterns,
    IReadOnlyList<DatasetMeta> Datasets);

/// <summary>
/// A dataset the graph holds, by name (its folder's name unless the importer was given another): its version (the
/// content hash of its files) and how many node and relationship rows its files hold. A node several datasets hold
/// is counted in each, so the datasets' node counts may add up to more than the graph's.
/// </summary>
public sealed record DatasetMeta(string Name, string Version, int Nodes, int Relationships);

/// <summary>A label: its Biolink category, the CURIE prefixes its ids may have, and how many nodes have it.</summary>
public sealed record LabelMeta(string Label, string BiolinkCategory, IReadOnlyList<string> IdPrefixes, string Description, int Count);

/// <summary>
/// A relationship type with its Biolink mapping: the predicate (with subject and object swapped where
/// <paramref name="BiolinkInverse"/>), the association class, the qualifiers every such relationship carries, the
/// qualifiers a relationship may carry itself (<paramref name="QualifierProperties"/>), and why where the predicate is
/// related_to.
/// </summary>
public sealed record RelationshipTypeMeta(
    string Type,
    string Description,
    string BiolinkPredicate,
    string BiolinkAssociation,
    bool BiolinkInverse,
    IReadOnlyDictionary<string, string> BiolinkQualifiers,
    IReadOnlyList<string> QualifierProperties,
    string? BiolinkNote,
    int Count);

/// <summary>A (start label, type, end label) combination the schema allows, and how often the graph has it.</summary>
public sealed record PatternMeta(string Start, string Type, string End, int Count);
