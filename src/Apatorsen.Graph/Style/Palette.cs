using System.Text.Json;

namespace Apatorsen.Graph.Style;

/// <summary>
/// The colours, sizes and captions per label shared by Neo4j Browser's style sheet and the explorer page:
/// <c>cypher/browser/palette.json</c>, embedded in this assembly.
/// </summary>
/// <param name="Node">The style of a node whose label has no entry.</param>
/// <param name="Relationship">The style of every relationship.</param>
/// <param name="Labels">The style per schema label.</param>
public sealed record Palette(NodeStyle Node, RelationshipStyle Relationship, IReadOnlyDictionary<string, NodeStyle> Labels)
{
    private const string ResourceName = "cypher/browser/palette.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <summary>The palette the repository ships.</summary>
    public static Palette Shipped { get; } = Load();

    /// <summary>Reads a palette from its JSON form.</summary>
    public static Palette Parse(string json) =>
        JsonSerializer.Deserialize<Palette>(json, JsonOptions) ?? throw new JsonException("The palette is empty.");

    private static Palette Load()
    {
        using var stream = typeof(Palette).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"'{ResourceName}' is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>How nodes of one label are drawn.</summary>
/// <param name="Color">The fill, <c>#RRGGBB</c>.</param>
/// <param name="BorderColor">The outline, <c>#RRGGBB</c>.</param>
/// <param name="TextColor">The caption's colour on the fill, <c>#RRGGBB</c>.</param>
/// <param name="Caption">The property shown as the caption.</param>
/// <param name="Diameter">The diameter in pixels.</param>
public sealed record NodeStyle(string Color, string BorderColor, string TextColor, string Caption, int Diameter);

/// <summary>How relationships are drawn.</summary>
/// <param name="Color">The line, <c>#RRGGBB</c>.</param>
/// <param name="TextColor">The caption's colour beside the line, <c>#RRGGBB</c>.</param>
/// <param name="Caption">What the caption shows; <c>type</c> is the relationship type.</param>
/// <param name="ShaftWidth">The line's width in pixels.</param>
public sealed record RelationshipStyle(string Color, string TextColor, string Caption, int ShaftWidth);
