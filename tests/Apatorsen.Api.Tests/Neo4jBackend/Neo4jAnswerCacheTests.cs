using Apatorsen.Api.Backends.Neo4j;
using Apatorsen.Api.Settings;
using Apatorsen.Graph.Schema;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Trapi;
using Apatorsen.Neo4j.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Apatorsen.Api.Tests.Neo4jBackend.Neo4jRows;

namespace Apatorsen.Api.Tests.Neo4jBackend;

/// <summary>
/// The Neo4j backend's kept answers: GET answers are kept under the graph's dataset versions, which it reads (one
/// statement, queries/datasets) at most once every Api:DatasetVersionCheckInterval; a new version is answered afresh,
/// and a graph without versions is never answered from memory.
/// </summary>
public sealed class Neo4jAnswerCacheTests
{
    private const string Hsp27 = "UniProtKB:P04792";
    private const string EntityUrl = $"/api/entities/{Hsp27}";

    private static StubResponse Datasets(params (string Name, string Version)[] datasets) => StubResponse.Rows(
        ["name", "version", "nodes", "relationships"],
        [.. datasets.Select(d => (IReadOnlyList<object?>)[d.Name, d.Version, 177L, 339L])]);

    private static Task<Neo4jApiHarness> CachingApiAsync(string interval) => Neo4jApiHarness.StartAsync(new Dictionary<string, string?>
    {
        ["Api:CacheResponses"] = "true",
        ["Api:DatasetVersionCheckInterval"] = interval,
    });

    [Fact]
    public async Task RepeatedReads_WithinTheInterval_CostOneVersionCheck_AndNoStatement()
    {
        await using var api = await CachingApiAsync("01:00:00");
        api.On("queries/datasets", Datasets(("apatorsen", "0123456789abcdef")));
        api.On("queries/entity", EntityRow(Hsp27, "Protein", "Hsp27"));

        var first = (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();
        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => ApiResponse.GetAsync(api.Client, EntityUrl)));

        Assert.All(again, r => Assert.Equal(first.GetRawText(), r.Ok().GetRawText()));
        Assert.Single(api.RequestsFor("queries/datasets"));
        Assert.Single(api.RequestsFor("queries/entity"));
    }

    [Fact]
    public async Task ANewDatasetVersion_IsAnsweredAfresh_AndThenKeptUnderIt()
    {
        await using var api = await CachingApiAsync("00:00:00");
        var version = "0123456789abcdef";
        api.On("queries/datasets", _ => Datasets(("apatorsen", version), ("second", "fedcba9876543210")));
        var name = "Hsp27";
        api.On("queries/entity", _ => EntityRow(Hsp27, "Protein", name));

        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();
        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();
        (version, name) = ("1111111111111111", "Heat shock protein beta-1");
        var afterImport = (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();
        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();

        Assert.Equal("Heat shock protein beta-1", afterImport.Str("name"));
        Assert.Equal(2, api.RequestsFor("queries/entity").Count);
        Assert.Equal(4, api.RequestsFor("queries/datasets").Count);
    }

    private const string TwoHopShape = "trapi/shapes/anchored-0-1";

    private static Task<ApiResponse> PostTwoHopsAsync(Neo4jApiHarness api) => Neo4jTrapiTests.PostAsync(api.Client, Neo4jTrapiTests.TwoHops);

    [Fact]
    public async Task RepeatedTrapiQuery_IsAnsweredFromMemoryUnderTheVersion_AndAfreshAfterAnImport()
    {
        await using var api = await CachingApiAsync("00:00:00");
        var version = "0123456789abcdef";
        api.On("queries/datasets", _ => Datasets(("apatorsen", version)));
        api.On(TwoHopShape, Neo4jTrapiTests.TwoHopAnswer());

        var first = (await PostTwoHopsAsync(api)).Ok();
        var again = (await PostTwoHopsAsync(api)).Ok();
        Assert.Equal(first.GetProperty("message").GetRawText(), again.GetProperty("message").GetRawText());
        Assert.Single(api.RequestsFor(TwoHopShape));

        version = "1111111111111111";
        (await PostTwoHopsAsync(api)).Ok();
        Assert.Equal(2, api.RequestsFor(TwoHopShape).Count);
    }

    [Fact]
    public async Task TrapiQuery_OnAGraphWithoutDatasetNodes_IsAskedEveryTime()
    {
        await using var api = await CachingApiAsync("01:00:00");
        api.On("queries/datasets", Datasets());
        api.On(TwoHopShape, Neo4jTrapiTests.TwoHopAnswer());

        (await PostTwoHopsAsync(api)).Ok();
        (await PostTwoHopsAsync(api)).Ok();

        Assert.Equal(2, api.RequestsFor(TwoHopShape).Count);
    }

    [Fact]
    public async Task AGraphWithoutDatasetNodes_IsAskedEveryTime()
    {
        await using var api = await CachingApiAsync("01:00:00");
        api.On("queries/datasets", Datasets());
        api.On("queries/entity", EntityRow(Hsp27, "Protein", "Hsp27"));

        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();
        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();

        Assert.Equal(2, api.RequestsFor("queries/entity").Count);
        Assert.Single(api.RequestsFor("queries/datasets"));
    }

    [Fact]
    public async Task AFailedVersionCheck_StillAnswers_WithoutKeeping_AndIsNotRetriedWithinTheInterval()
    {
        await using var api = await CachingApiAsync("01:00:00");
        api.On("queries/datasets", StubResponse.SyntaxError());
        api.On("queries/entity", EntityRow(Hsp27, "Protein", "Hsp27"));

        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();
        (await ApiResponse.GetAsync(api.Client, EntityUrl)).Ok();

        Assert.Equal(2, api.RequestsFor("queries/entity").Count);
        Assert.Single(api.RequestsFor("queries/datasets"));
    }

    [Fact]
    public async Task Errors_AreNotKept()
    {
        await using var api = await CachingApiAsync("01:00:00");
        api.On("queries/datasets", Datasets(("apatorsen", "0123456789abcdef")));
        api.On("queries/entity", StubResponse.TransientError());

        await ApiResponse.GetAsync(api.Client, EntityUrl);
        await ApiResponse.GetAsync(api.Client, EntityUrl);

        Assert.Equal(2, api.RequestsFor("queries/entity").Count);
    }

    [Fact]
    public async Task Meta_ListsTheDatasets_AndIsKeptUnderTheirVersions()
    {
        await using var api = await CachingApiAsync("00:00:00");
        var version = "0123456789abcdef";
        api.On("queries/datasets", _ => Datasets(("apatorsen", version)));
        api.On("queries/meta", _ => StubResponse.Rows(
            ["labels", "patterns", "versions", "datasets"],
            new object?[]
            {
                new[] { new object[] { "Protein", 3L } },
                Array.Empty<object>(),
                new[] { "ffffffffffffffff" },
                new[] { new object[] { "apatorsen", version, 3L, 0L } },
            }));

        var meta = (await ApiResponse.GetAsync(api.Client, "/api/meta")).Ok();
        (await ApiResponse.GetAsync(api.Client, "/api/meta")).Ok();
        version = "1111111111111111";
        var afterImport = (await ApiResponse.GetAsync(api.Client, "/api/meta")).Ok();

        var dataset = Assert.Single(meta.Items("datasets"));
        Assert.Equal("apatorsen", dataset.Str("name"));
        Assert.Equal("0123456789abcdef", dataset.Str("version"));
        Assert.Equal(3, dataset.GetProperty("nodes").GetInt32());
        Assert.Equal("0123456789abcdef", meta.Str("version"));
        Assert.Equal("1111111111111111", afterImport.Str("version"));
        Assert.Equal(2, api.RequestsFor("queries/meta").Count);
    }

    [Fact]
    public async Task VersionCheck_IsSentAgainOnlyOnceTheIntervalHasPassed()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.On("queries/datasets", Datasets(("apatorsen", "0123456789abcdef")));
        var clock = new Clock();
        var versions = new Neo4jDatasetVersions(
            api.QueryClient, Options.Create(new ApiOptions { DatasetVersionCheckInterval = TimeSpan.FromSeconds(5) }), clock, ApatorsenSchema.Instance, NullLogger<Neo4jDatasetVersions>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var key = await versions.CacheKeyAsync(ct);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await versions.CacheKeyAsync(ct);
        var checksWithin = api.RequestsFor("queries/datasets").Count;
        clock.Advance(TimeSpan.FromSeconds(0.2));
        await versions.CacheKeyAsync(ct);

        Assert.Equal("apatorsen@0123456789abcdef", key);
        Assert.Equal(1, checksWithin);
        Assert.Equal(2, api.RequestsFor("queries/datasets").Count);
    }

    private sealed class Clock : TimeProvider
    {
        private long _ticks = DateTimeOffset.UnixEpoch.Ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
