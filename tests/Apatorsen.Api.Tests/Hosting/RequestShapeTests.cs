using System.Net;
using Apatorsen.Api.Tests.Contract;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>Requests the API refuses for their shape, whatever the route does: repeated parameters, other methods.</summary>
public sealed class RequestShapeTests
{
    [Theory]
    [InlineData("/api/search?q=hsp27&q=ogx", "q")]
    [InlineData("/api/search?q=hsp27&Q=ogx", "q")]
    [InlineData("/api/search?q=hsp27&limit=5&limit=6", "limit")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&from=UniProtKB:P04792&to=GO:0006915", "from")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?type=TARGETS&type=BINDS", "type")]
    [InlineData("/api/relationships?subject=apatorsen:apatorsen&subject=x:y", "subject")]
    [InlineData("/api/drugs/apatorsen:apatorsen/trials?offset=0&offset=1", "offset")]
    [InlineData("/api/meta?unknown=1&unknown=2", "unknown")]
    public async Task RepeatedQueryParameter_Is400_NamingIt(string url, string parameter)
    {
        await using var api = new ApiHost();

        var problem = (await ApiResponse.GetAsync(api.CreateClient(), url)).Problem(HttpStatusCode.BadRequest);

        // The query's names are case-insensitive (q and Q are one parameter), so either spelling may be named.
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Equals(parameter, StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"'{parameter}'", problem.Str("detail"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SingleQueryParameters_StillWork()
    {
        await using var api = new ApiHost();

        (await ApiResponse.GetAsync(api.CreateClient(), "/api/search?q=hsp27&limit=5")).Ok();
    }

    [Theory]
    [InlineData("/health/live", "POST")]
    [InlineData("/health/live", "DELETE")]
    [InlineData("/health/live", "TRACE")]
    [InlineData("/health/live", "PUT")]
    [InlineData("/health/live", "MADEUP")]
    [InlineData("/health/ready", "POST")]
    [InlineData("/health/ready", "DELETE")]
    public async Task HealthCheck_AnswersOnlyGetAndHead(string url, string method)
    {
        await using var api = new ApiHost();
        var client = api.CreateClient();

        var refused = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), TestContext.Current.CancellationToken);
        var get = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), TestContext.Current.CancellationToken);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }
}
