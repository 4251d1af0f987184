using System.ComponentModel;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class EntityEndpoints
{
    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities").WithGraphProblems();
        group.MapGet("/{id}", GetAsync)
            .WithName("GetEntity")
            .WithSummary("One node with its properties")
            .WithDescription("The node's labels, name, domain properties and how many relationships of each type leave (out) or reach (in) it.");
        group.MapGet("/{id}/relationships", RelationshipsAsync)
            .WithName("GetEntityRelationships")
            .WithSummary("The relationships of one node")
            .WithDescription("Every relationship of the node, optionally of one type, one direction and to nodes of one label; each with its properties, its sources (Publication ids) and the node at the other end. Ordered by type, direction and the other node's id.");
        return app;
    }

    public static async Task<Results<Ok<EntityResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("The node's CURIE, e.g. UniProtKB:P04792; a bare NCT number names its trial.")] string id,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var canonical = errors.Id("id", id);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var (_, problem) = await Anchors.FindAsync(graph, canonical, null, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await graph.GetEntityAsync(canonical, cancellationToken));
    }

    public static async Task<Results<Ok<Page<RelationshipItem>>, ValidationProblem, ProblemHttpResult>> RelationshipsAsync(
        [Description("The node's CURIE, e.g. apatorsen:apatorsen.")] string id,
        [Description("Only relationships of this type, e.g. TARGETS.")] string? type,
        [Description("out (from the node), in (to the node) or both (the default).")] string? direction,
        [Description("Only relationships whose other node has this label, e.g. Protein.")] string? label,
        [Description("Page size (1-500, default 50).")] int? limit,
        [Description("How many items to skip (default 0).")] int? offset,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var canonical = errors.Id("id", id);
        var onlyType = errors.Type("type", type);
        var onlyLabel = errors.Label("label", label);
        var dir = ParseDirection(errors, direction);
        var pageSize = errors.Limit(limit);
        var skip = errors.Offset(offset);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var (_, problem) = await Anchors.FindAsync(graph, canonical, null, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await graph.GetRelationshipsAsync(canonical, new RelationshipFilter(onlyType, dir, onlyLabel, pageSize, skip), cancellationToken));
    }

    private static RelationshipDirection ParseDirection(InputErrors errors, string? direction)
    {
        switch (direction?.Trim().ToLowerInvariant())
        {
            case null or "" or "both":
                return RelationshipDirection.Both;
            case "out":
                return RelationshipDirection.Out;
            case "in":
                return RelationshipDirection.In;
            default:
                errors.Add("direction", $"'direction' must be out, in or both; it was '{direction}'.");
                return RelationshipDirection.Both;
        }
    }
}
