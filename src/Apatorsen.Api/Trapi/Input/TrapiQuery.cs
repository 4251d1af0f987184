using System.Text.Json;

namespace Apatorsen.Api.Trapi.Input;

/// <summary>
/// A POST /trapi/query body, as far as this service reads it; <see cref="QueryGraphJson"/> is echoed back as sent, and
/// <see cref="Warnings"/> name what of it was ignored.
/// </summary>
public sealed record TrapiQuery(
    QueryGraph Graph,
    JsonElement QueryGraphJson,
    string LogLevel,
    int Limit,
    int Offset,
    bool BypassCache,
    IReadOnlyList<string> Warnings);

public sealed record QueryGraph(IReadOnlyList<QNode> Nodes, IReadOnlyList<QEdge> Edges);

/// <summary>A query node: its key in the query graph, the ids asked for (null: any) and the categories (null: any).</summary>
public sealed record QNode(string Key, IReadOnlyList<string>? Ids, IReadOnlyList<string>? Categories, string SetInterpretation, int ConstraintCount);

/// <summary>A query edge; <see cref="QualifierSets"/> are OR-ed, the qualifiers of one set AND-ed.</summary>
public sealed record QEdge(
    string Key,
    string SubjectKey,
    string ObjectKey,
    IReadOnlyList<string>? Predicates,
    IReadOnlyList<IReadOnlyList<Qualifier>> QualifierSets,
    string? KnowledgeType,
    int AttributeConstraintCount);

public sealed record Qualifier(string TypeId, string Value);
