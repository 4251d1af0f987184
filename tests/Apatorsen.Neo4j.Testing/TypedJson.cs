using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Apatorsen.Neo4j.Testing;

/// <summary>
/// Builds and decodes typed JSON values (<c>{"$type": ..., "_value": ...}</c>) as documented in docs-query-api
/// typed-json.adoc "Type mapping". Written independently of the client so tests compare two implementations.
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The builders are named after the Query API's own type names (Integer, Float, String).")]
public static class TypedJson
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Any typed value: <c>{"$type": type, "_value": value}</c>.</summary>
    public static JsonObject Value(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };

    /// <summary>An Integer; its <c>_value</c> is a string, as documented.</summary>
    public static JsonObject Integer(long value) => Value("Integer", value.ToString(Invariant));

    /// <summary>A Float; its <c>_value</c> is a string, as documented.</summary>
    public static JsonObject Float(double value) => Value("Float", value.ToString("R", Invariant));

    /// <summary>A String.</summary>
    public static JsonObject String(string value) => Value("String", value);

    /// <summary>A Boolean; its <c>_value</c> is a JSON boolean.</summary>
    public static JsonObject Boolean(bool value) => Value("Boolean", value);

    /// <summary>Null: <c>{"$type": "Null", "_value": null}</c>.</summary>
    public static JsonObject Null() => Value("Null", null);

    /// <summary>A List of typed values.</summary>
    public static JsonObject List(params JsonNode?[] items) => Value("List", new JsonArray(items));

    /// <summary>A Map of typed values.</summary>
    public static JsonObject Map(IEnumerable<KeyValuePair<string, JsonNode?>> entries) => Value("Map", new JsonObject(entries));

    /// <summary>A Node (<c>_element_id</c>, <c>_labels</c>, <c>_properties</c>); property values go through <see cref="From"/>.</summary>
    public static JsonObject Node(string elementId, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties) =>
        Value("Node", new JsonObject
        {
            ["_element_id"] = elementId,
            ["_labels"] = new JsonArray([.. labels.Select(label => (JsonNode?)label)]),
            ["_properties"] = Properties(properties),
        });

    /// <summary>A Relationship; property values go through <see cref="From"/>.</summary>
    public static JsonObject Relationship(string elementId, string startNodeElementId, string endNodeElementId, string type, IEnumerable<KeyValuePair<string, object?>> properties) =>
        Value("Relationship", new JsonObject
        {
            ["_element_id"] = elementId,
            ["_start_node_element_id"] = startNodeElementId,
            ["_end_node_element_id"] = endNodeElementId,
            ["_type"] = type,
            ["_properties"] = Properties(properties),
        });

    /// <summary>A Path: nodes and relationships alternating, as the server sends them.</summary>
    public static JsonObject Path(params JsonNode[] nodesAndRelationships) => Value("Path", new JsonArray(nodesAndRelationships));

    /// <summary>
    /// The typed JSON for a .NET value: null, bool, integral types (Integer), double/float/decimal (Float), string,
    /// byte[] (Base64), DateOnly (Date), TimeOnly (LocalTime), DateTime (LocalDateTime), DateTimeOffset
    /// (OffsetDateTime), string-keyed dictionaries (Map), other enumerables (List). A <see cref="JsonNode"/> is used as is.
    /// </summary>
    public static JsonNode From(object? value) => value switch
    {
        null => Null(),
        JsonNode node => node.DeepClone(),
        bool b => Boolean(b),
        sbyte or byte or short or ushort or int or uint or long => Integer(Convert.ToInt64(value, Invariant)),
        double d => Float(d),
        float f => Float(f),
        decimal m => Float((double)m),
        string s => String(s),
        byte[] bytes => Value("Base64", Convert.ToBase64String(bytes)),
        DateOnly date => Value("Date", date.ToString("yyyy-MM-dd", Invariant)),
        TimeOnly time => Value("LocalTime", time.ToString("HH:mm:ss.FFFFFFF", Invariant)),
        DateTime local => Value("LocalDateTime", local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", Invariant)),
        DateTimeOffset instant => Value("OffsetDateTime", instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Invariant)),
        IEnumerable<KeyValuePair<string, object?>> map => Map(map.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)From(e.Value)))),
        IDictionary dictionary => Map(dictionary.Cast<DictionaryEntry>().Select(e => KeyValuePair.Create((string)e.Key, (JsonNode?)From(e.Value)))),
        IEnumerable items => List([.. items.Cast<object?>().Select(From)]),
        _ => throw new ArgumentException($"No typed JSON for {value.GetType().FullName}; pass a JsonNode built with TypedJson.Value.", nameof(value)),
    };

    /// <summary>
    /// Decodes a typed JSON value: Integer → long, Float → double, String → string, Boolean → bool, Null → null,
    /// Base64 → byte[], List → <c>List&lt;object?&gt;</c>, Map → <c>Dictionary&lt;string, object?&gt;</c>;
    /// any other type → <see cref="TypedValue"/> with its <c>$type</c> and <c>_value</c> text.
    /// </summary>
    public static object? Decode(JsonElement element)
    {
        var type = element.GetProperty("$type").GetString();
        var value = element.GetProperty("_value");
        return type switch
        {
            "Null" => null,
            "Integer" => long.Parse(value.GetString()!, Invariant),
            "Float" => double.Parse(value.GetString()!, Invariant),
            "String" => value.GetString(),
            "Boolean" => value.GetBoolean(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => value.EnumerateArray().Select(Decode).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Decode(p.Value)),
            _ => new TypedValue(type!, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()),
        };
    }

    private static JsonObject Properties(IEnumerable<KeyValuePair<string, object?>> properties) =>
        new(properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)From(p.Value))));
}
