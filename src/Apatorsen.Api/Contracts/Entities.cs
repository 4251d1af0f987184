namespace Apatorsen.Api.Contracts;

/// <summary>Answer of GET /api/entities/{id}: the node, its domain properties and how many relationships it has.</summary>
public sealed record EntityResponse(
    string Id,
    IReadOnlyList<string> Labels,
    string Name,
    IReadOnlyDictionary<string, object> Properties,
    IReadOnlyList<RelationshipCount> RelationshipCounts);

/// <summary>How many relationships of a type leave (out) or reach (in) a node.</summary>
public sealed record RelationshipCount(string Type, string Direction, int Count);

/// <summary>A page of items and the number of items in all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);

/// <summary>
/// A relationship seen from one node: its type, whether it leaves the node (out) or reaches it (in), its
/// properties (without its provenance), its provenance, and the node at its other end.
/// </summary>
public sealed record RelationshipItem(
    string Type,
    string Direction,
    IReadOnlyDictionary<string, object> Properties,
    Provenance Provenance,
    NodeRef Node);

/// <summary>
/// A relationship as a statement: <paramref name="Subject"/> -[<paramref name="Type"/>]-> <paramref name="Node"/>
/// (the object); <paramref name="Direction"/> is always out, as seen from the subject.
/// </summary>
public sealed record StatementItem(
    NodeRef Subject,
    string Type,
    string Direction,
    IReadOnlyDictionary<string, object> Properties,
    Provenance Provenance,
    NodeRef Node);
