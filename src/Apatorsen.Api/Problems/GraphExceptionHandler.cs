using Apatorsen.Neo4j;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Apatorsen.Api.Problems;

/// <summary>
/// Turns failures of the graph backend and malformed requests into ProblemDetails: 503 when the graph cannot be
/// reached or refuses our credentials, 504 when a query times out, 502 when Neo4j fails in another way, 400 for a
/// request the framework could not bind, 422 for a question that went over its QueryBudget. Anything else stays a 500: that is a bug of ours.
/// </summary>
internal sealed class GraphExceptionHandler(IProblemDetailsService problems, ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is not valid.", bad.Message),
            QueryBudgetExceededException cut => (StatusCodes.Status422UnprocessableEntity, "The query is over its budget.", cut.Message + " Ask a narrower question (for paths: fewer hops)."),
            GraphTimeoutException timeout => (StatusCodes.Status504GatewayTimeout, "The graph query timed out.", timeout.Message),
            Neo4jTimeoutException => (StatusCodes.Status504GatewayTimeout, "The graph query timed out.", "Neo4j did not answer in time."),
            Neo4jAuthenticationException => (StatusCodes.Status503ServiceUnavailable, "The graph is unavailable.", "Neo4j refused the API's credentials."),
            Neo4jUnavailableException or Neo4jTransientException => (StatusCodes.Status503ServiceUnavailable, "The graph is unavailable.", "Neo4j could not be reached; try again later."),
            Neo4jException => (StatusCodes.Status502BadGateway, "The graph backend failed.", "Neo4j could not answer the query."),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        if (status >= 500)
        {
            // Expected failures of the backend: one line, with Neo4j's code where it sent one, and no stack trace.
            logger.LogWarning(
                "{Method} {Route} answered {Status}: {Title} ({Cause})",
                httpContext.Request.Method, RouteOf(httpContext), status, title, FailureCause.Of(exception));
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    // The route's pattern, not the request's path: a path can carry anything a client typed, line breaks included.
    private static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint endpoint ? endpoint.RoutePattern.RawText ?? "" : "(no route)";
}
