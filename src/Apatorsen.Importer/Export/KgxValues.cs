using System.Text.Json;

namespace Apatorsen.Importer.Export;

/// <summary>Writes a property's typed value (as the dataset reader gives it) as JSON: numbers invariantly, arrays as JSON arrays.</summary>
internal static class KgxValues
{
    public static void Write(Utf8JsonWriter json, string name, object value)
    {
        json.WritePropertyName(name);
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                break;
            case long integer:
                json.WriteNumberValue(integer);
                break;
            case double number:
                // The shortest text that reads back as the same double, the same on every machine and culture.
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case string[] texts:
                WriteArray(json, texts, static (j, t) => j.WriteStringValue(t));
                break;
            case long[] integers:
                WriteArray(json, integers, static (j, i) => j.WriteNumberValue(i));
                break;
            case double[] numbers:
                WriteArray(json, numbers, static (j, n) => j.WriteNumberValue(n));
                break;
            default:
                throw new ArgumentException($"'{name}' holds a {value.GetType().Name}, which no dataset property type gives.", nameof(value));
        }
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, T[] values, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            write(json, value);
        }

        json.WriteEndArray();
    }
}
