using System.Text.Json.Nodes;
using Apatorsen.Api.Backends.Embedded;

namespace Apatorsen.Api.Hosting;

/// <summary>One request of the start-up warm-up: a GET, or a POST of a JSON body, to a path below the server's address.</summary>
public sealed record WarmUpRequest(string Path, string? JsonBody = null)
{
    public HttpMethod Method => JsonBody is null ? HttpMethod.Get : HttpMethod.Post;

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// The requests that warm the embedded backend up: each main question once, about nodes of the loaded graph, so that
/// routing, binding, the handler, the shaping and the JSON writing of each route have run before the API says it is
/// ready. The nodes are chosen to give full answers cheaply: the best-connected node of a label for the questions
/// about one node; for paths, a pair two hops apart around a node with few relationships, so the search stays small
/// on any graph. A label the graph does not hold leaves its questions out. Left out on purpose: questions whose
/// first answer costs a pass over every relationship rather than compiling (/api/publications/{id},
/// /trapi/meta_knowledge_graph, seconds at a million relationships), which would delay readiness for little.
/// </summary>
public static class WarmUpRequests
{
    // Paths of the pair below are two hops long; a third hop would search the neighbourhoods of hubs.
    private const int PathHops = 2;

    public static IReadOnlyList<WarmUpRequest> For(EmbeddedGraph graph)
    {
        var anchor = BestConnected(graph, LabelNames.Drug) ?? graph.NodeList.MaxBy(Degree);
        if (anchor is null)
        {
            return [];
        }

        var id = Escape(anchor.Id);
        var requests = new List<WarmUpRequest>
        {
            new($"/api/search?q={Escape(SearchText(anchor))}"),
            new($"/api/entities/{id}"),
            new($"/api/entities/{id}/relationships"),
            new($"/api/relationships?subject={id}"),
            new("/api/meta"),
            new("/trapi/query", OneHop(anchor.Id)),
        };

        if (PathPair(graph) is var (from, to))
        {
            requests.Add(new($"/api/paths?from={Escape(from.Id)}&to={Escape(to.Id)}&maxHops={PathHops}"));
        }

        if (anchor.Label == LabelNames.Drug)
        {
            requests.Add(new($"/api/drugs/{id}/mechanism"));
            requests.Add(new($"/api/drugs/{id}/trials"));
            requests.Add(new($"/api/drugs/{id}/adverse-events"));
        }

        if (BestConnected(graph, LabelNames.ClinicalTrial) is { } trial)
        {
            requests.Add(new($"/api/trials/{Escape(trial.Id)}"));
        }

        if (BestConnected(graph, LabelNames.Indication) is { } indication)
        {
            requests.Add(new($"/api/indications/{Escape(indication.Id)}/trials"));
        }

        return requests;
    }

    private static int Degree(EmbeddedNode node) => node.Outgoing.Count + node.Incoming.Count;

    private static IEnumerable<EmbeddedNode> Neighbours(EmbeddedNode node) =>
        node.Outgoing.Select(r => r.End).Concat(node.Incoming.Select(r => r.Start));

    private static EmbeddedNode? BestConnected(EmbeddedGraph graph, string label) =>
        graph.NodeList.Where(n => n.Label == label).MaxBy(Degree);

    // Two hops from the least connected node that has a relationship (one hop when its neighbour has no other), so
    // that the search reads the relationships of two nodes and few more.
    private static (EmbeddedNode From, EmbeddedNode To)? PathPair(EmbeddedGraph graph)
    {
        var to = graph.NodeList.Where(n => Degree(n) > 0).MinBy(Degree);
        if (to is null || Neighbours(to).FirstOrDefault(n => !ReferenceEquals(n, to)) is not { } middle)
        {
            return null;
        }

        var from = Neighbours(middle).FirstOrDefault(n => !ReferenceEquals(n, to) && !ReferenceEquals(n, middle));
        return (from ?? middle, to);
    }

    // The node's name when search can take it (1 to 200 characters with a letter or digit), else its id.
    private static string SearchText(EmbeddedNode node) =>
        node.Name.Length is > 0 and <= 200 && node.Name.Any(char.IsLetterOrDigit) ? node.Name : node.Id;

    private static string OneHop(string subjectId) => new JsonObject
    {
        ["bypass_cache"] = true,
        ["message"] = new JsonObject
        {
            ["query_graph"] = new JsonObject
            {
                ["nodes"] = new JsonObject { ["s"] = new JsonObject { ["ids"] = new JsonArray(subjectId) }, ["o"] = new JsonObject() },
                ["edges"] = new JsonObject { ["e"] = new JsonObject { ["subject"] = "s", ["object"] = "o", ["predicates"] = new JsonArray("biolink:related_to") } },
            },
        },
    }.ToJsonString();

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
