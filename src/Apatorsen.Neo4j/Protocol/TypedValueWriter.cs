using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Writes .NET parameter values as typed JSON (docs-query-api typed-json.adoc "Type mapping"), so the server gets
/// Integer versus Float and temporal types exactly instead of guessing from plain JSON.
/// </summary>
internal static class TypedValueWriter
{
    private const int MaxDepth = 64;

    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            try
            {
                Write(writer, value, name, depth: 0);
            }
            catch (NotSupportedException ex)
            {
                throw new ArgumentException(ex.Message, nameof(parameters), ex);
            }
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, object? value, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new NotSupportedException($"Parameter '{path}' nests deeper than {MaxDepth} levels; is it self-referencing?");
        }

        var c = CultureInfo.InvariantCulture;
        switch (value)
        {
            case null:
                WriteNull(writer);
                break;
            case bool b:
                writer.WriteStartObject();
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", b);
                writer.WriteEndObject();
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                WriteScalar(writer, "Integer", Convert.ToInt64(value, c).ToString(c));
                break;
            case ulong u when u <= long.MaxValue:
                WriteScalar(writer, "Integer", u.ToString(c));
                break;
            case ulong:
                throw new NotSupportedException($"Parameter '{path}' is {value}, beyond Cypher's 64-bit signed INTEGER.");
            case double d:
                WriteScalar(writer, "Float", FormatFloat(d));
                break;
            case float f:
                WriteScalar(writer, "Float", FormatFloat(f));
                break;
            case decimal m:
                WriteScalar(writer, "Float", FormatFloat((double)m));
                break;
            case string s:
                WriteScalar(writer, "String", s);
                break;
            case char ch:
                WriteScalar(writer, "String", ch.ToString());
                break;
            case Guid g:
                WriteScalar(writer, "String", g.ToString("D", c));
                break;
            case byte[] bytes:
                WriteScalar(writer, "Base64", Convert.ToBase64String(bytes));
                break;
            case DateOnly date:
                WriteScalar(writer, "Date", TemporalText.Format(date));
                break;
            case TimeOnly time:
                WriteScalar(writer, "LocalTime", TemporalText.Format(time));
                break;
            case Neo4jOffsetTime offsetTime:
                WriteScalar(writer, "Time", TemporalText.Format(offsetTime));
                break;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                WriteScalar(writer, "OffsetDateTime", TemporalText.Format(new DateTimeOffset(utc)));
                break;
            case DateTime local:
                WriteScalar(writer, "LocalDateTime", TemporalText.Format(local));
                break;
            case DateTimeOffset instant:
                WriteScalar(writer, "OffsetDateTime", TemporalText.Format(instant));
                break;
            case TimeSpan span:
                WriteScalar(writer, "Duration", TemporalText.FormatDuration(span));
                break;
            case Neo4jDuration duration:
                WriteScalar(writer, "Duration", duration.Iso8601);
                break;
            case Neo4jPoint point:
                WriteScalar(writer, "Point", point.ToWkt());
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map, path, depth);
                break;
            case IDictionary dictionary:
                WriteMap(writer, ToPairs(dictionary, path), path, depth);
                break;
            case IEnumerable items:
                WriteList(writer, items, path, depth);
                break;
            default:
                throw new NotSupportedException(
                    $"Parameter '{path}' has type {value.GetType().FullName}, which has no Cypher equivalent. Use a number, string, bool, byte[], " +
                    "DateOnly, TimeOnly, DateTime, DateTimeOffset, TimeSpan, Neo4jDuration, Neo4jPoint, Neo4jOffsetTime, a list or a string-keyed dictionary.");
        }
    }

    private static void WriteNull(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "Null");
        writer.WriteNull("_value");
        writer.WriteEndObject();
    }

    private static void WriteScalar(Utf8JsonWriter writer, string type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WriteString("_value", value);
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, string path, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "Map");
        writer.WriteStartObject("_value");
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item, $"{path}.{key}", depth + 1);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items, string path, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "List");
        writer.WriteStartArray("_value");
        var index = 0;
        foreach (var item in items)
        {
            Write(writer, item, $"{path}[{index++}]", depth + 1);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static IEnumerable<KeyValuePair<string, object?>> ToPairs(IDictionary dictionary, string path)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return entry.Key is string key
                ? new KeyValuePair<string, object?>(key, entry.Value)
                : throw new NotSupportedException($"Parameter '{path}' is a map with a {entry.Key.GetType().Name} key; Cypher maps have string keys.");
        }
    }

    // "R" round-trips; Java's Double.parseDouble reads its exponent form (1E+16) and NaN/Infinity/-Infinity.
    private static string FormatFloat(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
