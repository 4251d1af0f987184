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

    // Encoded once: these names are written for every value of every row.
    private static readonly JsonEncodedText TypeProperty = JsonEncodedText.Encode("$type");
    private static readonly JsonEncodedText ValueProperty = JsonEncodedText.Encode("_value");

    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            try
            {
                Write(writer, value, depth: 0);
            }
            catch (UnsupportedValueException ex)
            {
                throw new ArgumentException(ex.MessageFor(name), nameof(parameters), ex);
            }
        }

        writer.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new UnsupportedValueException($"Parameter '{{0}}' nests deeper than {MaxDepth} levels; is it self-referencing?");
        }

        switch (value)
        {
            case null:
                WriteNull(writer);
                break;
            case bool b:
                writer.WriteStartObject();
                writer.WriteString(TypeProperty, Types.Boolean);
                writer.WriteBoolean(ValueProperty, b);
                writer.WriteEndObject();
                break;
            case long l:
                WriteInteger(writer, l);
                break;
            case sbyte or byte or short or ushort or int or uint:
                WriteInteger(writer, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u when u > long.MaxValue:
                throw new UnsupportedValueException($"Parameter '{{0}}' is {value}, beyond Cypher's 64-bit signed INTEGER.");
            case Neo4jEncodedValue encoded:
                writer.WriteRawValue(encoded.Utf8Json.Span, skipInputValidation: true);
                break;
            default:
                // Scalars first: a string is also an IEnumerable.
                if (Scalar(value) is var (type, text))
                {
                    WriteScalar(writer, type, text);
                }
                else
                {
                    WriteComposite(writer, value, depth);
                }

                break;
        }
    }

    /// <summary>The values written as a type name and a text: numbers beyond long, floats, strings, bytes, temporals, points.</summary>
    private static (JsonEncodedText Type, string Text)? Scalar(object value)
    {
        var c = CultureInfo.InvariantCulture;
        return value switch
        {
            ulong u => (Types.Integer, u.ToString(c)),
            double d => (Types.Float, FormatFloat(d)),
            float f => (Types.Float, f.ToString("R", c)), // widened to double, 0.1f would read 0.10000000149011612
            decimal m => (Types.Float, FormatFloat((double)m)),
            string s => (Types.String, s),
            char ch => (Types.String, ch.ToString()),
            Guid g => (Types.String, g.ToString("D", c)),
            byte[] bytes => (Types.Base64, Convert.ToBase64String(bytes)),
            DateOnly date => (Types.Date, TemporalText.Format(date)),
            TimeOnly time => (Types.LocalTime, TemporalText.Format(time)),
            Neo4jOffsetTime offsetTime => (Types.Time, TemporalText.Format(offsetTime)),
            DateTime { Kind: DateTimeKind.Utc } utc => (Types.OffsetDateTime, TemporalText.Format(new DateTimeOffset(utc))),
            DateTime local => (Types.LocalDateTime, TemporalText.Format(local)),
            DateTimeOffset instant => (Types.OffsetDateTime, TemporalText.Format(instant)),
            TimeSpan span => (Types.Duration, TemporalText.FormatDuration(span)),
            Neo4jDuration duration => (Types.Duration, duration.Iso8601),
            Neo4jPoint point => (Types.Point, point.ToWkt()),
            _ => null,
        };
    }

    private static void WriteComposite(Utf8JsonWriter writer, object value, int depth)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map, depth);
                break;
            case IDictionary dictionary:
                WriteMap(writer, ToPairs(dictionary), depth);
                break;
            case IEnumerable items:
                WriteList(writer, items, depth);
                break;
            default:
                throw new UnsupportedValueException(
                    $"Parameter '{{0}}' has type {value.GetType().FullName}, which has no Cypher equivalent. Use a number, string, bool, byte[], " +
                    "DateOnly, TimeOnly, DateTime, DateTimeOffset, TimeSpan, Neo4jDuration, Neo4jPoint, Neo4jOffsetTime, a list or a string-keyed dictionary.");
        }
    }

    private static void WriteNull(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, Types.Null);
        writer.WriteNull(ValueProperty);
        writer.WriteEndObject();
    }

    private static void WriteInteger(Utf8JsonWriter writer, long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, Types.Integer);
        writer.WriteString(ValueProperty, digits[..length]);
        writer.WriteEndObject();
    }

    private static void WriteScalar(Utf8JsonWriter writer, JsonEncodedText type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, type);
        writer.WriteString(ValueProperty, value);
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, Types.Map);
        writer.WriteStartObject(ValueProperty);
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            try
            {
                Write(writer, item, depth + 1);
            }
            catch (UnsupportedValueException ex)
            {
                throw ex.Under("." + key);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, IEnumerable items, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeProperty, Types.List);
        writer.WriteStartArray(ValueProperty);
        var index = 0;
        foreach (var item in items)
        {
            try
            {
                Write(writer, item, depth + 1);
            }
            catch (UnsupportedValueException ex)
            {
                throw ex.Under($"[{index}]");
            }

            index++;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static IEnumerable<KeyValuePair<string, object?>> ToPairs(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return entry.Key is string key
                ? new KeyValuePair<string, object?>(key, entry.Value)
                : throw new UnsupportedValueException($"Parameter '{{0}}' is a map with a {entry.Key.GetType().Name} key; Cypher maps have string keys.");
        }
    }

    // "R" round-trips; Java's Double.parseDouble reads its exponent form (1E+16) and NaN/Infinity/-Infinity.
    private static string FormatFloat(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A value with no Cypher equivalent; the path to it is built on the way out, so writing costs nothing for it.</summary>
    private static class Types
    {
        public static readonly JsonEncodedText Base64 = JsonEncodedText.Encode("Base64");
        public static readonly JsonEncodedText Boolean = JsonEncodedText.Encode("Boolean");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("Date");
        public static readonly JsonEncodedText Duration = JsonEncodedText.Encode("Duration");
        public static readonly JsonEncodedText Float = JsonEncodedText.Encode("Float");
        public static readonly JsonEncodedText Integer = JsonEncodedText.Encode("Integer");
        public static readonly JsonEncodedText List = JsonEncodedText.Encode("List");
        public static readonly JsonEncodedText LocalDateTime = JsonEncodedText.Encode("LocalDateTime");
        public static readonly JsonEncodedText LocalTime = JsonEncodedText.Encode("LocalTime");
        public static readonly JsonEncodedText Map = JsonEncodedText.Encode("Map");
        public static readonly JsonEncodedText Null = JsonEncodedText.Encode("Null");
        public static readonly JsonEncodedText OffsetDateTime = JsonEncodedText.Encode("OffsetDateTime");
        public static readonly JsonEncodedText Point = JsonEncodedText.Encode("Point");
        public static readonly JsonEncodedText String = JsonEncodedText.Encode("String");
        public static readonly JsonEncodedText Time = JsonEncodedText.Encode("Time");
    }

    internal sealed class UnsupportedValueException(string messageFormat) : Exception(messageFormat)
    {
        private readonly List<string> _segments = [];

        public UnsupportedValueException Under(string segment)
        {
            _segments.Insert(0, segment);
            return this;
        }

        // Replace, not string.Format: the message may quote a value with braces in it.
        public string MessageFor(string parameterName) => Message.Replace("{0}", parameterName + string.Concat(_segments), StringComparison.Ordinal);
    }
}
