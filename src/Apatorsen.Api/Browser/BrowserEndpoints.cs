using System.Reflection;

namespace Apatorsen.Api.Browser;

/// <summary>
/// The Neo4j Browser guide and style sheet, which the Browser fetches on connect (browser.post_connect_cmd in
/// docker-compose.yml) from its own origin, hence the CORS policy.
/// </summary>
public static class BrowserEndpoints
{
    public const string CorsPolicy = "Neo4jBrowser";

    public static readonly string[] Origins = ["http://localhost:7474", "http://127.0.0.1:7474"];

    private static readonly string Guide = Read("browser/guide.html");
    private static readonly string Style = Read("browser/style.grass");

    public static IEndpointRouteBuilder MapBrowser(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/browser").WithTags("Neo4j Browser").RequireCors(CorsPolicy);
        group.MapGet("/guide", () => TypedResults.Text(Guide, "text/html", System.Text.Encoding.UTF8))
            .WithName("GetBrowserGuide")
            .WithSummary("The Neo4j Browser guide of this graph")
            .WithDescription("HTML for :play http://localhost:8080/browser/guide.");
        group.MapGet("/style.grass", () => TypedResults.Text(Style, "text/plain", System.Text.Encoding.UTF8))
            .WithName("GetBrowserStyle")
            .WithSummary("The Neo4j Browser style sheet of this graph")
            .WithDescription("GraSS for :style http://localhost:8080/browser/style.grass.");
        return app;
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is not embedded in the API.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
