using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Apatorsen.Api.Input;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Turns the JSON parameters of POST /api/cypher into the .NET values the Query API client sends: an integer as a
/// Cypher Integer when it fits 64 bits, any other number as a Float when a double holds it exactly as written. A
/// number that would change on the way (12345678901234567890, 1e400, 1e-400, 0.1000000000000000000001) is refused,
/// naming it, rather than sent as another value.
/// </summary>
internal static class CypherParameters
{
    private const int MaxDepth = 16;

    public static Dictionary<string, object?> From(Dictionary<string, JsonElement>? parameters, InputErrors errors)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters ?? [])
        {
            if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                errors.Add("parameters", $"'{name}' is not a parameter name (letters, digits and _).");
                continue;
            }

            result[name] = Convert(value, name, 0, errors);
        }

        return result;
    }

    private static object? Convert(JsonElement value, string path, int depth, InputErrors errors)
    {
        if (depth > MaxDepth)
        {
            errors.Add("parameters", $"'{path}' nests deeper than {MaxDepth} levels.");
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => Number(value, path, errors),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => value.EnumerateArray().Select((item, i) => Convert(item, $"{path}[{i}]", depth + 1, errors)).ToList(),
            JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value, $"{path}.{p.Name}", depth + 1, errors), StringComparer.Ordinal),
            _ => null,
        };
    }

    private static object? Number(JsonElement value, string path, InputErrors errors)
    {
        if (value.TryGetInt64(out var integer))
        {
            return integer;
        }

        var text = value.GetRawText();
        if (!text.AsSpan().ContainsAny('.', 'e', 'E'))
        {
            errors.Add("parameters", $"'{path}' is {text}, beyond a 64-bit integer; send it as a string.");
            return null;
        }

        var number = value.GetDouble();
        if (!double.IsFinite(number) || !SameValue(text, number.ToString("R", CultureInfo.InvariantCulture)))
        {
            errors.Add("parameters", $"'{path}' is {text}, which a 64-bit float cannot hold exactly as written; send fewer digits, or a string.");
            return null;
        }

        return number;
    }

    // Whether two decimal numerals (JSON or .NET's round-trip form: digits, a point, an exponent) are the same number.
    private static bool SameValue(string a, string b) => Canonical(a) == Canonical(b);

    private static (bool Negative, BigInteger Digits, int Exponent) Canonical(string numeral)
    {
        var exponentAt = numeral.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? numeral : numeral[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(numeral[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var negative = mantissa.StartsWith('-');
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= mantissa.Length - point - 1;
        }

        var value = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value.IsZero)
        {
            return (false, BigInteger.Zero, 0);
        }

        while (value % 10 == 0)
        {
            value /= 10;
            exponent++;
        }

        return (negative, value, exponent);
    }
}
