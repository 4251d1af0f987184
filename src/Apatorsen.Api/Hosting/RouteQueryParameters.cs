using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Apatorsen.Api.Hosting;

/// <summary>A query parameter a route binds: its name, and whether it is an integer.</summary>
internal sealed record RouteQueryParameter(string Name, bool IsInteger);

/// <summary>
/// The query parameters each route binds, in name order, as the API description (the source of the OpenAPI
/// document) states them, so that the response cache keys on those and nothing else a client adds.
/// </summary>
internal sealed class RouteQueryParameters(IApiDescriptionGroupCollectionProvider descriptions)
{
    private readonly Lazy<Dictionary<(string Method, string Route), RouteQueryParameter[]>> _byRoute = new(() =>
        descriptions.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Where(d => d.HttpMethod is not null && d.RelativePath is not null)
            .GroupBy(d => (d.HttpMethod!.ToUpperInvariant(), d.RelativePath!))
            .ToDictionary(
                g => g.Key,
                g => g.First().ParameterDescriptions
                    .Where(p => p.Source == BindingSource.Query)
                    .Select(p => new RouteQueryParameter(p.Name, (Nullable.GetUnderlyingType(p.Type) ?? p.Type) == typeof(int)))
                    .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                    .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                    .ToArray()));

    private readonly ConcurrentDictionary<Endpoint, RouteQueryParameter[]?> _byEndpoint = new();

    /// <summary>The route's query parameters, or null when the API description lacks the route.</summary>
    public RouteQueryParameter[]? For(Endpoint endpoint) =>
        _byEndpoint.GetOrAdd(endpoint, e =>
            e is RouteEndpoint route
            && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var method]
            && _byRoute.Value.TryGetValue((method, route.RoutePattern.RawText?.TrimStart('/') ?? ""), out var parameters)
                ? parameters
                : null);
}
