using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Trapi.Matching;

/// <summary>
/// What a backend found for a <see cref="Planning.QueryPlan"/>: the node each asked id names (its own, a former id's or
/// a unique cross-reference's; null when none), how many results there are, and the requested page of them, ordered by
/// the ids of their nodes in plan order.
/// </summary>
public sealed record QueryGraphMatches(IReadOnlyDictionary<string, string?> Resolved, int Total, IReadOnlyList<MatchRow> Rows)
{
    public static QueryGraphMatches None { get; } = new(new Dictionary<string, string?>(), 0, []);
}

/// <summary>One result: a node per plan node and, per plan edge, every relationship between its two nodes that answers it.</summary>
public sealed record MatchRow(IReadOnlyList<StoredNode> Nodes, IReadOnlyList<IReadOnlyList<StoredRelationship>> Edges);
