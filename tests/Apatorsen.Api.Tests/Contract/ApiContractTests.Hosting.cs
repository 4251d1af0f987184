using System.Net;

namespace Apatorsen.Api.Tests.Contract;

// The contract of browser files, health, openapi.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task BrowserGuide_IsHtml_WithCorsForNeo4jBrowser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/browser/guide");
        request.Headers.Add("Origin", "http://localhost:7474");
        var response = await ApiResponse.SendAsync(Client, request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.ContentType);
        Assert.Contains("<article class=\"guide\">", response.Body, StringComparison.Ordinal);
        Assert.Equal("http://localhost:7474", Assert.Single(response.Message.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task BrowserStyle_IsPlainText_AndAnswersTheBrowsersPreflight()
    {
        var style = await GetAsync("/browser/style.grass");
        Assert.Equal(HttpStatusCode.OK, style.Status);
        Assert.Equal("text/plain", style.ContentType);
        Assert.Contains("node {", style.Body, StringComparison.Ordinal);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/browser/style.grass");
        preflight.Headers.Add("Origin", "http://127.0.0.1:7474");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "cache-control,pragma");
        var answer = await ApiResponse.SendAsync(Client, preflight);
        Assert.True(answer.Status is HttpStatusCode.NoContent or HttpStatusCode.OK, $"preflight answered {(int)answer.Status}");
        Assert.Equal("http://127.0.0.1:7474", Assert.Single(answer.Message.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(",", answer.Message.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("cache-control", allowed, StringComparison.Ordinal);
        Assert.Contains("pragma", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowserGuide_FromAnotherOrigin_GetsNoCorsHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/browser/guide");
        request.Headers.Add("Origin", "http://evil.example");
        var response = await ApiResponse.SendAsync(Client, request);

        Assert.False(response.Message.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy(string url)
    {
        var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Healthy", response.Body);
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryRoute_WithSummariesAndParameterExamples()
    {
        var document = (await GetAsync("/openapi/v1.json")).Ok();

        var paths = document.GetProperty("paths");
        string[] routes =
        [
            "/api/search", "/api/entities/{id}", "/api/entities/{id}/relationships", "/api/relationships", "/api/paths",
            "/api/drugs/{id}/mechanism", "/api/drugs/{id}/trials", "/api/indications/{id}/trials", "/api/trials/{id}",
            "/api/publications/{id}", "/api/meta", "/api/cypher", "/browser/guide", "/browser/style.grass",
        ];
        foreach (var route in routes)
        {
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the OpenAPI document");
            foreach (var operation in path.EnumerateObject())
            {
                Assert.False(string.IsNullOrEmpty(operation.Value.Str("summary")), $"{route} has no summary");
                Assert.False(string.IsNullOrEmpty(operation.Value.Str("description")), $"{route} has no description");
            }
        }

        var search = paths.GetProperty("/api/search").GetProperty("get");
        var q = Assert.Single(search.Items("parameters"), p => p.Str("name") == "q");
        Assert.Equal("OGX-427", q.Str("example"));
        Assert.False(string.IsNullOrEmpty(q.Str("description")));
        var responses = paths.GetProperty("/api/entities/{id}").GetProperty("get").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404", "503", "504" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"GET /api/entities/{{id}} does not document {status}");
        }

        var cypher = paths.GetProperty("/api/cypher").GetProperty("post").GetProperty("responses");
        Assert.True(cypher.TryGetProperty("401", out _) && cypher.TryGetProperty("501", out _), "POST /api/cypher does not document 401 and 501");
        var trialId = Assert.Single(paths.GetProperty("/api/trials/{id}").GetProperty("get").Items("parameters"));
        Assert.Equal("NCT01829113", trialId.Str("example"));
    }

    [Fact]
    public async Task Scalar_ServesTheReferencePage()
    {
        var response = await GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.ContentType);
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails() =>
        (await GetAsync("/api/nothing")).Problem(HttpStatusCode.NotFound);
}
