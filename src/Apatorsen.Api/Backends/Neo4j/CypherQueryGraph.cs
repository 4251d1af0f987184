using System.Collections.Concurrent;
using System.Text;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Planning;
using Apatorsen.Graph.Cypher;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// The translator from a <see cref="QueryPlan"/> to one Cypher statement: the text follows from the plan's
/// <see cref="QueryShape"/> alone and is assembled from the fragments of cypher/trapi/fragments; the plan's ids,
/// labels, relationship types and qualifier properties (all from the schema, none from the request's text) and the
/// page are parameters. cypher/trapi/shapes holds every statement it can produce, linted like all Cypher.
/// </summary>
public static class CypherQueryGraph
{
    private const string Fragments = "trapi/fragments/";
    private static readonly ConcurrentDictionary<QueryShape, string> Statements = new(ShapeComparer.Instance);

    /// <summary>The path of the shape's statement below cypher/, without the extension.</summary>
    public static string Name(QueryShape shape) => $"trapi/shapes/{shape.Name}";

    public static string Statement(QueryShape shape) => Statements.GetOrAdd(shape, Render);

    /// <summary>Every statement the translator can produce, by its path below the repository root.</summary>
    public static IReadOnlyDictionary<string, string> Corpus() =>
        QueryShape.All(TrapiLimits.MaxEdges).ToDictionary(s => $"cypher/{Name(s)}.cypher", Statement, StringComparer.Ordinal);

    public static Dictionary<string, object?> Parameters(QueryPlan plan, PageRequest page, int maxBindings)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ids"] = plan.AskedIds,
            ["offset"] = page.Offset,
            ["limit"] = page.Limit,
            ["maxBindings"] = maxBindings,
        };
        for (var i = 0; i < plan.Nodes.Count; i++)
        {
            parameters[$"n{i}Labels"] = plan.Nodes[i].Labels;
            if (i > 0 || plan.Shape.Anchored)
            {
                parameters[$"n{i}Ids"] = plan.Nodes[i].Ids;
            }
        }

        for (var i = 0; i < plan.Edges.Count; i++)
        {
            parameters[$"e{i}"] = plan.Edges[i].Candidates.Select(c => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = c.Type,
                ["startsAtFrom"] = c.StartsAtFrom,
                ["sets"] = c.Sets?.Select(set => set.Select(q => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["property"] = q.Property,
                    ["values"] = q.Values,
                }).ToArray()).ToArray(),
            }).ToArray();
        }

        return parameters;
    }

    private static string Render(QueryShape shape)
    {
        var nodes = Enumerable.Range(0, shape.NodeCount).Select(i => $"n{i}").ToArray();
        var edges = Enumerable.Range(0, shape.EdgeFrom.Count).Select(i => $"e{i}").ToArray();
        var declared = new StringBuilder();
        for (var i = 0; i < shape.NodeCount; i++)
        {
            if (i > 0 || shape.Anchored)
            {
                declared.Append($"// @param $n{i}Ids List         the ids asked for query node n{i}, or null for any\n");
            }

            declared.Append($"// @param $n{i}Labels List      the labels query node n{i} may have\n");
        }

        foreach (var edge in edges)
        {
            declared.Append($"// @param ${edge} List            query edge {edge}'s candidates: {{type, startsAtFrom, sets: null or [[{{property, values}}]]}}\n");
        }

        var text = new StringBuilder()
            .Append(Fragment("header").Replace("@shape@", shape.Name, StringComparison.Ordinal).Replace("@params@", declared.ToString(), StringComparison.Ordinal))
            .Append(Fragment("resolve-ids"))
            .Append(Fragment(shape.Anchored ? "start-anchored" : "start-scan"));
        for (var i = 0; i < edges.Length; i++)
        {
            text.Append(Fragment("edge")
                .Replace("@edge@", edges[i], StringComparison.Ordinal)
                .Replace("@from@", nodes[shape.EdgeFrom[i]], StringComparison.Ordinal)
                .Replace("@to@", nodes[i + 1], StringComparison.Ordinal));
        }

        text.Append(Fragment("results")
            .Replace("@nodes@", string.Join(", ", nodes), StringComparison.Ordinal)
            .Replace("@bindings@", string.Concat(edges.Select((e, i) => $", collect(DISTINCT {e}) AS b{i}")), StringComparison.Ordinal)
            .Replace("@order@", string.Join(", ", nodes.Select(n => $"{n}.id")), StringComparison.Ordinal)
            .Replace("@edges@", string.Join(", ", edges.Select((_, i) => $"b{i}")), StringComparison.Ordinal));
        return text.ToString();
    }

    private static string Fragment(string name) => CypherCatalog.GetTemplateAt(Fragments + name);

    // Shapes are records holding a list: compare them by their contents.
    private sealed class ShapeComparer : IEqualityComparer<QueryShape>
    {
        public static readonly ShapeComparer Instance = new();

        public bool Equals(QueryShape? x, QueryShape? y) => x is not null && y is not null && x.Name == y.Name;

        public int GetHashCode(QueryShape obj) => StringComparer.Ordinal.GetHashCode(obj.Name);
    }
}
