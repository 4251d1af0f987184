using Apatorsen.Api.Security;
using System.Net;
using System.Text;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;
using Apatorsen.Api.Tests.Hosting;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Api.Tests.Security;

/// <summary>
/// POST /api/cypher decides from the headers alone whether to read the body: off, wrong key or too many wrong keys
/// end the request before it; the body is capped; a short key stops start-up. On the embedded backend the right key
/// gets 501, which is enough to tell it passed the gate.
/// </summary>
public sealed class CypherKeyTests
{
    internal const string Key = "a-cypher-key-of-32-characters-ok";

    private static ApiHost WithKey(string? key = Key) =>
        new() { Settings = new Dictionary<string, string?> { ["Api:CypherApiKey"] = key } };

    private static Task<ApiResponse> PostAsync(HttpClient client, HttpContent body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = body };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return ApiResponse.SendAsync(client, request);
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task InvalidJson_WithoutAKey_Is401()
    {
        await using var api = WithKey();

        (await PostAsync(api.CreateClient(), Json("{not json"), key: null)).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task InvalidJson_WhenTheEndpointIsOff_Is501()
    {
        await using var api = WithKey(key: null);

        (await PostAsync(api.CreateClient(), Json("{not json"), Key)).Problem(HttpStatusCode.NotImplemented);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task BodyOfARequestWithoutTheRightKey_IsNotRead(string? key)
    {
        await using var api = WithKey();

        (await PostAsync(api.CreateClient(), LargeBody(), key)).Problem(HttpStatusCode.Unauthorized);

        Assert.Equal(0, api.BodyBytesRead);
    }

    [Fact]
    public async Task BodyOfARequestWhileTheEndpointIsOff_IsNotRead()
    {
        await using var api = WithKey(key: null);

        (await PostAsync(api.CreateClient(), LargeBody(), Key)).Problem(HttpStatusCode.NotImplemented);

        Assert.Equal(0, api.BodyBytesRead);
    }

    [Fact]
    public async Task BodyOverTheCap_Is413_NamingTheCap_AndIsReadNoFurther()
    {
        await using var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        await using var api = new ApiHost { Settings = new Dictionary<string, string?> { ["Api:CypherApiKey"] = Key, ["Neo4j:Uri"] = stub.Uri.ToString() } };

        var problem = (await PostAsync(api.CreateClient(), LargeBody(), Key)).Problem(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("64 KB", problem.Str("detail"), StringComparison.Ordinal);
        Assert.InRange(api.BodyBytesRead, 0, 128 * 1024);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task BodyUnderTheCap_PassesTheGate()
    {
        await using var api = WithKey();
        var statement = "RETURN 1 AS one // " + new string('x', 15_000);

        var problem = (await EmbeddedBackendTests.PostCypherAsync(api.CreateClient(), statement, Key)).Problem(HttpStatusCode.NotImplemented);

        Assert.Contains("Neo4j", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("a-cypher-key-of-31-characters!!")]
    [InlineData("                                ")]
    public async Task KeyShorterThan32Characters_StopsStartUp_NamingTheSetting(string key)
    {
        await using var api = WithKey(key);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("Api:CypherApiKey", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("32", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongKeys_FromOneClient_Are429AfterTheLimit_AndSoIsItsRightKey_ButNotAnotherClients()
    {
        await using var api = WithKey();
        var guesser = api.ClientFrom("192.0.2.1");
        var other = api.ClientFrom("192.0.2.2");

        for (var i = 0; i < 10; i++)
        {
            (await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", $"wrong-{i}")).Problem(HttpStatusCode.Unauthorized);
        }

        var refused = await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", "wrong-10");
        refused.Problem(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Message.Headers.RetryAfter);
        (await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", Key)).Problem(HttpStatusCode.TooManyRequests);
        (await EmbeddedBackendTests.PostCypherAsync(other, "RETURN 1", Key)).Problem(HttpStatusCode.NotImplemented);
        (await EmbeddedBackendTests.PostCypherAsync(other, "RETURN 1", "wrong")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TenthWrongKey_Is401_AndTheRightKeyStillPasses_TheEleventhIs429_AndSoIsTheRightKeyAfterIt()
    {
        await using var api = WithKey();
        var guesser = api.ClientFrom("192.0.2.4");

        for (var i = 1; i <= CypherKeyGate.FailuresPerWindow; i++)
        {
            (await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", $"wrong-{i}")).Problem(HttpStatusCode.Unauthorized);
        }

        (await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", Key)).Problem(HttpStatusCode.NotImplemented);
        var eleventh = await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", "wrong-11");
        var problem = eleventh.Problem(HttpStatusCode.TooManyRequests);
        Assert.InRange(eleventh.Message.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("More than 10 wrong API keys", problem.Str("detail"), StringComparison.Ordinal);
        (await EmbeddedBackendTests.PostCypherAsync(guesser, "RETURN 1", Key)).Problem(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task RightKeys_AreNotCountedAsFailures()
    {
        await using var api = WithKey();
        var client = api.ClientFrom("192.0.2.3");

        for (var i = 0; i < 30; i++)
        {
            (await EmbeddedBackendTests.PostCypherAsync(client, "RETURN 1", Key)).Problem(HttpStatusCode.NotImplemented);
        }

        (await EmbeddedBackendTests.PostCypherAsync(client, "RETURN 1", "wrong")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApi_DescribesTheBody_AndTheGatesAnswers()
    {
        await using var api = WithKey();

        var post = (await ApiResponse.GetAsync(api.CreateClient(), "/openapi/v1.json")).Ok().GetProperty("paths").GetProperty("/api/cypher").GetProperty("post");

        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var statuses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();
        Assert.Subset(statuses.ToHashSet(), new HashSet<string> { "200", "400", "401", "413", "415", "429", "501", "504" });
    }

    // 8 MB of a JSON statement: read in full, it would be buffered (as the framework's binding did) before any check.
    private static StringContent LargeBody() => Json("{\"statement\": \"RETURN 1 // " + new string('x', 8 << 20) + "\"}");
}
