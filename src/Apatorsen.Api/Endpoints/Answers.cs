using Apatorsen.Api.Backends;
using Apatorsen.Api.Input;
using Apatorsen.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

/// <summary>
/// The one shape of every graph endpoint: check the inputs (400 naming each problem), ask the backend once, and turn
/// its <see cref="Lookup{T}"/> into 200, or 404 for an unknown id or a node without the label the question needs.
/// </summary>
internal static class Answers
{
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> AskAsync<T>(InputErrors errors, Func<Task<Lookup<T>>> ask) =>
        errors.Any ? errors.Problem() : From(await ask());

    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> From<T>(Lookup<T> lookup) => lookup switch
    {
        Found<T> found => TypedResults.Ok(found.Value),
        UnknownId<T> unknown => ApiProblems.NotFound(unknown.Id),
        WrongLabel<T> wrong => ApiProblems.WrongLabel(wrong.Node, wrong.ExpectedLabel),
        _ => throw new InvalidOperationException($"Unexpected lookup {lookup.GetType().Name}."),
    };
}
