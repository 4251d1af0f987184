using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Apatorsen.IntegrationTests.Browser;

/// <summary>
/// The guide's code blocks are what a researcher runs. Each must be, character for character, a saved query of
/// cypher/browser/, because those files are what the Cypher lint gate parses and checks against the schema.
/// </summary>
public sealed partial class BrowserGuideTests
{
    // The guide is kept well-formed XML (no HTML-only entities, every element closed) so that this test can read it
    // without an HTML parser; the Browser reads it as HTML, which XML of this shape is.
    private static readonly XDocument Guide = XDocument.Load(BrowserFolder.Guide, LoadOptions.PreserveWhitespace);

    [Fact]
    public void Guide_IsABrowserGuide_OfSlides_WithoutScripts()
    {
        var root = Guide.Root!;

        Assert.Equal("article", root.Name.LocalName);
        Assert.Contains("guide", ((string?)root.Attribute("class") ?? "").Split(' '));
        // The Browser cuts a remote guide into slides at <slide> elements, and shows them in a carousel.
        Assert.True(root.Descendants("slide").Count() >= 5, "The guide should have a slide per topic.");
        Assert.All(root.Descendants("slide"), slide => Assert.NotNull(slide.Descendants("h3").FirstOrDefault()));
        Assert.Empty(root.Descendants("script"));
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryGuideCodeBlock_IsRunnable_AndIsTheTextOfASavedQuery()
    {
        var saved = BrowserFolder.SavedQueries
            .GroupBy(file => Normalize(BrowserFolder.Read(file)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Path.GetFileName(g.First()), StringComparer.Ordinal);
        var blocks = Guide.Descendants("pre").ToArray();

        Assert.NotEmpty(blocks);
        var problems = new List<string>();
        foreach (var block in blocks)
        {
            var text = Normalize(block.Value);
            var firstLine = text.Split('\n')[0];
            if (!((string?)block.Attribute("class") ?? "").Split(' ').Contains("runnable"))
            {
                problems.Add($"not class=\"runnable\" (the Browser would not let it be run): {firstLine}");
            }

            if (!saved.ContainsKey(text))
            {
                problems.Add($"no file in cypher/browser/ has exactly this text: {firstLine}");
            }
        }

        Assert.True(problems.Count == 0, "Guide code blocks:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Guide_ShowsEachSavedQueryAtMostOnce()
    {
        var texts = Guide.Descendants("pre").Select(b => Normalize(b.Value)).ToArray();

        Assert.Equal(texts.Length, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Guide_PassesTheBrowsersHtmlCleaning_Unchanged()
    {
        var html = File.ReadAllText(BrowserFolder.Guide);

        // Neo4j Browser's cleanHtml (src/shared/services/remoteUtils.ts) runs these over a fetched guide, text
        // included: " one = 1" in a query would lose its "= 1". Nothing in the guide may match them.
        Assert.DoesNotMatch(OnHandler(), html);
        Assert.DoesNotMatch(ScriptTag(), html);
        Assert.DoesNotMatch(JavascriptHref(), html);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"(\s+(on[^\s=]+)[^\s=]*\s*=\s*(""[^""]*""|'[^']*'|[\w\-.:]+\s*))", RegexOptions.IgnoreCase)]
    private static partial Regex OnHandler();

    [GeneratedRegex(@"<script\b[^<]*(?:(?!</script>)<[^<]*)*(</script>)?", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"href=(""[^""]*javascript:[^""]*""|'[^']*javascript:[^']*')")]
    private static partial Regex JavascriptHref();
}
