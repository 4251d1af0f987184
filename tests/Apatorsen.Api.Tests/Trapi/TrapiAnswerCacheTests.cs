using System.Text.Json;
using Apatorsen.Api.Trapi;
using Apatorsen.Api.Trapi.Model;

namespace Apatorsen.Api.Tests.Trapi;

public sealed class TrapiAnswerCacheTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private const long SizeLimit = 64 * 1024;

    private static TrapiResponse Answer(DateTimeOffset at, int results = 0) => new(
        new TrapiMessage(
            JsonDocument.Parse("{}").RootElement,
            new KnowledgeGraph(new Dictionary<string, TrapiNode>(), new Dictionary<string, TrapiEdge>()),
            Enumerable.Range(0, results).Select(i => new TrapiResult(
                new Dictionary<string, IReadOnlyList<NodeBinding>> { ["n"] = [new NodeBinding($"X:{i}", [])] },
                [new Analysis("infores:test", new Dictionary<string, IReadOnlyList<EdgeBinding>> { ["e"] = [new EdgeBinding($"e{i}", [])] })])).ToArray()),
        "Success", $"Success. {results} results.", [new LogEntry(at, "INFO", null, "kept")], [new WorkflowOperation("lookup")], "1.5.0", "4.4.4");

    [Fact]
    public void AnswerKept_IsFoundByTheExactBody_WithItsLogsStampedAnew()
    {
        var clock = new Clock();
        using var cache = new TrapiAnswerCache(clock, SizeLimit, sharesGraphObjects: true);
        cache.Keep("{\"message\":1}", Answer(clock.Now));
        clock.Now = clock.Now.AddMinutes(5);

        var found = cache.Find("{\"message\":1}");

        Assert.NotNull(found);
        Assert.Equal(clock.Now, Assert.Single(found.Logs).Timestamp);
        Assert.Null(cache.Find("{\"message\": 1}"));
    }

    [Fact]
    public void LongBodies_AreNotKept()
    {
        using var cache = new TrapiAnswerCache(new Clock(), SizeLimit, sharesGraphObjects: true);
        var body = new string(' ', TrapiAnswerCache.MaxBodyLength + 1);
        cache.Keep(body, Answer(DateTimeOffset.UnixEpoch));

        Assert.Null(cache.Find(body));
    }

    [Fact]
    public void ManyDistinctQueries_WithLargeAnswers_StayWithinTheSizeLimit()
    {
        using var cache = new TrapiAnswerCache(new Clock(), SizeLimit, sharesGraphObjects: true);

        for (var i = 0; i < 200; i++)
        {
            cache.Keep($"{{\"message\":{i}}}", Answer(DateTimeOffset.UnixEpoch, results: 20));
        }

        Assert.InRange(cache.Size, 1, SizeLimit);
    }

    [Fact]
    public void AnAnswer_CountsAtLeastAsManyBytesAsItsJson()
    {
        using var cache = new TrapiAnswerCache(new Clock(), SizeLimit, sharesGraphObjects: true);
        var answer = Answer(DateTimeOffset.UnixEpoch, results: 20);

        cache.Keep("{\"message\":1}", answer);

        Assert.InRange(cache.Size, JsonSerializer.SerializeToUtf8Bytes(answer, TrapiEndpoints.Json).Length, SizeLimit);
    }
}
