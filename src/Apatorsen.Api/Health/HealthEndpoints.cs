using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Apatorsen.Api.Health;

public static class HealthEndpoints
{
    private static readonly HttpMethodMetadata GetAndHead = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary>Liveness and readiness, answering GET and HEAD only (405 for any other method).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(GetAndHead);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).WithMetadata(GetAndHead);
        return app;
    }
}
