using System.Net;
using System.Net.Http.Json;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>What only the embedded backend does: its version is the dataset's hash, and it has no Cypher.</summary>
public sealed class EmbeddedBackendTests
{
    [Fact]
    public async Task Meta_Version_IsTheHashOfTheShippedDataset()
    {
        await using var factory = new EmbeddedApiFactory();
        var meta = (await ApiResponse.GetAsync(factory.CreateClient(), "/api/meta")).Ok();

        Assert.Equal("embedded", meta.Str("backend"));
        Assert.Equal(DatasetVersion.Compute(Path.Combine(AppContext.BaseDirectory, "data", "apatorsen")), meta.Str("version"));
    }

    [Fact]
    public async Task Cypher_WhenNoKeyIsConfigured_Is501()
    {
        await using var factory = new EmbeddedApiFactory();
        var response = await PostCypherAsync(factory.CreateClient(), "RETURN 1 AS one", apiKey: null);

        response.Problem(HttpStatusCode.NotImplemented);
    }

    [Fact]
    public async Task Cypher_WithTheRightKey_OnTheEmbeddedBackend_Is501()
    {
        await using var factory = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Api:CypherApiKey"] = "s3cret-key-of-at-least-32-characters" } };
        var response = await PostCypherAsync(factory.CreateClient(), "RETURN 1 AS one", "s3cret-key-of-at-least-32-characters");

        Assert.Contains("Neo4j", response.Problem(HttpStatusCode.NotImplemented).Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("s3cret-key-of-at-least-32-characters ")]
    public async Task Cypher_WithoutTheRightKey_Is401(string? key)
    {
        await using var factory = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Api:CypherApiKey"] = "s3cret-key-of-at-least-32-characters" } };
        var response = await PostCypherAsync(factory.CreateClient(), "RETURN 1 AS one", key);

        response.Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ResponseCache_NeverReplaysOneOriginsCorsHeaderToAnother()
    {
        await using var factory = new EmbeddedApiFactory();
        var client = factory.CreateClient();
        foreach (var origin in new[] { "http://localhost:7474", "http://evil.example" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/browser/style.grass");
            request.Headers.Add("Origin", origin);
            var response = await ApiResponse.SendAsync(client, request);

            Assert.Equal(origin == "http://evil.example", !response.Message.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task ResponseCache_GivesTheSameAnswerTwice_AndCanBeTurnedOff()
    {
        await using var cached = new EmbeddedApiFactory();
        await using var uncached = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Api:CacheResponses"] = "false" } };
        const string Url = "/api/drugs/apatorsen:apatorsen/mechanism";

        var first = await ApiResponse.GetAsync(cached.CreateClient(), Url);
        var second = await ApiResponse.GetAsync(cached.CreateClient(), Url);
        var fresh = await ApiResponse.GetAsync(uncached.CreateClient(), Url);

        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body, fresh.Body);
        Assert.True(second.Message.Headers.Age is not null, "the second answer should come from the cache (Age header)");
        Assert.Null(fresh.Message.Headers.Age);
    }

    internal static async Task<ApiResponse> PostCypherAsync(HttpClient client, string statement, string? apiKey, object? parameters = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher")
        {
            Content = JsonContent.Create(new { statement, parameters = parameters ?? new { } }),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await ApiResponse.SendAsync(client, request);
    }
}
