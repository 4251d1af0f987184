using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Mapping;
using Apatorsen.Api.Trapi.Matching;
using Apatorsen.Api.Trapi.Model;
using Apatorsen.Api.Trapi.Planning;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// Builds the TRAPI Response: the query graph as sent, the knowledge graph of the page's nodes and edges, one Result
/// per match with its node bindings (query_id where an id was resolved to another node) and one Analysis of this
/// graph with the edge bindings; status, a description that says when the results were cut short, and the logs at or
/// above the query's log_level.
/// </summary>
public sealed class TrapiResponses(TrapiQuery query, TimeProvider time, TrapiMapping mapping)
{
    private static readonly string[] Levels = ["ERROR", "WARNING", "INFO", "DEBUG"];
    private readonly List<LogEntry> _logs = [];

    public void Log(string level, string? code, string message) =>
        _logs.Add(new LogEntry(time.GetUtcNow(), level, code, message));

    public void Log(IEnumerable<PlanNote> notes)
    {
        foreach (var note in notes)
        {
            Log(note.Level, note.Code, note.Message);
        }
    }

    /// <summary>A response with no results: the status and the logs say why.</summary>
    public TrapiResponse Empty(string status, string description) =>
        Response(status, description, new KnowledgeGraph(new Dictionary<string, TrapiNode>(), new Dictionary<string, TrapiEdge>()), []);

    public TrapiResponse Answer(QueryPlan plan, QueryGraphMatches matches)
    {
        LogIds(plan, matches);
        var nodes = new Dictionary<string, TrapiNode>(StringComparer.Ordinal);
        var edges = new Dictionary<string, TrapiEdge>(StringComparer.Ordinal);
        var results = new List<TrapiResult>();
        foreach (var row in matches.Rows)
        {
            var nodeBindings = new Dictionary<string, IReadOnlyList<NodeBinding>>(StringComparer.Ordinal);
            for (var i = 0; i < plan.Nodes.Count; i++)
            {
                var node = row.Nodes[i];
                nodes.TryAdd(node.Id, mapping.Node(node));
                nodeBindings[plan.Nodes[i].Key] = [new NodeBinding(node.Id, [], QueryId(plan.Nodes[i], node, matches.Resolved))];
            }

            var edgeBindings = new Dictionary<string, IReadOnlyList<EdgeBinding>>(StringComparer.Ordinal);
            for (var i = 0; i < plan.Edges.Count; i++)
            {
                var bound = new List<EdgeBinding>();
                foreach (var relationship in row.Edges[i])
                {
                    var (id, edge) = mapping.Edge(relationship);
                    edges.TryAdd(id, edge);
                    bound.Add(new EdgeBinding(id, []));
                }

                edgeBindings[plan.Edges[i].Key] = bound.OrderBy(b => b.Id, StringComparer.Ordinal).ToArray();
            }

            results.Add(new TrapiResult(nodeBindings, [new Analysis(TrapiLimits.Infores, edgeBindings)]));
        }

        var description = Describe(matches.Total, results.Count);
        return Response("Success", description, new KnowledgeGraph(nodes, edges), results);
    }

    private string Describe(int total, int returned)
    {
        if (returned == total)
        {
            return $"Success. {total} result{(total == 1 ? "" : "s")}.";
        }

        var first = query.Offset + 1;
        var last = query.Offset + returned;
        var page = returned == 0
            ? $"Success. No results from offset {query.Offset}: there are {total}."
            : $"Success. Results {first} to {last} of {total} (offset {query.Offset}, limit {query.Limit}).";
        if (last < total)
        {
            Log("WARNING", "ResultsTruncated", $"Returned {returned} of {total} results; ask again with offset {last} for the next ones (limit at most {TrapiLimits.MaxResults}).");
            page += $" Ask with offset {last} for more.";
        }

        return page;
    }

    private void LogIds(QueryPlan plan, QueryGraphMatches matches)
    {
        foreach (var node in plan.Nodes.Where(n => n.Ids is not null))
        {
            foreach (var id in node.Ids!)
            {
                switch (matches.Resolved.GetValueOrDefault(id))
                {
                    case null:
                        Log("INFO", null, $"No node of this graph has the id '{id}' (query node '{node.Key}'), as its id, a former id or a cross-reference.");
                        break;
                    case var canonical when canonical != id:
                        Log("INFO", null, $"'{id}' (query node '{node.Key}') names '{canonical}' in this graph; its bindings give '{id}' as query_id.");
                        break;
                }
            }
        }
    }

    // TRAPI: query_id only where the bound node is not itself one of the ids asked.
    private static string? QueryId(PlanNode planNode, StoredNode node, IReadOnlyDictionary<string, string?> resolved) =>
        planNode.Ids is null || planNode.Ids.Contains(node.Id)
            ? null
            : planNode.Ids.FirstOrDefault(id => resolved.GetValueOrDefault(id) == node.Id);

    private TrapiResponse Response(string status, string description, KnowledgeGraph graph, IReadOnlyList<TrapiResult> results)
    {
        var threshold = Array.IndexOf(Levels, query.LogLevel);
        return new TrapiResponse(
            new TrapiMessage(query.QueryGraphJson, graph, results),
            status,
            description,
            _logs.Where(l => Array.IndexOf(Levels, l.Level) <= threshold).ToArray(),
            [new WorkflowOperation("lookup")],
            TrapiLimits.SchemaVersion,
            TrapiLimits.BiolinkVersion);
    }
}
