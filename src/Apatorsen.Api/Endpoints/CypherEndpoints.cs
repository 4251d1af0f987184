using Apatorsen.Api.Backends.Neo4j;
using Apatorsen.Api.Input;
using Apatorsen.Api.Problems;
using Apatorsen.Api.Security;
using Apatorsen.Neo4j;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Apatorsen.Api.Endpoints;

public static class CypherEndpoints
{
    public const string ApiKeyHeader = CypherKeyGate.ApiKeyHeader;
    public const int MaxStatementLength = 20_000;

    public static IEndpointRouteBuilder MapCypher(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/cypher").WithTags("Cypher").WithGraphProblems(notFound: false)
            .MapPost("", RunAsync)
            .WithName("RunCypher")
            .Accepts<CypherRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status501NotImplemented)
            .WithSummary("Run one read-only Cypher statement (Neo4j backend, API key)")
            .WithDescription($"For power users: runs the statement in a read transaction that is always rolled back, with a time limit and a row cap (the answer says when rows were cut off). Off unless Api:CypherApiKey is set; send the key in {ApiKeyHeader}. After more than {CypherKeyGate.FailuresPerWindow} wrong keys in {CypherKeyGate.Window.TotalSeconds:0} s a client gets 429. SHOW commands other than INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES, LOAD CSV, USE, TERMINATE and procedures beyond a few db.* ones are refused with 400. The body may be at most {CypherRequestBody.MaxBytes / 1024} KB. 501 on the embedded backend. Neo4j's errors come back as 400 with Neo4j's code in the 'code' extension.");
        return app;
    }

    // The body is read here, after the key check, rather than bound by the framework, which would read it first.
    public static async Task<Results<Ok<CypherResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(
        HttpContext context,
        [FromServices] CypherKeyGate gate,
        [FromServices] Neo4jCypherConsole? console,
        CancellationToken cancellationToken)
    {
        if (gate.Refuse(context) is { } keyProblem)
        {
            CypherRequestBody.LeaveUnread(context);
            return keyProblem;
        }

        if (console is null)
        {
            CypherRequestBody.LeaveUnread(context);
            return ApiProblems.NotImplemented("POST /api/cypher needs the Neo4j backend; this API serves the embedded graph (set Neo4j:Uri).");
        }

        var (request, problem) = await CypherRequestBody.ReadAsync(context, cancellationToken);
        if (request is null)
        {
            return problem!;
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
        else if (ReadOnlyStatementPolicy.Refusal(request.Statement) is { } refusal)
        {
            errors.Add("statement", refusal);
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
}
