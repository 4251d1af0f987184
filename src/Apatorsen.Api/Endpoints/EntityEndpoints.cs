using Apatorsen.Api.Backends;
using Apatorsen.Api.Contracts;
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

    public static Task<Results<Ok<EntityResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [AsParameters] EntityRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        return Answers.AskAsync(errors, () => graph.GetEntityAsync(id, cancellationToken));
    }

    public static Task<Results<Ok<Page<RelationshipItem>>, ValidationProblem, ProblemHttpResult>> RelationshipsAsync(
        [AsParameters] RelationshipsRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var filter = new RelationshipFilter(errors.Type("type", request.Type), errors.Direction("direction", request.Direction), errors.Label("label", request.Label));
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, () => graph.GetRelationshipsAsync(id, filter, page, cancellationToken));
    }
}
