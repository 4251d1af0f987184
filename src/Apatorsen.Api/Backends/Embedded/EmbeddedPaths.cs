using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// Paths between two nodes, ignoring direction and without repeated nodes, shortest first. A breadth-first pass
/// from the target gives every node's distance to it; the depth-first enumeration then only steps to nodes from
/// which the target is still reachable within the hops left, so it never explores dead ends. Every relationship read
/// and every path kept is counted against the request's <see cref="QueryBudget"/>.
/// </summary>
internal static class EmbeddedPaths
{
    public static IReadOnlyList<FoundPath> Find(EmbeddedNode from, EmbeddedNode to, int maxHops, int limit, QueryBudget budget)
    {
        if (ReferenceEquals(from, to))
        {
            return [];
        }

        var distance = DistancesTo(to, maxHops, budget);
        if (!distance.TryGetValue(from, out var shortest))
        {
            return [];
        }

        var found = new List<FoundPath>();
        for (var length = shortest; length <= maxHops && found.Count < limit; length++)
        {
            var ofLength = new List<FoundPath>();
            var nodes = new List<EmbeddedNode> { from };
            var relationships = new List<EmbeddedRelationship>();
            Walk(from, length);
            found.AddRange(GraphOrdering.Order(ofLength));

            void Walk(EmbeddedNode node, int left)
            {
                if (left == 0)
                {
                    if (ReferenceEquals(node, to))
                    {
                        budget.Hold(found.Count + ofLength.Count + 1);
                        ofLength.Add(new FoundPath(nodes.Select(n => n.Stored).ToArray(), relationships.Select(r => r.Stored).ToArray()));
                    }

                    return;
                }

                foreach (var relationship in node.Outgoing.Concat(node.Incoming))
                {
                    budget.Visit();
                    var next = relationship.Other(node);
                    if (!distance.TryGetValue(next, out var d) || d > left - 1 || nodes.Contains(next)
                        || (ReferenceEquals(next, to) && left != 1))
                    {
                        continue;
                    }

                    nodes.Add(next);
                    relationships.Add(relationship);
                    Walk(next, left - 1);
                    nodes.RemoveAt(nodes.Count - 1);
                    relationships.RemoveAt(relationships.Count - 1);
                }
            }
        }

        return found.Take(limit).ToArray();
    }

    private static Dictionary<EmbeddedNode, int> DistancesTo(EmbeddedNode target, int maxHops, QueryBudget budget)
    {
        var distance = new Dictionary<EmbeddedNode, int> { [target] = 0 };
        var frontier = new List<EmbeddedNode> { target };
        for (var d = 1; d <= maxHops && frontier.Count > 0; d++)
        {
            var next = new List<EmbeddedNode>();
            foreach (var node in frontier)
            {
                foreach (var relationship in node.Outgoing.Concat(node.Incoming))
                {
                    budget.Visit();
                    var other = relationship.Other(node);
                    if (distance.TryAdd(other, d))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return distance;
    }
}
