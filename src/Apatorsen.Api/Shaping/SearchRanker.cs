
namespace Apatorsen.Api.Shaping;

/// <summary>
/// Ranks search candidates the same way on every backend: a node's best match over its id, name and synonyms,
/// case-insensitive; exact before prefix before contains; then id and name before synonyms; then shorter matched
/// text, then name and id.
/// </summary>
public static class SearchRanker
{
    public static IReadOnlyList<SearchHit> Rank(IEnumerable<SearchCandidate> candidates, SearchText text, int limit)
    {
        var hits = new List<(SearchHit Hit, int Kind, int Field)>();
        foreach (var candidate in candidates)
        {
            if (Best(candidate, text.Lower) is { } best)
            {
                hits.Add(best);
            }
        }

        return hits
            .OrderBy(h => h.Kind)
            .ThenBy(h => h.Field)
            .ThenBy(h => h.Hit.MatchedText.Length)
            .ThenBy(h => h.Hit.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Hit.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => h.Hit)
            .ToArray();
    }

    private static (SearchHit Hit, int Kind, int Field)? Best(SearchCandidate candidate, string lower)
    {
        (string Field, int Rank, string Text)? best = null;
        var bestKind = int.MaxValue;
        void Consider(string field, int rank, string value)
        {
            var kind = Kind(value, lower, field is "id" or "formerId");
            if (kind < bestKind || (kind == bestKind && best is { } b && (rank < b.Rank || (rank == b.Rank && value.Length < b.Text.Length))))
            {
                bestKind = kind;
                best = (field, rank, value);
            }
        }

        Consider("id", 0, candidate.Id);
        Consider("name", 0, candidate.Name);
        foreach (var formerId in candidate.FormerIds)
        {
            Consider("formerId", 1, formerId);
        }

        foreach (var synonym in candidate.Synonyms)
        {
            Consider("synonym", 1, synonym);
        }

        if (best is not { } found || bestKind == int.MaxValue)
        {
            return null;
        }

        var match = bestKind switch { 0 => "exact", 1 => "prefix", _ => "contains" };
        return (new SearchHit(candidate.Id, candidate.Labels, candidate.Name, found.Field, match, found.Text), bestKind, found.Rank);
    }

    // 0 exact, 1 prefix, 2 contains, MaxValue no match. The local part of an id counts as its start, so "P04792"
    // finds UniProtKB:P04792 as a prefix match, and "NCT01829113" its trial as exact.
    private static int Kind(string value, string lower, bool isId)
    {
        var v = value.ToLowerInvariant();
        var colon = isId ? v.IndexOf(':', StringComparison.Ordinal) : -1;
        var local = colon > 0 ? v[(colon + 1)..] : null;
        if (v == lower || local == lower)
        {
            return 0;
        }

        if (v.StartsWith(lower, StringComparison.Ordinal) || (local?.StartsWith(lower, StringComparison.Ordinal) ?? false))
        {
            return 1;
        }

        return v.Contains(lower, StringComparison.Ordinal) ? 2 : int.MaxValue;
    }
}
