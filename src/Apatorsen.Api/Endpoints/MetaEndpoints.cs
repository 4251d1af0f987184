using Apatorsen.Api.Contracts;
using Apatorsen.Api.Backends;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class MetaEndpoints
{
    public static IEndpointRouteBuilder MapMeta(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/meta").WithTags("Meta").WithGraphProblems(notFound: false)
            .MapGet("", GetAsync)
            .WithName("GetMeta")
            .WithSummary("What the graph holds and which version answered")
            .WithDescription("Labels and relationship types with their counts and Biolink mappings, every (start, type, end) pattern the schema allows with its count, the backend, and the version (content hash) of the dataset loaded.");
        return app;
    }

    public static async Task<Ok<MetaResponse>> GetAsync(IKnowledgeGraph graph, CancellationToken cancellationToken) =>
        TypedResults.Ok(await graph.GetMetaAsync(cancellationToken));
}
