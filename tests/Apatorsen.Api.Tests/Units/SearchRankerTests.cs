using Apatorsen.Api.Questions;
using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Tests.Units;

public sealed class SearchRankerTests
{
    private static readonly SearchCandidate[] Candidates =
    [
        new("x:contains", ["Drug"], "big hsp27 family", [], []),
        new("x:prefix", ["Drug"], "hsp27 inhibitors", [], []),
        new("x:synonym-exact", ["Gene"], "HSPB1", ["HSP27"], []),
        new("x:name-exact", ["Protein"], "Hsp27", [], []),
        new("x:none", ["Drug"], "prednisone", ["Deltasone"], []),
    ];

    [Fact]
    public void Rank_PutsExactBeforePrefixBeforeContains_AndNamesBeforeSynonyms_AndDropsNonMatches()
    {
        var hits = SearchRanker.Rank(Candidates, new SearchText("hsp27"), 10);

        Assert.Equal(["x:name-exact", "x:synonym-exact", "x:prefix", "x:contains"], hits.Select(h => h.Id));
        Assert.Equal(["exact", "exact", "prefix", "contains"], hits.Select(h => h.Match));
        Assert.Equal("synonym", hits[1].MatchedOn);
        Assert.Equal("HSP27", hits[1].MatchedText);
    }

    [Fact]
    public void Rank_TreatsAnIdsLocalPartAsItsStart()
    {
        var hits = SearchRanker.Rank([new("UniProtKB:P04792", ["Protein"], "Hsp27", [], [])], new SearchText("p0479"), 10);

        var hit = Assert.Single(hits);
        Assert.Equal(("id", "prefix"), (hit.MatchedOn, hit.Match));
    }

    [Fact]
    public void Rank_HonoursTheLimit() => Assert.Single(SearchRanker.Rank(Candidates, new SearchText("hsp"), 1));

    [Fact]
    public void SearchText_SplitsIntoLetterOrDigitRuns() =>
        Assert.Equal(["ogx", "427", "or"], new SearchText("OGX-427\") OR *:*").Tokens);
}
