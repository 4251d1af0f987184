using System.Collections.Frozen;
using Apatorsen.Api.Trapi.Matching;
using Apatorsen.Api.Trapi.Planning;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// Walks a <see cref="QueryPlan"/> over the embedded graph: from the start nodes, each edge extends every partial
/// result by the distinct nodes it reaches; results are ordered by their node ids, then paged, and only the page's
/// relationships are collected. Every relationship read and every partial result held is counted against the
/// request's <see cref="QueryBudget"/>, which stops the walk when it is spent or the client has gone.
/// </summary>
public sealed class EmbeddedQueryGraph(EmbeddedGraph graph)
{
    private readonly FrozenDictionary<string, EmbeddedNode[]> _byLabel = graph.NodeList
        .GroupBy(n => n.Label, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public QueryGraphMatches Match(QueryPlan plan, PageRequest page, QueryBudget budget)
    {
        var resolved = plan.AskedIds.ToDictionary(id => id, Resolve, StringComparer.Ordinal);
        var allowed = plan.Nodes.Select(n => n.Ids?.Select(id => resolved[id]).OfType<string>().ToHashSet(StringComparer.Ordinal)).ToArray();
        var labels = plan.Nodes.Select(n => n.Labels.ToHashSet(StringComparer.Ordinal)).ToArray();
        bool Fits(int index, EmbeddedNode node) => labels[index].Contains(node.Label) && (allowed[index] is null || allowed[index]!.Contains(node.Id));

        IEnumerable<EmbeddedNode> starts = allowed[0] is { } ids
            ? ids.Select(id => graph.Nodes[id])
            : plan.Nodes[0].Labels.SelectMany(l => _byLabel.GetValueOrDefault(l) ?? []);
        var rows = starts.Where(n => Fits(0, n)).Select(n => new[] { n }).ToList();
        budget.Hold(rows.Count);
        foreach (var edge in plan.Edges)
        {
            budget.Check();
            var next = new List<EmbeddedNode[]>();
            foreach (var row in rows)
            {
                var from = row[edge.From];
                foreach (var other in Answering(edge, from, budget).Select(r => r.Other(from)).Distinct())
                {
                    if (Fits(edge.To, other))
                    {
                        next.Add([.. row, other]);
                        budget.Hold(next.Count);
                    }
                }
            }

            rows = next;
        }

        rows.Sort(CompareIds);
        var pageRows = rows.Skip(page.Offset).Take(page.Limit)
            .Select(row => new MatchRow(
                row.Select(n => n.Stored).ToArray(),
                plan.Edges.Select(e => (IReadOnlyList<Shaping.StoredRelationship>)Answering(e, row[e.From], budget).Where(r => r.Other(row[e.From]) == row[e.To]).Select(r => r.Stored).ToArray()).ToArray()))
            .ToArray();
        return new QueryGraphMatches(resolved, rows.Count, pageRows);
    }

    private string? Resolve(string id) => graph.Nodes.ContainsKey(id) ? id : graph.Aliases.GetValueOrDefault(id);

    // Only the directions some candidate is stored in are read: a protein's thousand incoming drug relationships
    // are not looked at when the edge leaves it.
    private static IEnumerable<EmbeddedRelationship> Answering(PlanEdge edge, EmbeddedNode from, QueryBudget budget)
    {
        if (edge.Candidates.Any(c => c.StartsAtFrom))
        {
            foreach (var relationship in from.Outgoing)
            {
                budget.Visit();
                if (Answers(edge, relationship, startsAtFrom: true))
                {
                    yield return relationship;
                }
            }
        }

        if (edge.Candidates.Any(c => !c.StartsAtFrom))
        {
            foreach (var relationship in from.Incoming)
            {
                budget.Visit();
                if (Answers(edge, relationship, startsAtFrom: false))
                {
                    yield return relationship;
                }
            }
        }
    }

    private static bool Answers(PlanEdge edge, EmbeddedRelationship relationship, bool startsAtFrom)
    {
        foreach (var candidate in edge.Candidates)
        {
            if (candidate.StartsAtFrom == startsAtFrom && candidate.Type == relationship.Type && candidate.Holds(relationship.Stored.Properties))
            {
                return true;
            }
        }

        return false;
    }

    private static int CompareIds(EmbeddedNode[] a, EmbeddedNode[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var order = string.CompareOrdinal(a[i].Id, b[i].Id);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
