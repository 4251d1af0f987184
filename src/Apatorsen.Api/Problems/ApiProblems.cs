using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Problems;

/// <summary>The ProblemDetails answers the endpoints give for expected failures.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(
            detail: $"No node has the id '{id}'. Ids are case-sensitive CURIEs; GET /api/search?q=... finds them by name.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown id.",
            extensions: new Dictionary<string, object?> { ["id"] = id });

    public static ProblemHttpResult WrongLabel(NodeRef node, string expected) =>
        TypedResults.Problem(
            detail: $"'{node.Id}' ({node.Name}) is a {string.Join("/", node.Labels)}, not a {expected}.",
            statusCode: StatusCodes.Status404NotFound,
            title: $"Not a {expected}.",
            extensions: new Dictionary<string, object?> { ["id"] = node.Id, ["labels"] = node.Labels });

    public static ProblemHttpResult NotImplemented(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status501NotImplemented, title: "Not supported by this backend.");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key.");
}
