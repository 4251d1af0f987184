using System.ComponentModel;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class PublicationEndpoints
{
    public static IEndpointRouteBuilder MapPublications(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/publications").WithTags("Publications").WithGraphProblems()
            .MapGet("/{id}", GetAsync)
            .WithName("GetPublication")
            .WithSummary("A publication and the relationships it supports")
            .WithDescription("The publication's properties and every relationship whose sources list it (paged with limit and offset; total counts them all).");
        return app;
    }

    public static async Task<Results<Ok<PublicationResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("The publication's CURIE, e.g. apatorsen:ref-12.")] string id,
        [Description("At most this many supported relationships (1-500, default 50).")] int? limit,
        [Description("How many supported relationships to skip (default 0).")] int? offset,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var canonical = errors.Id("id", id);
        var pageSize = errors.Limit(limit);
        var skip = errors.Offset(offset);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var (_, problem) = await Anchors.FindAsync(graph, canonical, "Publication", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await graph.GetPublicationAsync(canonical, pageSize, skip, cancellationToken));
    }
}
