using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Hosting;
using Apatorsen.Api.Trapi.Model;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// Answers a query seen before from memory, on the embedded backend only (its graph never changes while the process
/// runs; with Neo4j an import may change it at any time) and only while <c>Api:CacheResponses</c> is on, as for GET
/// /api. Keyed by the exact body; a query with <c>bypass_cache: true</c> is always answered afresh, as TRAPI asks.
/// The logs are stamped anew on every answer.
/// </summary>
public sealed class TrapiAnswerCache(TimeProvider time)
{
    /// <summary>Bodies longer than this are not kept (they are rarely repeated).</summary>
    public const int MaxBodyLength = 16 * 1024;

    /// <summary>The most answers kept; once full, new queries are answered without being kept.</summary>
    public const int MaxAnswers = 1000;

    private readonly ConcurrentDictionary<string, TrapiResponse> _answers = new(StringComparer.Ordinal);

    public static TrapiAnswerCache? For(IServiceProvider services) =>
        services.GetService<EmbeddedGraph>() is not null && services.GetRequiredService<IOptions<ApiOptions>>().Value.CacheResponses
            ? new TrapiAnswerCache(services.GetService<TimeProvider>() ?? TimeProvider.System)
            : null;

    public TrapiResponse? Find(string body) =>
        body.Length <= MaxBodyLength && _answers.TryGetValue(body, out var answer)
            ? answer with { Logs = answer.Logs.Select(l => l with { Timestamp = time.GetUtcNow() }).ToArray() }
            : null;

    public void Keep(string body, TrapiResponse answer)
    {
        if (body.Length <= MaxBodyLength && _answers.Count < MaxAnswers)
        {
            _answers.TryAdd(body, answer);
        }
    }
}
