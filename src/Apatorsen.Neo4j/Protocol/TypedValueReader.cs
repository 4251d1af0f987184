using System.Globalization;
using System.Text.Json;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Maps typed JSON values (<c>{"$type": ..., "_value": ...}</c>, docs-query-api typed-json.adoc "Type mapping")
/// to .NET values.
/// </summary>
internal static class TypedValueReader
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new Neo4jProtocolException($"Expected a typed JSON value ({{\"$type\": ..., \"_value\": ...}}) but got {Describe(element)}. Is the server answering plain JSON?");
        }

        var type = typeElement.GetString()!;
        element.TryGetProperty("_value", out var value);
        try
        {
            return type switch
            {
                "Null" => null,
                "Boolean" => value.GetBoolean(),
                "Integer" => ReadInteger(value),
                "Float" => ReadFloat(value),
                "String" => value.GetString(),
                "Base64" => Convert.FromBase64String(value.GetString()!),
                "List" => ReadList(value),
                "Map" => ReadMap(value),
                "Date" => TemporalText.ParseDate(value.GetString()!),
                "Time" => TemporalText.ParseOffsetTime(value.GetString()!),
                "LocalTime" => TemporalText.ParseLocalTime(value.GetString()!),
                "OffsetDateTime" or "ZonedDateTime" => TemporalText.ParseDateTimeOffset(value.GetString()!),
                "LocalDateTime" => TemporalText.ParseLocalDateTime(value.GetString()!),
                "Duration" => new Neo4jDuration(value.GetString()!),
                "Point" => Neo4jPoint.Parse(value.GetString()!),
                "Node" => ReadNode(value),
                "Relationship" => ReadRelationship(value),
                "Path" => ReadPath(value),
                "Vector" => ReadVector(value),
                "Unsupported" => new Neo4jUnsupportedValue(value.GetString()!),
                _ => throw new Neo4jProtocolException($"Unknown typed JSON type '{type}'."),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException or OverflowException or ArgumentException)
        {
            throw new Neo4jProtocolException($"Could not read a typed JSON '{type}' value from {Describe(value)}: {ex.Message}", ex);
        }
    }

    // Integers travel as strings because JSON numbers lose precision beyond 2^53.
    private static long ReadInteger(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static double ReadFloat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        // typed-json.adoc spells not-a-number both "NaN" and "Nan"; .NET reads the symbols case-insensitively.
        return double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static List<object?> ReadList(JsonElement value)
    {
        var list = new List<object?>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value)
    {
        var labels = new List<string>();
        foreach (var label in value.GetProperty("_labels").EnumerateArray())
        {
            labels.Add(label.GetString()!);
        }

        return new Neo4jNode(
            value.GetProperty("_element_id").GetString()!,
            labels,
            ReadMap(value.GetProperty("_properties")));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement value) =>
        new(
            value.GetProperty("_element_id").GetString()!,
            value.GetProperty("_start_node_element_id").GetString()!,
            value.GetProperty("_end_node_element_id").GetString()!,
            value.GetProperty("_type").GetString()!,
            ReadMap(value.GetProperty("_properties")));

    private static Neo4jPath ReadPath(JsonElement value)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var item in value.EnumerateArray())
        {
            switch (Read(item))
            {
                case Neo4jNode node:
                    nodes.Add(node);
                    break;
                case Neo4jRelationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new FormatException("A path holds only nodes and relationships.");
            }
        }

        return new Neo4jPath(nodes, relationships);
    }

    private static Neo4jVector ReadVector(JsonElement value)
    {
        var coordinates = new List<string>();
        foreach (var coordinate in value.GetProperty("coordinates").EnumerateArray())
        {
            coordinates.Add(coordinate.ValueKind == JsonValueKind.String ? coordinate.GetString()! : coordinate.GetRawText());
        }

        return new Neo4jVector(value.GetProperty("coordinatesType").GetString()!, coordinates);
    }

    private static string Describe(JsonElement element)
    {
        var text = element.ValueKind == JsonValueKind.Undefined ? "nothing" : element.GetRawText();
        return text.Length <= 80 ? text : text[..80] + "...";
    }
}
