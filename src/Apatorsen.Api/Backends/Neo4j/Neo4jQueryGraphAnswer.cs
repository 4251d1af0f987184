using Apatorsen.Api.Problems;
using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Matching;
using Apatorsen.Api.Trapi.Planning;
using Apatorsen.Neo4j;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Reads the answer of a <see cref="CypherQueryGraph"/> statement: <c>resolved</c> (each asked id with the id of the
/// node it names), <c>total</c> and <c>results</c> (the page, each <c>{nodes, edges}</c> with typed nodes in plan order
/// and, per query edge, the typed relationships that answer it); <c>cut</c> when more matches than the budget's
/// bindings were found, which throws <see cref="QueryBudgetExceededException"/>.
/// </summary>
internal static class Neo4jQueryGraphAnswer
{
    public static QueryGraphMatches Read(Neo4jAnswers answers, QueryResult result, QueryPlan plan, int maxBindings)
    {
        var row = answers.Single(result);
        if (answers.Field(row, "cut") is true)
        {
            throw new QueryBudgetExceededException(QueryBudgetExceededException.Bindings, $"it matched more than {maxBindings} combinations (QueryBudget:MaxBindings)");
        }
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in answers.List(row, "resolved"))
        {
            var map = answers.Map(item, "a resolved id");
            resolved[answers.Key(map, "asked", "a resolved id") as string ?? throw answers.Protocol("returned a resolved id without the id asked")] =
                answers.Key(map, "id", "a resolved id") as string;
        }

        var rows = answers.List(row, "results").Select(value =>
        {
            var map = answers.Map(value, "a result");
            var nodes = answers.AsList(answers.Key(map, "nodes", "a result"), "a result's nodes");
            var stored = nodes.Select(answers.Stored).ToArray();
            if (stored.Length != plan.Nodes.Count)
            {
                throw answers.Protocol($"returned a result of {stored.Length} nodes for a query graph of {plan.Nodes.Count}");
            }

            var idByElement = nodes.OfType<Neo4jNode>().Select((n, i) => (n.ElementId, stored[i].Id))
                .DistinctBy(n => n.ElementId).ToDictionary(n => n.ElementId, n => n.Id, StringComparer.Ordinal);
            var edges = answers.AsList(answers.Key(map, "edges", "a result"), "a result's edges")
                .Select(e => (IReadOnlyList<StoredRelationship>)answers.AsList(e, "a query edge's relationships").Select(r => answers.Stored(r, idByElement)).ToArray())
                .ToArray();
            return new MatchRow(stored, edges);
        }).ToArray();
        return new QueryGraphMatches(resolved, Convert.ToInt32(answers.Field(row, "total"), System.Globalization.CultureInfo.InvariantCulture), rows);
    }
}
