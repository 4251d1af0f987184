using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Apatorsen.Neo4j;

/// <summary>Registers <see cref="Neo4jQueryClient"/>, its validated <see cref="Neo4jOptions"/> and its pooled HttpClient.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="Neo4jOptions"/> from the <c>Neo4j</c> section of the host's <see cref="IConfiguration"/>
    /// (so <c>Neo4j__Uri</c> and friends work as environment variables), applies <paramref name="configure"/> after
    /// it, validates at start-up, and registers <see cref="Neo4jQueryClient"/> as a singleton over one named
    /// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>. Requires an <see cref="IConfiguration"/> service,
    /// which every host provides.
    /// </summary>
    public static IServiceCollection AddNeo4jClient(this IServiceCollection services, Action<Neo4jOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddClient(options);
    }

    /// <summary>As <see cref="AddNeo4jClient(IServiceCollection, Action{Neo4jOptions}?)"/>, reading the <c>Neo4j</c> section of the given configuration.</summary>
    public static IServiceCollection AddNeo4jClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddClient(services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.SectionName)));
    }

    private static IServiceCollection AddClient(OptionsBuilder<Neo4jOptions> options)
    {
        options.ValidateDataAnnotations().ValidateOnStart();
        var services = options.Services;
        // The client sets its own per-request timeout, so it can tell a timeout from the caller's cancellation.
        services.AddHttpClient(Neo4jQueryClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<Neo4jQueryClient>();
        return services;
    }
}
