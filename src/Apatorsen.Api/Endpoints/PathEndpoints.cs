using Apatorsen.Api.Backends;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class PathEndpoints
{
    public const int MaxHops = 6;
    public const int DefaultHops = 4;
    public const int MaxPaths = 10;

    public static IEndpointRouteBuilder MapPaths(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/paths").WithTags("Paths").WithGraphProblems()
            .MapGet("", FindAsync)
            .WithName("FindPaths")
            .WithSummary("How two nodes are connected")
            .WithDescription($"Up to {MaxPaths} paths between two nodes, following relationships in either direction without visiting a node twice, shortest first. Each relationship names its own start and end, so its direction can be read off, and carries its sources.");
        return app;
    }

    public static Task<Results<Ok<PathsResponse>, ValidationProblem, ProblemHttpResult>> FindAsync(
        [AsParameters] PathsRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var from = errors.Id("from", request.From);
        var to = errors.Id("to", request.To);
        var hops = errors.Range("maxHops", request.MaxHops, DefaultHops, 1, MaxHops);
        if (!errors.Any && from == to)
        {
            errors.Add("to", "'from' and 'to' must be different nodes.");
        }

        return Answers.AskAsync(errors, () => graph.FindPathsAsync(from, to, hops, MaxPaths, cancellationToken));
    }
}
