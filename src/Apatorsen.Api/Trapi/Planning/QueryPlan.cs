namespace Apatorsen.Api.Trapi.Planning;

/// <summary>
/// How a query graph is answered, shared by both backends: its nodes in the order they are bound (the first one is
/// where the walk starts) and its edges in the order they are followed, each from a node already bound to a new one.
/// The embedded graph walks it in memory; Neo4j runs it as one statement rendered from cypher/trapi.
/// </summary>
public sealed record QueryPlan(IReadOnlyList<PlanNode> Nodes, IReadOnlyList<PlanEdge> Edges)
{
    /// <summary>Every id asked for, by any node, in plan order.</summary>
    public IReadOnlyList<string> AskedIds => Nodes.SelectMany(n => n.Ids ?? []).Distinct(StringComparer.Ordinal).ToArray();

    public QueryShape Shape => new(Nodes[0].Ids is not null, Edges.Select(e => e.From).ToArray());
}

/// <summary>A query node: its key, the ids asked for (null: any node) and the labels it may have.</summary>
public sealed record PlanNode(string Key, IReadOnlyList<string>? Ids, IReadOnlyList<string> Labels);

/// <summary>A query edge followed from the bound node <see cref="From"/> to the node <see cref="To"/>, by any of its candidates.</summary>
public sealed record PlanEdge(string Key, int From, int To, IReadOnlyList<EdgeCandidate> Candidates);

/// <summary>
/// A stored relationship type that answers a query edge, stored from the edge's <c>From</c> node or towards it, and
/// the qualifier properties it must then have: any one of <see cref="Sets"/>, each a list of properties that must all
/// hold one of their values (null: no condition).
/// </summary>
public sealed record EdgeCandidate(string Type, bool StartsAtFrom, IReadOnlyList<IReadOnlyList<PropertyCondition>>? Sets)
{
    public bool Holds(IReadOnlyDictionary<string, object?> properties) =>
        Sets is null || Sets.Any(set => set.All(c => properties.GetValueOrDefault(c.Property) is string value && c.Values.Contains(value)));
}

public sealed record PropertyCondition(string Property, IReadOnlyList<string> Values);

/// <summary>
/// What the text of a plan's statement depends on: whether the walk starts at asked ids, and for each edge the index
/// of the bound node it starts from (each edge binds the next node). Everything else is a parameter.
/// </summary>
public sealed record QueryShape(bool Anchored, IReadOnlyList<int> EdgeFrom)
{
    public string Name => string.Concat(EdgeFrom.Select(f => $"-{f}").Prepend(Anchored ? "anchored" : "scan"));

    public int NodeCount => EdgeFrom.Count + 1;

    /// <summary>Every shape a plan can have: edges numbered breadth first, so each starts at or after the previous one's start.</summary>
    public static IEnumerable<QueryShape> All(int maxEdges)
    {
        foreach (var anchored in new[] { true, false })
        {
            foreach (var froms in Sequences(maxEdges))
            {
                yield return new QueryShape(anchored, froms);
            }
        }
    }

    private static IEnumerable<int[]> Sequences(int maxEdges)
    {
        var pending = new Queue<int[]>([[]]);
        while (pending.Count > 0)
        {
            var froms = pending.Dequeue();
            yield return froms;
            if (froms.Length == maxEdges)
            {
                continue;
            }

            for (var from = froms.Length == 0 ? 0 : froms[^1]; from <= froms.Length; from++)
            {
                pending.Enqueue([.. froms, from]);
            }
        }
    }
}
