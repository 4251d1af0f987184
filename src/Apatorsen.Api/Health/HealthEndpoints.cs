using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Apatorsen.Api.Health;

public static class HealthEndpoints
{
    /// <summary>The body of /health/ready while the warm-up runs.</summary>
    public const string WarmingUp = "Unhealthy: warming up";

    private static readonly HttpMethodMetadata GetAndHead = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary>Liveness and readiness, answering GET and HEAD only (405 for any other method).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(GetAndHead);
        var ready = app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).WithMetadata(GetAndHead);
        if (app.ServiceProvider.GetService<WarmUpProgress>() is { } warmUp)
        {
            ready.Add(endpoint => endpoint.RequestDelegate = NotReadyWhileWarmingUp(warmUp, endpoint.RequestDelegate!));
        }

        return app;
    }

    // Answers 503 without running the checks while the warm-up runs: it is no failure, so it logs nothing, where an
    // unhealthy check logs an error on every probe.
    private static RequestDelegate NotReadyWhileWarmingUp(WarmUpProgress warmUp, RequestDelegate checks) => context =>
    {
        if (warmUp.IsFinished)
        {
            return checks(context);
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain";
        context.Response.Headers.CacheControl = "no-store, no-cache";
        return context.Response.WriteAsync(WarmingUp);
    };
}
