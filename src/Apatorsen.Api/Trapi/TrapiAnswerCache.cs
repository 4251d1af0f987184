using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Settings;
using Apatorsen.Api.Trapi.Model;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// Answers a query seen before from memory while <c>Api:CacheResponses</c> is on, as for GET /api, on either backend:
/// keyed by the graph's version (<see cref="Backends.IGraphVersion"/>: the embedded graph's for good, Neo4j's dataset
/// versions as last checked, so an import shows within Api:DatasetVersionCheckInterval; nothing is kept on a graph
/// without them) and the exact body; a query with <c>bypass_cache: true</c> is always answered afresh, as TRAPI asks.
/// The logs are stamped anew on every answer. Holds at most <c>Api:ResponseCacheSizeLimit</c> bytes, as the GET
/// cache does (a budget of its own); past it new answers are not kept and the oldest are compacted away.
/// </summary>
public sealed class TrapiAnswerCache(TimeProvider time, long sizeLimit, bool sharesGraphObjects) : IDisposable
{
    /// <summary>Bodies longer than this are not kept (they are rarely repeated).</summary>
    public const int MaxBodyLength = 16 * 1024;

    // What an answer holds of its own, estimated per object: on the embedded backend its knowledge graph's nodes and
    // edges are the graph's shared instances (TrapiMapping), so only the dictionary entries pointing at them count; on
    // Neo4j they were read for this answer and are its own.
    private const int EntryOverheadBytes = 256;
    private const int ObjectBytes = 128;
    private const int ReferenceBytes = 48;
    private const int OwnGraphObjectBytes = 1024;

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = sizeLimit, TrackStatistics = true });

    public static TrapiAnswerCache? For(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        return options.CacheResponses
            ? new TrapiAnswerCache(services.GetService<TimeProvider>() ?? TimeProvider.System, options.ResponseCacheSizeLimit, services.GetService<EmbeddedGraph>() is not null)
            : null;
    }

    /// <summary>The bytes the answers held now are estimated at; never more than the limit.</summary>
    public long Size => _answers.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The key an answer to <paramref name="body"/> is kept under while the graph's version is <paramref name="graphVersion"/>.</summary>
    public static string Key(string graphVersion, string body) => graphVersion + "\n" + body;

    public TrapiResponse? Find(string key) =>
        key.Length <= MaxBodyLength && _answers.TryGetValue(key, out TrapiResponse? answer)
            ? answer! with { Logs = answer.Logs.Select(l => l with { Timestamp = time.GetUtcNow() }).ToArray() }
            : null;

    public void Keep(string key, TrapiResponse answer)
    {
        if (key.Length <= MaxBodyLength)
        {
            _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = RetainedBytes(key, answer) });
        }
    }

    public void Dispose() => _answers.Dispose();

    private long RetainedBytes(string body, TrapiResponse answer)
    {
        var message = answer.Message;
        long objects = answer.Logs.Count;
        foreach (var result in message.Results)
        {
            objects += 1 + result.NodeBindings.Sum(b => 1 + b.Value.Count);
            objects += result.Analyses.Sum(a => 1 + a.EdgeBindings.Sum(b => 1 + b.Value.Count));
        }

        return (2L * body.Length) + EntryOverheadBytes + (ObjectBytes * objects)
            + ((sharesGraphObjects ? ReferenceBytes : OwnGraphObjectBytes) * (message.KnowledgeGraph.Nodes.Count + message.KnowledgeGraph.Edges.Count));
    }
}
