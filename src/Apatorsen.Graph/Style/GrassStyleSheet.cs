using System.Globalization;
using System.Text;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Style;

/// <summary>
/// Writes Neo4j Browser's style sheet (GraSS) from the palette, one rule per schema label in schema order.
/// GraSS has no comments, so the file cannot say that it is generated; docs/neo4j.md does.
/// </summary>
public static class GrassStyleSheet
{
    /// <summary>The style sheet's text: defaults for nodes and relationships, then the label rules the palette has.</summary>
    public static string Render(GraphSchema schema, Palette palette)
    {
        var text = new StringBuilder();
        Rule(text, "node", NodeDeclarations(palette.Node, "10px", "2px"));
        Rule(text, "relationship",
        [
            ("color", palette.Relationship.Color),
            ("shaft-width", Pixels(palette.Relationship.ShaftWidth)),
            ("font-size", "8px"),
            ("padding", "3px"),
            ("text-color-external", palette.Relationship.TextColor),
            ("caption", palette.Relationship.Caption == "type" ? "'<type>'" : $"'{{{palette.Relationship.Caption}}}'"),
        ]);
        foreach (var label in schema.Labels)
        {
            if (palette.Labels.TryGetValue(label.Label, out var style))
            {
                Rule(text, "node." + label.Label, NodeDeclarations(style, fontSize: null, borderWidth: null));
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static IEnumerable<(string Name, string? Value)> NodeDeclarations(NodeStyle style, string? fontSize, string? borderWidth) =>
    [
        ("diameter", Pixels(style.Diameter)),
        ("color", style.Color),
        ("border-color", style.BorderColor),
        ("border-width", borderWidth),
        ("text-color-internal", style.TextColor),
        ("font-size", fontSize),
        ("caption", $"'{{{style.Caption}}}'"),
    ];

    private static void Rule(StringBuilder text, string selector, IEnumerable<(string Name, string? Value)> declarations)
    {
        text.Append(selector).Append(" {\n");
        foreach (var (name, value) in declarations.Where(d => d.Value is not null))
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append(";\n");
        }

        text.Append("}\n\n");
    }

    private static string Pixels(int value) => value.ToString(CultureInfo.InvariantCulture) + "px";
}
