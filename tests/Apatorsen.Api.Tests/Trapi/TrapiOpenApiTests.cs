using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;

namespace Apatorsen.Api.Tests.Trapi;

/// <summary>The OpenAPI document carries what SmartAPI needs to register the TRAPI service.</summary>
public sealed class TrapiOpenApiTests(EmbeddedApiFactory factory) : IClassFixture<EmbeddedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task OpenApi_HasTheTrapiRoutes_AndInfoXTrapiAndXTranslator()
    {
        var document = (await ApiResponse.GetAsync(_client, "/openapi/v1.json")).Ok();

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/trapi/query", out var query) && query.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/trapi/meta_knowledge_graph", out var meta) && meta.TryGetProperty("get", out _));
        var trapi = document.GetProperty("info").GetProperty("x-trapi");
        Assert.Equal("1.5.0", trapi.Str("version"));
        Assert.Equal(["lookup"], trapi.Strings("operations"));
        Assert.Equal(100, trapi.GetProperty("batch_size_limit").GetInt32());
        Assert.Equal(-1, trapi.GetProperty("rate_limit").GetInt32());
        Assert.EndsWith("/trapi/test_data", trapi.Str("test_data_location"), StringComparison.Ordinal);
        Assert.Equal(100, trapi.GetProperty("default_results").GetInt32());
        Assert.Equal(1000, trapi.GetProperty("max_results").GetInt32());
        var translator = document.GetProperty("info").GetProperty("x-translator");
        Assert.Equal("infores:apatorsen-kg", translator.Str("infores"));
        Assert.Equal("4.4.4", translator.Str("biolink-version"));
        var tags = document.GetProperty("tags").EnumerateArray().Select(t => t.Str("name")).ToArray();
        Assert.Contains("trapi", tags);
        Assert.Contains("translator", tags);
    }

    [Fact]
    public async Task TestDataLocation_Answers()
    {
        var document = (await ApiResponse.GetAsync(_client, "/openapi/v1.json")).Ok();
        var location = new Uri(document.GetProperty("info").GetProperty("x-trapi").Str("test_data_location"), UriKind.RelativeOrAbsolute);

        var data = (await ApiResponse.GetAsync(_client, location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString)).Ok();

        Assert.NotEmpty(data.Items("edges"));
    }
}
