using System.Security.Cryptography;
using System.Text;
using Apatorsen.Api.Backends.Neo4j;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Input;
using Apatorsen.Api.Problems;
using Apatorsen.Neo4j;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Endpoints;

public static class CypherEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const int MaxStatementLength = 20_000;

    public static IEndpointRouteBuilder MapCypher(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/cypher").WithTags("Cypher").WithGraphProblems(notFound: false)
            .MapPost("", RunAsync)
            .WithName("RunCypher")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .WithSummary("Run one read-only Cypher statement (Neo4j backend, API key)")
            .WithDescription($"For power users: runs the statement in a read transaction that is always rolled back, with a time limit and a row cap (the answer says when rows were cut off). Off unless Api:CypherApiKey is set; send the key in {ApiKeyHeader}. 501 on the embedded backend. Neo4j's errors come back as 400 with Neo4j's code in the 'code' extension.");
        return app;
    }

    public static async Task<Results<Ok<CypherResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(
        CypherRequest request,
        [FromHeader(Name = ApiKeyHeader)] string? apiKey,
        [FromServices] IOptions<ApiOptions> options,
        [FromServices] Neo4jCypherConsole? console,
        CancellationToken cancellationToken)
    {
        var expected = options.Value.CypherApiKey;
        if (string.IsNullOrEmpty(expected))
        {
            return ApiProblems.NotImplemented("POST /api/cypher is turned off; the operator enables it by setting Api:CypherApiKey.");
        }

        if (apiKey is null || !CryptographicOperations.FixedTimeEquals(Hash(apiKey), Hash(expected)))
        {
            return ApiProblems.Unauthorized($"Send the API key in the {ApiKeyHeader} header.");
        }

        if (console is null)
        {
            return ApiProblems.NotImplemented("POST /api/cypher needs the Neo4j backend; this API serves the embedded graph (set Neo4j:Uri).");
        }

        var errors = new InputErrors();
        if (string.IsNullOrWhiteSpace(request.Statement))
        {
            errors.Add("statement", "'statement' is required.");
        }
        else if (request.Statement.Length > MaxStatementLength)
        {
            errors.Add("statement", $"'statement' must be at most {MaxStatementLength} characters.");
        }

        var parameters = CypherParameters.From(request.Parameters, errors);
        if (errors.Any)
        {
            return errors.Problem();
        }

        try
        {
            return TypedResults.Ok(await console.RunAsync(request.Statement!, parameters, cancellationToken));
        }
        catch (Neo4jClientException ex) when (ex is not Neo4jAuthenticationException and not Neo4jTransactionNotFoundException)
        {
            return TypedResults.Problem(
                detail: ex.ServerMessage ?? ex.Message,
                statusCode: StatusCodes.Status400BadRequest,
                title: "Neo4j refused the statement.",
                extensions: new Dictionary<string, object?> { ["code"] = ex.Code });
        }
    }

    // Hashing first makes the comparison's length independent of the key's.
    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
