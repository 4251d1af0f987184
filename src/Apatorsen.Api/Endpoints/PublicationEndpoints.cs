using Apatorsen.Api.Backends;
using Apatorsen.Api.Contracts;
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

    public static Task<Results<Ok<PublicationResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [AsParameters] PublicationRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, () => graph.GetPublicationAsync(id, page, cancellationToken));
    }
}
