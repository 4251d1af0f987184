using System.ComponentModel;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Input;
using Apatorsen.Api.Problems;
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

    public static async Task<Results<Ok<PathsResponse>, ValidationProblem, ProblemHttpResult>> FindAsync(
        [Description("Where the paths start: a CURIE, e.g. apatorsen:apatorsen.")] string? from,
        [Description("Where the paths end: a CURIE, e.g. GO:0006915.")] string? to,
        [Description("The longest path to look for, in relationships (1-6, default 4).")] int? maxHops,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var start = errors.Id("from", from);
        var end = errors.Id("to", to);
        var hops = errors.Range("maxHops", maxHops, DefaultHops, 1, MaxHops);
        if (!errors.Any && start == end)
        {
            errors.Add("to", "'from' and 'to' must be different nodes.");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        var found = await graph.ResolveAsync([start, end], cancellationToken);
        if (new[] { start, end }.FirstOrDefault(id => !found.ContainsKey(id)) is { } missing)
        {
            return ApiProblems.NotFound(missing);
        }

        var paths = await graph.FindPathsAsync(start, end, hops, MaxPaths, cancellationToken);
        return TypedResults.Ok(new PathsResponse(found[start], found[end], hops, paths));
    }
}
