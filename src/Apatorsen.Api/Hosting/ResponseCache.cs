using Apatorsen.Api.Settings;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// Whole GET /api answers kept in memory (see <see cref="ApiOptions.CacheResponses"/>), on either backend under the
/// graph's version (<see cref="Backends.IGraphVersion"/>: the embedded graph's for good, Neo4j's dataset versions as
/// last checked): keyed by <see cref="ApiAnswerCachePolicy"/>, held by <see cref="BoundedOutputCacheStore"/> within
/// <see cref="ApiOptions.ResponseCacheSizeLimit"/>.
/// </summary>
public static class ResponseCache
{
    /// <summary>Answers larger than this are served but not kept (the largest, 500 relationships, is far less).</summary>
    public const long MaximumAnswerBytes = 512 * 1024;

    public static IServiceCollection AddResponseCache(this IServiceCollection services)
    {
        services.AddOutputCache(cache =>
        {
            cache.AddBasePolicy(new ApiAnswerCachePolicy());
            cache.MaximumBodySize = MaximumAnswerBytes;
            // Ids are case-sensitive: /api/entities/GO:1 and /api/entities/go:1 are different answers.
            cache.UseCaseSensitivePaths = true;
        });
        services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore, BoundedOutputCacheStore>());
        services.TryAddSingleton<RouteQueryParameters>();
        return services;
    }

    public static WebApplication UseResponseCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.CacheResponses)
        {
            app.UseOutputCache();
        }

        return app;
    }
}
