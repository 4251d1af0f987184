using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

/// <summary>Looks up the node a request is about: 404 when no node has the id, or when it has another label.</summary>
internal static class Anchors
{
    public static async Task<(NodeRef? Node, ProblemHttpResult? Problem)> FindAsync(
        IKnowledgeGraph graph, string id, string? label, CancellationToken cancellationToken)
    {
        var found = await graph.ResolveAsync([id], cancellationToken);
        if (!found.TryGetValue(id, out var node))
        {
            return (null, ApiProblems.NotFound(id));
        }

        return label is not null && !node.Labels.Contains(label) ? (null, ApiProblems.WrongLabel(node, label)) : (node, null);
    }
}
