using System.Globalization;
using System.Text.Json;
using Apatorsen.Graph.Schema;
using Apatorsen.Graph.Style;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// cypher/browser/palette.json colours Neo4j Browser and the explorer alike. A label added to the schema without a
/// palette entry, or a caption colour hard to read on its fill, fails here.
/// </summary>
public sealed class PaletteTests
{
    private const double WcagAaText = 4.5;
    private const double WcagAaGraphics = 3.0;
    private const string PageBackground = "#FFFFFF";

    private static readonly Palette Palette = Palette.Shipped;

    public static TheoryData<string> Labels => new(ApatorsenSchema.Instance.Labels.Select(l => l.Label));

    public static TheoryData<string> Styled => new(Palette.Labels.Keys.Prepend("node"));

    [Theory]
    [MemberData(nameof(Labels))]
    public void EverySchemaLabel_HasAPaletteEntry_WhoseCaptionIsAPropertyOfTheLabel(string label)
    {
        Assert.True(Palette.Labels.TryGetValue(label, out var style),
            $"cypher/browser/palette.json has no entry for {label}: add its colours, caption and diameter, then run " +
            "`dotnet run --project src/Apatorsen.Importer -- generate` and rebuild the explorer (tools/explorer).");

        Assert.Contains(style.Caption, ApatorsenSchema.Instance.GetLabel(label).Properties.Select(p => p.Name));
        Assert.InRange(style.Diameter, 20, 120);
    }

    [Fact]
    public void Palette_HasNoEntryForALabelTheSchemaLacks()
    {
        Assert.Empty(Palette.Labels.Keys.Except(ApatorsenSchema.Instance.Labels.Select(l => l.Label)));
    }

    [Theory]
    [MemberData(nameof(Styled))]
    public void CaptionText_OnEachFill_MeetsWcagAa(string label)
    {
        var style = label == "node" ? Palette.Node : Palette.Labels[label];

        var ratio = Contrast(style.TextColor, style.Color);

        Assert.True(ratio >= WcagAaText,
            string.Create(CultureInfo.InvariantCulture, $"{label}: caption {style.TextColor} on {style.Color} has contrast {ratio:0.00}:1, below {WcagAaText}:1."));
    }

    [Fact]
    public void Relationships_AreReadableOnTheExplorersWhitePage()
    {
        Assert.True(Contrast(Palette.Relationship.TextColor, PageBackground) >= WcagAaText);
        Assert.True(Contrast(Palette.Relationship.Color, PageBackground) >= WcagAaGraphics);
    }

    [Fact]
    public void Labels_HaveDistinctFills_WrittenAsHexColours()
    {
        var styles = Palette.Labels.Values.Append(Palette.Node).ToArray();
        var colours = styles.SelectMany(s => new[] { s.Color, s.BorderColor, s.TextColor })
            .Concat([Palette.Relationship.Color, Palette.Relationship.TextColor]);

        Assert.All(colours, c => Assert.Matches("^#[0-9A-F]{6}$", c));
        Assert.Equal(styles.Length, styles.Select(s => s.Color).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#777777", "#FFFFFF", 4.48)]
    [InlineData("#FFFFFF", "#FFFFFF", 1.0)]
    public void Contrast_FollowsTheWcagFormula(string foreground, string background, double expected)
    {
        Assert.Equal(expected, Contrast(foreground, background), precision: 2);
    }

    [Fact]
    public void Parse_RefusesAStyleWithoutItsCaption()
    {
        const string json = """{"node": {"color": "#A5ABB6", "borderColor": "#7C8391", "textColor": "#1F2328", "diameter": 50}, "relationship": {"color": "#6B7280", "textColor": "#1F2328", "caption": "type", "shaftWidth": 1}, "labels": {}}""";

        Assert.Throws<JsonException>(() => Palette.Parse(json));
    }

    /// <summary>WCAG 2.x contrast ratio: (lighter + 0.05) / (darker + 0.05) of the colours' relative luminances.</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
