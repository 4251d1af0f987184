using System.Globalization;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Dataset;

/// <summary>Converts a cell's text to the typed value its header declares.</summary>
internal static class ValueParser
{
    public static bool TryParse(string raw, PropertyType type, out object value, out string? error)
    {
        error = null;
        if (!type.IsArray())
        {
            return TryParseScalar(raw, type, out value, out error);
        }

        var parts = raw.Split(GraphSchema.ArrayDelimiter);
        var emptyAt = Array.IndexOf(parts, "");
        if (emptyAt >= 0)
        {
            value = raw;
            error = $"has an empty element at position {emptyAt + 1} of {EchoedText.Quote(raw)}";
            return false;
        }

        switch (type.ElementType())
        {
            case PropertyType.String:
                value = parts;
                return true;
            case PropertyType.Int:
                return TryParseElements<long>(raw, parts, PropertyType.Int, out value, out error);
            default:
                return TryParseElements<double>(raw, parts, PropertyType.Double, out value, out error);
        }
    }

    private static bool TryParseElements<T>(string raw, string[] parts, PropertyType elementType, out object value, out string? error)
    {
        var values = new T[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParseScalar(parts[i], elementType, out var element, out error))
            {
                value = raw;
                error = $"element {i + 1} {error}";
                return false;
            }

            values[i] = (T)element;
        }

        value = values;
        error = null;
        return true;
    }

    private static bool TryParseScalar(string raw, PropertyType type, out object value, out string? error)
    {
        error = null;
        switch (type)
        {
            case PropertyType.Int when long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case PropertyType.Double when double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                                          && double.IsFinite(number):
                value = number;
                return true;
            case PropertyType.Boolean when raw is "true" or "false":
                value = raw == "true";
                return true;
            case PropertyType.String:
                value = raw;
                return true;
            default:
                value = raw;
                error = type switch
                {
                    PropertyType.Int => $"must be an int, found {EchoedText.Quote(raw)}",
                    PropertyType.Double => $"must be a finite double, found {EchoedText.Quote(raw)}",
                    _ => $"must be true or false, found {EchoedText.Quote(raw)}",
                };
                return false;
        }
    }
}
