using System.Text.Json;
using Apatorsen.Api.Input;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>Turns the JSON parameters of POST /api/cypher into the .NET values the Query API client sends.</summary>
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

            result[name] = Convert(value, 0);
        }

        return result;
    }

    private static object? Convert(JsonElement value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new BadHttpRequestException($"Parameters nest deeper than {MaxDepth} levels.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when value.TryGetInt64(out var l) => l,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => value.EnumerateArray().Select(v => Convert(v, depth + 1)).ToList(),
            JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value, depth + 1), StringComparer.Ordinal),
            _ => null,
        };
    }
}
