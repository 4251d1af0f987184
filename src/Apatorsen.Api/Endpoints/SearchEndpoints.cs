using Apatorsen.Api.Contracts;
using Apatorsen.Api.Backends;
using Apatorsen.Api.Shaping;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search").WithGraphProblems(notFound: false)
            .MapGet("", SearchAsync)
            .WithName("Search")
            .WithSummary("Find nodes by name, synonym or id")
            .WithDescription("Case-insensitive search over every node's id, name and synonyms. Exact matches come first, then prefix matches, then matches inside the text; each hit echoes the canonical id and says what matched. A bare NCT number or the local part of an id (P04792) also matches.");
        return app;
    }

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var text = errors.Search("q", request.Q);
        var onlyLabel = errors.Label("label", request.Label);
        var max = errors.Limit(request.Limit);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var search = new SearchText(text);
        var candidates = await graph.SearchCandidatesAsync(search, onlyLabel, cancellationToken);
        return TypedResults.Ok(new SearchResponse(SearchRanker.Rank(candidates, search, max)));
    }
}
