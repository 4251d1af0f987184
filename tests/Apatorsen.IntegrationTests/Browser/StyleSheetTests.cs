using Apatorsen.Graph.Schema;

namespace Apatorsen.IntegrationTests.Browser;

/// <summary>
/// The style sheet is read with a port of the Browser's own grass parser, so these tests see what the Browser sees:
/// every label of the schema gets its own colour, a size and the node's name as caption.
/// </summary>
public sealed class StyleSheetTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Rules =
        Grass.Parse(File.ReadAllText(BrowserFolder.StyleSheet));

    public static TheoryData<string> Labels => new(ApatorsenSchema.Instance.Labels.Select(l => l.Label));

    [Theory]
    [MemberData(nameof(Labels))]
    public void EveryLabel_HasAColour_ASize_AndTheNameAsCaption(string label)
    {
        Assert.True(Rules.TryGetValue("node." + label, out var rule), $"style.grass has no rule node.{label}.");

        Assert.Matches("^#[0-9A-Fa-f]{6}$", rule["color"]);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", rule["border-color"]);
        Assert.Matches("^[0-9]+px$", rule["diameter"]);
        Assert.Equal("{name}", rule["caption"]);
    }

    [Fact]
    public void Labels_CanBeToldApartByColour()
    {
        var colours = ApatorsenSchema.Instance.Labels.Select(l => Rules["node." + l.Label]["color"].ToUpperInvariant()).ToArray();

        Assert.Equal(colours.Length, colours.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void StyleSheet_HasNodeAndRelationshipDefaults_AndOnlyRulesForKnownLabels()
    {
        var known = ApatorsenSchema.Instance.Labels.Select(l => "node." + l.Label).Append("node").Append("relationship");

        Assert.Equal("<type>", Rules["relationship"]["caption"]);
        // A rule for Entity would recolour every node (each carries Entity), and a comment would be read as part of
        // a selector: the grass format has no comments.
        Assert.Empty(Rules.Keys.Except(known));
    }
}
