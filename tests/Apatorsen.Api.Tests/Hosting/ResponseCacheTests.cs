using System.Net;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Tests.Contract;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// The embedded backend's response cache: keyed on the route's own, validated parameters (so made-up parameters
/// cannot make new entries), only successful answers, and bounded by its size limit whatever the traffic.
/// </summary>
public sealed class ResponseCacheTests
{
    private static bool FromCache(ApiResponse response) => response.Message.Headers.Age is not null;

    [Fact]
    public async Task UnknownQueryParameters_ShareOneCacheEntry()
    {
        await using var api = new ApiHost();
        var client = api.CreateClient();

        var first = await ApiResponse.GetAsync(client, "/api/search?q=hsp&made-up=1");
        var second = await ApiResponse.GetAsync(client, "/api/search?q=hsp&made-up=2");
        var plain = await ApiResponse.GetAsync(client, "/api/search?q=hsp");

        Assert.Equal(first.Ok().ToString(), second.Ok().ToString());
        Assert.True(FromCache(second), "the second answer should come from the first one's entry");
        Assert.True(FromCache(plain), "the answer without the made-up parameter should too");
    }

    [Fact]
    public async Task ParametersInAnotherOrder_ShareOneCacheEntry()
    {
        await using var api = new ApiHost();
        var client = api.CreateClient();

        (await ApiResponse.GetAsync(client, "/api/search?q=hsp&limit=5")).Ok();
        var reordered = await ApiResponse.GetAsync(client, "/api/search?limit=5&q=hsp");

        Assert.True(FromCache(reordered));
    }

    [Fact]
    public async Task DifferentValues_AreDifferentEntries()
    {
        await using var api = new ApiHost();
        var client = api.CreateClient();

        var five = (await ApiResponse.GetAsync(client, "/api/search?q=hsp&limit=5")).Ok();
        var one = await ApiResponse.GetAsync(client, "/api/search?q=hsp&limit=1");

        Assert.False(FromCache(one));
        Assert.Single(one.Ok().GetProperty("items").EnumerateArray());
        Assert.NotEqual(five.ToString(), one.Json.ToString());
    }

    [Fact]
    public async Task IdsDifferingOnlyInCase_AreDifferentEntries()
    {
        await using var api = new ApiHost();
        var client = api.CreateClient();

        (await ApiResponse.GetAsync(client, "/api/entities/UniProtKB:P04792")).Ok();

        (await ApiResponse.GetAsync(client, "/api/entities/uniprotkb:p04792")).Problem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=hsp&limit=0")]
    [InlineData("/api/entities/UniProtKB:P00000")]
    public async Task FailedAnswers_AreNotCached(string url)
    {
        await using var api = new ApiHost();
        var client = api.CreateClient();

        await ApiResponse.GetAsync(client, url);
        var again = await ApiResponse.GetAsync(client, url);

        Assert.False(FromCache(again));
        Assert.Equal(0, Store(api).Size);
    }

    [Fact]
    public async Task ManyDistinctQueries_StayWithinTheSizeLimit()
    {
        const int Limit = 64 * 1024;
        await using var api = new ApiHost { Settings = new Dictionary<string, string?> { ["Api:ResponseCacheSizeLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        var client = api.CreateClient();

        for (var i = 0; i < 600; i++)
        {
            (await ApiResponse.GetAsync(client, $"/api/search?q=hsp{i}&made-up={i}")).Ok();
        }

        var store = Store(api);
        Assert.InRange(store.Size, 1, Limit);
        Assert.InRange(store.Entries, 1, 599);
    }

    [Fact]
    public async Task ShippedSizeLimit_IsAFewMegabytes()
    {
        await using var api = new ApiHost();
        api.CreateClient();

        Assert.InRange(Store(api).SizeLimit, 1 << 20, 8 << 20);
    }

    private static BoundedOutputCacheStore Store(ApiHost api) =>
        Assert.IsType<BoundedOutputCacheStore>(api.Services.GetRequiredService<IOutputCacheStore>());
}
