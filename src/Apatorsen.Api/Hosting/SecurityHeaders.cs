using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// The headers every answer of the API carries, set in one place: <c>X-Content-Type-Options: nosniff</c> on every
/// response, and a Content-Security-Policy with <c>frame-ancestors 'none'</c> on every HTML response. A page that
/// needs more than nothing (the explorer, the Scalar reference) sets its own policy, in the same spirit: everything
/// from the API's own origin, no framing; any other HTML (the Neo4j Browser guide, which the Browser fetches and
/// renders itself) gets <see cref="HtmlPolicy"/>, which lets it load nothing at all.
/// </summary>
public static partial class SecurityHeaders
{
    /// <summary>For HTML that loads nothing: no scripts, styles, images or frames, and no page may frame it.</summary>
    public const string HtmlPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The Scalar reference at /scalar: its two scripts from the API's origin and the one inline script of its page
    /// (allowed by hash, computed from the page as served); styles it adds at run time (Vue components set style
    /// attributes and elements, hence 'unsafe-inline' for styles only); images as data: URIs; requests only to the
    /// API itself (the OpenAPI document and "Test request"). Web fonts are off, so nothing else is loaded.
    /// </summary>
    public static string ScalarPolicy(IEnumerable<string> inlineScriptHashes) =>
        $"default-src 'none'; script-src 'self' {string.Join(' ', inlineScriptHashes.Select(h => $"'{h}'"))}; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Sets the headers on every response, just before it starts, leaving a page's own policy alone.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(Apply, context);
            return next(context);
        });

    /// <summary>
    /// An endpoint filter for the Scalar page: its HTML comes as a string, so its inline scripts are hashed as they
    /// are (they name the route and the path base, which differ behind a proxy) and allowed by exactly those hashes.
    /// </summary>
    public static async ValueTask<object?> ScalarPageFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is ContentHttpResult { ResponseContent: { } html } content
            && content.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.HttpContext.Response.Headers.ContentSecurityPolicy = ScalarPolicy(InlineScriptHashes(html));
        }

        return result;
    }

    /// <summary>The CSP source of each inline script of the page: sha256- and the base64 of its text's hash.</summary>
    public static IReadOnlyList<string> InlineScriptHashes(string html) =>
        InlineScript().Matches(html)
            .Select(m => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value))))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static Task Apply(object state)
    {
        var response = ((HttpContext)state).Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (IsHtml(response.ContentType) && string.IsNullOrEmpty(response.Headers.ContentSecurityPolicy))
        {
            response.Headers.ContentSecurityPolicy = HtmlPolicy;
        }

        return Task.CompletedTask;
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    // A <script> element without a src attribute, and its text.
    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
