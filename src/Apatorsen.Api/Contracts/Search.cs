namespace Apatorsen.Api.Contracts;

/// <summary>Answer of GET /api/search.</summary>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Items);

/// <summary>
/// One search hit. <paramref name="MatchedOn"/> names the field that matched best (id, name or synonym),
/// <paramref name="Match"/> how (exact, prefix or contains) and <paramref name="MatchedText"/> the text it matched.
/// </summary>
public sealed record SearchHit(string Id, IReadOnlyList<string> Labels, string Name, string MatchedOn, string Match, string MatchedText);
