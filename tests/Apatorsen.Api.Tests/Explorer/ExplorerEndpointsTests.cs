using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;

namespace Apatorsen.Api.Tests.Explorer;

/// <summary>
/// How the API serves the explorer: one page for every address below /explore (the page reads its address), the
/// built assets with validators and compression, nothing of it in the OpenAPI document. The page itself is tested
/// in a browser (tests/explorer).
/// </summary>
public sealed class ExplorerEndpointsTests(EmbeddedApiFactory factory) : IClassFixture<EmbeddedApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/explore")]
    [InlineData("/explore/")]
    [InlineData("/explore/mechanism/apatorsen:apatorsen")]
    [InlineData("/explore/trial/clinicaltrials:NCT01829113")]
    [InlineData("/explore/paths?from=apatorsen:apatorsen&to=GO:0006915")]
    public async Task EveryExplorerAddress_ServesThePage_WithItsBaseAndScript(string address)
    {
        using var response = await factory.CreateClient().GetAsync(address, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<base href=\"/explore/\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/explorer.js\" defer></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_IsOnlyAllowedToReachItsOwnOrigin()
    {
        using var response = await factory.CreateClient().GetAsync("/explore", Cancellation);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Root_LinksToTheExplorerAndTheApiReference()
    {
        using var response = await factory.CreateClient().GetAsync("/", Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<base href=\"/explore/\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"./\">Graph explorer</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../scalar\">API reference</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("explorer.js", "text/javascript")]
    [InlineData("explorer.css", "text/css")]
    [InlineData("favicon.svg", "image/svg+xml")]
    public async Task Assets_CarryAnETag_AndARepeatedRequestIsAnswered304(string file, string mediaType)
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync($"/explore/assets/{file}", Cancellation);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/explore/assets/{file}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again, Cancellation);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task TheBundle_IsGzipped_ForAClientThatAcceptsIt_AndUnpacksToTheSameScript()
    {
        var client = factory.CreateClient();
        var plain = await client.GetByteArrayAsync("/explore/assets/explorer.js", Cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/explore/assets/explorer.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request, Cancellation);
        var packed = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.True(packed.Length < plain.Length / 2, $"{packed.Length} bytes gzipped of {plain.Length}");
        await using var unpacked = new MemoryStream();
        await using (var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress))
        {
            await gzip.CopyToAsync(unpacked, Cancellation);
        }

        Assert.Equal(plain, unpacked.ToArray());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/explore/assets/missing.js")]
    [InlineData("/explore/assets/index.html")]
    public async Task AnAssetTheExplorerDoesNotHave_IsA404Problem(string address)
    {
        var response = await ApiResponse.GetAsync(factory.CreateClient(), address);

        response.Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheExplorerIsNotPartOfTheOpenApiDocument()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json", Cancellation);

        Assert.DoesNotContain("\"/explore", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/\":", document, StringComparison.Ordinal);
    }
}
