using Apatorsen.Api.Backends;
using Apatorsen.Api.Input;
using Apatorsen.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

/// <summary>
/// The one shape of every graph endpoint: check the inputs (400 naming each problem), ask the backend, and turn its
/// <see cref="Lookup{T}"/> into 200, or 404 for an unknown id or a node without the label the question needs. The
/// question is given the request's <see cref="CanonicalIds"/>: an id no node has that is a former id or a
/// cross-reference of one is resolved to it and the question asked again; the answer then says so in
/// <see cref="CanonicalIds.ResolvedIdHeader"/>.
/// </summary>
internal static class Answers
{
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> AskAsync<T>(
        InputErrors errors, IKnowledgeGraph graph, HttpResponse response, Func<CanonicalIds, Task<Lookup<T>>> ask, CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            return errors.Problem();
        }

        var ids = new CanonicalIds(graph);
        var lookup = await ask(ids);
        while (await ids.ResolveAsync(lookup, cancellationToken))
        {
            lookup = await ask(ids);
        }

        ids.Report(response);
        return From(lookup);
    }

    /// <summary>The same, for a question whose backends return what they found: <paramref name="shape"/> makes the answer of it.</summary>
    public static Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> AskAsync<TFound, T>(
        InputErrors errors, IKnowledgeGraph graph, HttpResponse response, Func<CanonicalIds, Task<Lookup<TFound>>> ask, Func<TFound, T> shape, CancellationToken cancellationToken) =>
        AskAsync(errors, graph, response, async ids => (await ask(ids)).Select(shape), cancellationToken);

    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> From<T>(Lookup<T> lookup) => lookup switch
    {
        Found<T> found => TypedResults.Ok(found.Value),
        UnknownId<T> unknown => ApiProblems.NotFound(unknown.Id),
        WrongLabel<T> wrong => ApiProblems.WrongLabel(wrong.Node, wrong.ExpectedLabel),
        _ => throw new InvalidOperationException($"Unexpected lookup {lookup.GetType().Name}."),
    };
}
