using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Settings;
using Apatorsen.Api.Trapi.Model;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// Answers a query seen before from memory, on the embedded backend only (its graph never changes while the process
/// runs; with Neo4j an import may change it at any time) and only while <c>Api:CacheResponses</c> is on, as for GET
/// /api. Keyed by the exact body; a query with <c>bypass_cache: true</c> is always answered afresh, as TRAPI asks.
/// The logs are stamped anew on every answer. Holds at most <c>Api:ResponseCacheSizeLimit</c> bytes, as the GET
/// cache does (a budget of its own); past it new answers are not kept and the oldest are compacted away.
/// </summary>
public sealed class TrapiAnswerCache(TimeProvider time, long sizeLimit) : IDisposable
{
    /// <summary>Bodies longer than this are not kept (they are rarely repeated).</summary>
    public const int MaxBodyLength = 16 * 1024;

    // What an answer holds of its own, estimated per object: its knowledge graph's nodes and edges are the embedded
    // graph's shared instances (TrapiMapping), so only the dictionary entries pointing at them count.
    private const int EntryOverheadBytes = 256;
    private const int ObjectBytes = 128;
    private const int ReferenceBytes = 48;

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = sizeLimit, TrackStatistics = true });

    public static TrapiAnswerCache? For(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        return services.GetService<EmbeddedGraph>() is not null && options.CacheResponses
            ? new TrapiAnswerCache(services.GetService<TimeProvider>() ?? TimeProvider.System, options.ResponseCacheSizeLimit)
            : null;
    }

    /// <summary>The bytes the answers held now are estimated at; never more than the limit.</summary>
    public long Size => _answers.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public TrapiResponse? Find(string body) =>
        body.Length <= MaxBodyLength && _answers.TryGetValue(body, out TrapiResponse? answer)
            ? answer! with { Logs = answer.Logs.Select(l => l with { Timestamp = time.GetUtcNow() }).ToArray() }
            : null;

    public void Keep(string body, TrapiResponse answer)
    {
        if (body.Length <= MaxBodyLength)
        {
            _answers.Set(body, answer, new MemoryCacheEntryOptions { Size = RetainedBytes(body, answer) });
        }
    }

    public void Dispose() => _answers.Dispose();

    private static long RetainedBytes(string body, TrapiResponse answer)
    {
        var message = answer.Message;
        long objects = answer.Logs.Count;
        foreach (var result in message.Results)
        {
            objects += 1 + result.NodeBindings.Sum(b => 1 + b.Value.Count);
            objects += result.Analyses.Sum(a => 1 + a.EdgeBindings.Sum(b => 1 + b.Value.Count));
        }

        return (2L * body.Length) + EntryOverheadBytes + (ObjectBytes * objects)
            + (ReferenceBytes * (message.KnowledgeGraph.Nodes.Count + message.KnowledgeGraph.Edges.Count));
    }
}
