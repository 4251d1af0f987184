using Apatorsen.Api.Backends;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Planning;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// What the plan shows about a query's <see cref="QueryBudget"/> before any walk, and what to tell a client whose query
/// went over it. The one certain bound known up front: a walk that starts by scanning labels holds a binding per node
/// with them, so when the graph has more such nodes than the budget's bindings, the query cannot fit.
/// </summary>
public static class QueryBudgetCheck
{
    /// <summary>Why the plan cannot fit the budget, naming what to constrain; null when it may.</summary>
    public static async Task<string?> TooLargeAsync(QueryPlan plan, IKnowledgeGraph graph, QueryBudgetOptions budget, CancellationToken cancellationToken)
    {
        var start = plan.Nodes[0];
        if (start.Ids is not null)
        {
            return null;
        }

        var counts = (await graph.GetMetaAsync(cancellationToken)).LabelCounts;
        var starts = counts.Where(c => start.Labels.Contains(c.Key)).Sum(c => (long)c.Value);
        return starts <= budget.MaxBindings
            ? null
            : $"No query node has ids, so the walk would start at all {starts} nodes the categories of '{start.Key}' allow, more than the {budget.MaxBindings} bindings a query may hold (QueryBudget:MaxBindings): give a query node ids, or '{start.Key}' narrower categories.";
    }

    /// <summary>A sentence naming the query nodes without ids and the query edges without predicates.</summary>
    public static string Advice(QueryGraph graph)
    {
        var open = graph.Nodes.Where(n => n.Ids is null).Select(n => $"'{n.Key}'").ToArray();
        var loose = graph.Edges.Where(e => e.Predicates is null || e.Predicates.Contains(QueryPlanner.RelatedTo)).Select(e => $"'{e.Key}'").ToArray();
        var advice = "Constrain it: give ids or narrower categories to " + (open.Length == 0 ? "its query nodes" : $"query node{(open.Length == 1 ? "" : "s")} {string.Join(", ", open)}");
        return loose.Length == 0 ? advice + "." : $"{advice}, or narrower predicates than related_to to edge{(loose.Length == 1 ? "" : "s")} {string.Join(", ", loose)}.";
    }
}
