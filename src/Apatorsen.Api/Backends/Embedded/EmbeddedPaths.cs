using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// Paths between two nodes, ignoring direction and without repeated nodes, shortest first. A breadth-first pass
/// from one end (the one with fewer relationships) gives the distance to it of every node within one hop less than the most asked for, and for each
/// its relationships one step nearer; the depth-first enumeration from the other end then only steps to nodes from which
/// the target is still reachable within the hops left, so it never explores dead ends, and where the hops left are
/// exactly the distance it follows only the nearer relationships instead of reading every one. Every relationship read
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

        // Paths are the same read from either end: the pass starts at the end with fewer relationships, where the
        // neighbourhood it covers is usually smallest, and the paths walked from the other end are turned round.
        var turned = Degree(to) > Degree(from);
        var (start, target) = turned ? (to, from) : (from, to);

        // The walk only steps to nodes the target is at most maxHops - 1 away from; only the start may be maxHops away.
        // So the pass stops a level short, which on a dense graph is most of its work, and the start is placed by its
        // own relationships.
        var map = DistancesTo(target, maxHops - 1, budget);
        if (!map.Place(start, budget))
        {
            return [];
        }

        var found = new List<FoundPath>();
        for (var length = map.Distance[start]; length <= maxHops && found.Count < limit; length++)
        {
            var ofLength = new List<FoundPath>();
            var nodes = new List<EmbeddedNode> { start };
            var relationships = new List<EmbeddedRelationship>();
            Walk(start, length);
            found.AddRange(GraphOrdering.Order(ofLength));

            void Walk(EmbeddedNode node, int left)
            {
                if (left == 0)
                {
                    if (ReferenceEquals(node, target))
                    {
                        budget.Hold(found.Count + ofLength.Count + 1);
                        ofLength.Add(Path(nodes, relationships, turned));
                    }

                    return;
                }

                // With exactly the distance left, every next step must be one nearer: no other can arrive in time.
                var steps = map.Distance[node] == left ? map.Nearer[node] : Relationships(node);
                foreach (var relationship in steps)
                {
                    budget.Visit();
                    var next = relationship.Other(node);
                    if (!map.Distance.TryGetValue(next, out var d) || d > left - 1 || nodes.Contains(next)
                        || (ReferenceEquals(next, target) && left != 1))
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

    private static IEnumerable<EmbeddedRelationship> Relationships(EmbeddedNode node) => node.Outgoing.Concat(node.Incoming);

    private static int Degree(EmbeddedNode node) => node.Outgoing.Count + node.Incoming.Count;

    private static FoundPath Path(List<EmbeddedNode> nodes, List<EmbeddedRelationship> relationships, bool turned)
    {
        var stored = nodes.Select(n => n.Stored).ToArray();
        var steps = relationships.Select(r => r.Stored).ToArray();
        if (turned)
        {
            Array.Reverse(stored);
            Array.Reverse(steps);
        }

        return new FoundPath(stored, steps);
    }

    /// <summary>Distances to the target and, per node, its relationships to nodes one step nearer.</summary>
    private sealed class DistanceMap
    {
        public Dictionary<EmbeddedNode, int> Distance { get; } = [];

        public Dictionary<EmbeddedNode, List<EmbeddedRelationship>> Nearer { get; } = [];

        public void Reach(EmbeddedNode node, EmbeddedRelationship by)
        {
            if (!Nearer.TryGetValue(node, out var nearer))
            {
                Nearer[node] = nearer = [];
            }

            nearer.Add(by);
        }

        /// <summary>Gives the start its distance, one more than its nearest neighbour's, if it has one within the pass.</summary>
        public bool Place(EmbeddedNode start, QueryBudget budget)
        {
            if (Distance.ContainsKey(start))
            {
                return true;
            }

            var nearest = int.MaxValue;
            foreach (var relationship in Relationships(start))
            {
                budget.Visit();
                if (Distance.TryGetValue(relationship.Other(start), out var d) && d < nearest)
                {
                    nearest = d;
                }
            }

            if (nearest == int.MaxValue)
            {
                return false;
            }

            Distance[start] = nearest + 1;
            Nearer[start] = Relationships(start).Where(r => Distance.TryGetValue(r.Other(start), out var d) && d == nearest).ToList();
            return true;
        }
    }

    private static DistanceMap DistancesTo(EmbeddedNode target, int maxHops, QueryBudget budget)
    {
        var map = new DistanceMap();
        map.Distance[target] = 0;
        map.Nearer[target] = [];
        var frontier = new List<EmbeddedNode> { target };
        for (var d = 1; d <= maxHops && frontier.Count > 0; d++)
        {
            var next = new List<EmbeddedNode>();
            foreach (var node in frontier)
            {
                foreach (var relationship in Relationships(node))
                {
                    budget.Visit();
                    var other = relationship.Other(node);
                    if (map.Distance.TryAdd(other, d))
                    {
                        next.Add(other);
                    }

                    if (map.Distance[other] == d)
                    {
                        map.Reach(other, relationship);
                    }
                }
            }

            frontier = next;
        }

        return map;
    }
}
