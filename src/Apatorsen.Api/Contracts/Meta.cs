namespace Apatorsen.Api.Contracts;

/// <summary>Answer of GET /api/meta: what the graph holds, how it maps to Biolink, and which version answered.</summary>
public sealed record MetaResponse(
    string Backend,
    string Version,
    int NodeCount,
    int RelationshipCount,
    IReadOnlyList<LabelMeta> Labels,
    IReadOnlyList<RelationshipTypeMeta> RelationshipTypes,
    IReadOnlyList<PatternMeta> Patterns);

public sealed record LabelMeta(string Label, string BiolinkCategory, string Description, int Count);

public sealed record RelationshipTypeMeta(
    string Type,
    string Description,
    string BiolinkPredicate,
    IReadOnlyDictionary<string, string> BiolinkQualifiers,
    string? BiolinkNote,
    int Count);

/// <summary>A (start label, type, end label) combination the schema allows, and how often the graph has it.</summary>
public sealed record PatternMeta(string Start, string Type, string End, int Count);
