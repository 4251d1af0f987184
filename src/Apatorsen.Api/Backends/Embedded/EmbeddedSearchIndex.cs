using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// Every node's id, the id's local part, name and synonyms, lower-cased once at start-up, so a search only
/// compares strings; the shared <see cref="SearchRanker"/> then ranks the nodes that contain the text.
/// </summary>
internal sealed class EmbeddedSearchIndex
{
    private readonly (string Text, EmbeddedNode Node)[] _entries;

    public EmbeddedSearchIndex(IEnumerable<EmbeddedNode> nodes) =>
        _entries = nodes
            .SelectMany(node => Texts(node).Select(text => (text.ToLowerInvariant(), node)))
            .ToArray();

    public IReadOnlyList<SearchCandidate> Candidates(SearchText text, string? label)
    {
        var found = new List<SearchCandidate>();
        EmbeddedNode? last = null;
        foreach (var (entry, node) in _entries)
        {
            // Entries are grouped by node: one match is enough.
            if (!ReferenceEquals(node, last) && (label is null || node.Label == label) && entry.Contains(text.Lower, StringComparison.Ordinal))
            {
                found.Add(node.Candidate);
                last = node;
            }
        }

        return found;
    }

    private static IEnumerable<string> Texts(EmbeddedNode node)
    {
        yield return node.Id;
        yield return node.Name;
        foreach (var synonym in node.Synonyms)
        {
            yield return synonym;
        }

        foreach (var formerId in node.FormerIds)
        {
            yield return formerId;
        }
    }
}
