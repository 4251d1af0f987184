using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// The query parameters each route binds, with their types, as the API description (the source of the OpenAPI
/// document) states them, so that the response cache keys on those and nothing else a client adds.
/// </summary>
internal sealed class RouteQueryParameters(IApiDescriptionGroupCollectionProvider descriptions)
{
    private readonly Lazy<Dictionary<(string Method, string Route), IReadOnlyDictionary<string, Type>>> _byRoute = new(() =>
        descriptions.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Where(d => d.HttpMethod is not null && d.RelativePath is not null)
            .GroupBy(d => (d.HttpMethod!.ToUpperInvariant(), d.RelativePath!))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, Type>)g.First().ParameterDescriptions
                    .Where(p => p.Source == BindingSource.Query)
                    .ToDictionary(p => p.Name, p => p.Type, StringComparer.OrdinalIgnoreCase)));

    private readonly ConcurrentDictionary<Endpoint, IReadOnlyDictionary<string, Type>?> _byEndpoint = new();

    /// <summary>The route's query parameters by name (case-insensitive), or null when the API description lacks the route.</summary>
    public IReadOnlyDictionary<string, Type>? For(Endpoint endpoint) =>
        _byEndpoint.GetOrAdd(endpoint, e =>
            e is RouteEndpoint route
            && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var method]
            && _byRoute.Value.TryGetValue((method, route.RoutePattern.RawText?.TrimStart('/') ?? ""), out var parameters)
                ? parameters
                : null);
}
