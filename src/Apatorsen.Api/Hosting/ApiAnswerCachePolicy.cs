using System.Globalization;
using System.Text;
using Apatorsen.Api.Backends;
using Microsoft.AspNetCore.OutputCaching;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// Which answers the response cache keeps, and under which key: GET answers under /api (not /browser, whose answers
/// carry per-origin CORS headers), 200s only, for an hour, and only while the graph has a version
/// (<see cref="IGraphVersion"/>). The key is the graph's version, the method, the path (case-sensitive) and the
/// route's own query parameters in name order, each once; a new version makes new keys, so kept answers of the old
/// one are no longer served (and age out of the store); parameters the route does not bind are left out, so they
/// cannot make new entries. An integer parameter written another way than its plain form (limit=05) is answered
/// without the cache, so that an entry never answers a request the route would have refused or read differently.
/// A handler must bind every query value it reads as a parameter (as all do): one read from the request itself
/// would not be part of the key.
/// </summary>
internal sealed class ApiAnswerCachePolicy : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var key = http.Request.Path.StartsWithSegments("/api") && HttpMethods.IsGet(http.Request.Method) && http.GetEndpoint() is { } endpoint
            ? QueryKey(http.Request.Query, http.RequestServices.GetRequiredService<RouteQueryParameters>().For(endpoint))
            : null;
        if (key is null)
        {
            return;
        }

        var version = await http.RequestServices.GetRequiredService<IGraphVersion>().CacheKeyAsync(cancellation);
        if (version is null)
        {
            return;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.VaryByValues["query"] = key;
        context.CacheVaryByRules.VaryByValues["graph"] = version;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    // name=value&... over the route's parameters present in the query, or null when the answer must not be cached.
    private static string? QueryKey(IQueryCollection query, RouteQueryParameter[]? parameters)
    {
        if (parameters is null)
        {
            return null;
        }

        if (query.Count == 0)
        {
            return "";
        }

        var key = new StringBuilder();
        foreach (var parameter in parameters)
        {
            if (!query.TryGetValue(parameter.Name, out var values))
            {
                continue;
            }

            if (values.Count != 1 || (parameter.IsInteger && !IsPlainInteger(values[0])))
            {
                return null;
            }

            key.Append(parameter.Name.ToUpperInvariant()).Append('=').Append(Uri.EscapeDataString(values[0] ?? "")).Append('&');
        }

        return key.ToString();
    }

    private static bool IsPlainInteger(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
        && number.ToString(CultureInfo.InvariantCulture) == text;
}
