using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Trapi.Input;

/// <summary>
/// Why a query is not answered at all: 400 (not a valid query, each problem named), 413 (over a declared limit) or
/// 501 (a valid query asking for something this service does not do). A ProblemDetails, as everywhere in the API
/// (TRAPI declares a bare JSON string; docs/trapi.md says why we deviate).
/// </summary>
public sealed record TrapiRefusal(int Status, string Title, IReadOnlyList<string> Problems)
{
    public static TrapiRefusal BadRequest(IReadOnlyList<string> problems) => new(StatusCodes.Status400BadRequest, "The TRAPI query is not valid.", problems);

    public static TrapiRefusal TooLarge(string problem) => new(StatusCodes.Status413PayloadTooLarge, "The TRAPI query is over a declared limit.", [problem]);

    public static TrapiRefusal NotImplemented(string problem) => new(StatusCodes.Status501NotImplemented, "Not supported by this TRAPI service.", [problem]);

    public ProblemHttpResult ToProblem() => TypedResults.Problem(
        detail: string.Join(" ", Problems),
        statusCode: Status,
        title: Title,
        extensions: new Dictionary<string, object?> { ["problems"] = Problems });
}
