using System.Net;
using System.Text;
using Apatorsen.Api.Explorer;
using Apatorsen.Api.Hosting;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// Every answer carries X-Content-Type-Options: nosniff, and every HTML answer a Content-Security-Policy that forbids
/// framing: JSON, problems, health, the OpenAPI document, redirects, assets, the explorer, the Scalar reference and
/// the Neo4j Browser guide (issue 17 item 11).
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private static readonly CancellationToken Cancellation = TestContext.Current.CancellationToken;
    private readonly ApiHost _api = new() { Settings = new Dictionary<string, string?> { ["Api:CypherApiKey"] = "a-cypher-key-of-32-characters-ok" } };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _api.DisposeAsync();

    public static TheoryData<string, string, HttpStatusCode> NonHtmlAnswers => new()
    {
        { "GET", "/api/search?q=apatorsen", HttpStatusCode.OK },
        { "GET", "/api/entities/NOPE:0", HttpStatusCode.NotFound },
        { "GET", "/api/nothing", HttpStatusCode.NotFound },
        { "GET", "/api/search?q=a&limit=0", HttpStatusCode.BadRequest },
        { "POST", "/api/cypher", HttpStatusCode.Unauthorized },
        { "POST", "/trapi/query", HttpStatusCode.BadRequest },
        { "GET", "/health/live", HttpStatusCode.OK },
        { "PUT", "/health/live", HttpStatusCode.MethodNotAllowed },
        { "GET", "/openapi/v1.json", HttpStatusCode.OK },
        { "GET", "/scalar", HttpStatusCode.Found },
        { "GET", "/scalar/scalar.js", HttpStatusCode.OK },
        { "GET", "/browser/style.grass", HttpStatusCode.OK },
        { "GET", "/explore/assets/explorer.js", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(NonHtmlAnswers))]
    public async Task EveryAnswer_IsNosniff(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await _api.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request, Cancellation);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task BrowserGuide_IsHtmlThatMayLoadNothing_AndBeFramedByNoPage()
    {
        using var response = await _api.CreateClient().GetAsync("/browser/guide", Cancellation);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.HtmlPolicy, Policy(response));
        Assert.Contains("frame-ancestors 'none'", Policy(response), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/trial/NCT01829113")]
    [InlineData("/")]
    public async Task ExplorerPages_KeepTheirOwnPolicy(string path)
    {
        using var response = await _api.CreateClient().GetAsync(path, Cancellation);

        Assert.Equal(ExplorerEndpoints.ContentSecurityPolicy, Policy(response));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/scalar/")]
    [InlineData("/scalar/v1")]
    public async Task ScalarPage_AllowsItsOwnScripts_AndItsInlineScriptByHash_AndNothingFromElsewhere(string path)
    {
        using var response = await _api.CreateClient().GetAsync(path, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        var policy = Policy(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hashes = SecurityHeaders.InlineScriptHashes(html);
        Assert.NotEmpty(hashes);
        var scriptSrc = Directive(policy, "script-src");
        Assert.Equal(["'self'", .. hashes.Select(h => $"'{h}'")], scriptSrc.Split(' ')[1..]);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fonts.scalar.com", html, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public void InlineScriptHashes_HashExactlyTheTextOfScriptsWithoutSrc()
    {
        const string html = "<script src=\"a.js\"></script><script type=\"module\">\n  go()\n</script><SCRIPT>x</SCRIPT>";

        var hashes = SecurityHeaders.InlineScriptHashes(html);

        Assert.Equal(
            [
                "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("\n  go()\n"u8)),
                "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("x"u8)),
            ],
            hashes);
    }

    private static string Policy(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

    private static string Directive(string policy, string name) =>
        Assert.Single(policy.Split(';', StringSplitOptions.TrimEntries), d => d.StartsWith(name + " ", StringComparison.Ordinal));
}
