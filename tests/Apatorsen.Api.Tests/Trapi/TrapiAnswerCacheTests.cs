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

    private static TrapiResponse Answer(DateTimeOffset at) => new(
        new TrapiMessage(JsonDocument.Parse("{}").RootElement, new KnowledgeGraph(new Dictionary<string, TrapiNode>(), new Dictionary<string, TrapiEdge>()), []),
        "Success", "Success. 0 results.", [new LogEntry(at, "INFO", null, "kept")], [new WorkflowOperation("lookup")], "1.5.0", "4.4.4");

    [Fact]
    public void AnswerKept_IsFoundByTheExactBody_WithItsLogsStampedAnew()
    {
        var clock = new Clock();
        var cache = new TrapiAnswerCache(clock);
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
        var cache = new TrapiAnswerCache(new Clock());
        var body = new string(' ', TrapiAnswerCache.MaxBodyLength + 1);
        cache.Keep(body, Answer(DateTimeOffset.UnixEpoch));

        Assert.Null(cache.Find(body));
    }
}
