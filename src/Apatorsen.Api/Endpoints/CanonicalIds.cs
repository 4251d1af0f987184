using Apatorsen.Api.Backends;

namespace Apatorsen.Api.Endpoints;

/// <summary>
/// The ids of one request as the backend should be asked about them. An id starts as given; when an answer says no
/// node has it, <see cref="ResolveAsync{T}"/> asks the backend whether it is a former id or a cross-reference of a
/// node, and from then on <see cref="Of"/> gives that node's id. Each id is resolved at most once, so asking again
/// ends. The resolution is asked only after a miss: a request that names canonical ids costs one round trip.
/// </summary>
internal sealed class CanonicalIds(IKnowledgeGraph graph)
{
    /// <summary>The header that lists, as requested=canonical, the ids an answer resolved.</summary>
    public const string ResolvedIdHeader = "X-Resolved-Id";

    private readonly Dictionary<string, string> _resolved = new(StringComparer.Ordinal);

    /// <summary>The ids resolved so far, as requested → canonical.</summary>
    public IReadOnlyDictionary<string, string> Resolved => _resolved;

    /// <summary>The id to ask the backend about in place of <paramref name="id"/>.</summary>
    public string Of(string id) => _resolved.GetValueOrDefault(id, id);

    /// <summary>Says in the answer's <see cref="ResolvedIdHeader"/> which ids were resolved, if any.</summary>
    public void Report(HttpResponse response)
    {
        if (_resolved.Count > 0)
        {
            response.Headers[ResolvedIdHeader] = _resolved.Select(r => $"{r.Key}={r.Value}").ToArray();
        }
    }

    /// <summary>
    /// True when <paramref name="lookup"/> failed on an id not yet resolved that names a node under another id: the
    /// question should be asked again.
    /// </summary>
    public async Task<bool> ResolveAsync<T>(Lookup<T> lookup, CancellationToken cancellationToken)
    {
        if (lookup is not UnknownId<T> unknown || _resolved.ContainsKey(unknown.Id)
            || await graph.CanonicalIdAsync(unknown.Id, cancellationToken) is not { } canonical)
        {
            return false;
        }

        _resolved[unknown.Id] = canonical;
        return true;
    }
}
