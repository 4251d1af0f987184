using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Apatorsen.Api.Explorer;

/// <summary>
/// The graph explorer at /explore (deep links such as /explore/trial/{id} load the same page, which reads its
/// address) and its built assets, plus the page at / that links to it. The page only calls the public API.
/// </summary>
public static class ExplorerEndpoints
{
    // Cytoscape.js adds one <style> element with this rule to the page; the policy allows exactly that text.
    private const string CytoscapeContainerRuleHash = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=";

    /// <summary>Everything comes from the API's own origin: no CDN, no web fonts, no request elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' '" + CytoscapeContainerRuleHash + "'; img-src 'self'; " +
        "connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Page(context, ExplorerAssets.HomePage)).ExcludeFromDescription();
        var explore = app.MapGroup("/explore").ExcludeFromDescription();
        explore.MapGet("/{**view}", (HttpContext context) => Page(context, ExplorerAssets.ExplorePage));
        explore.MapGet("/assets/{file}", Asset);
        return app;
    }

    private static ContentHttpResult Page(HttpContext context, string template)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-cache";
        // The page's <base> carries the path base, so that it works behind a proxy that mounts the API below a path.
        var html = template.Replace("{{base}}", WebUtility.HtmlEncode($"{context.Request.PathBase}/explore/"), StringComparison.Ordinal);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static Results<NotFound, FileContentHttpResult> Asset(string file, HttpContext context)
    {
        if (!ExplorerAssets.Files.TryGetValue(file, out var asset))
        {
            return TypedResults.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (asset.Gzipped is not null && AcceptsGzip(context.Request))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(asset.Gzipped, asset.ContentType, entityTag: asset.GzippedTag);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType, entityTag: asset.Tag);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
}
