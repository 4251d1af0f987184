using System.Text.Json;

namespace Apatorsen.Api.Trapi.Input;

/// <summary>
/// Finds the strings and property names of a JSON document that are not text: bytes that are not UTF-8, or an escaped
/// lone surrogate ("\ud800"). The parser accepts both; reading them as .NET strings throws, so a body is checked once,
/// whole, before anything reads it.
/// </summary>
internal static class JsonText
{
    private const int MostReported = 10;
    private const string Why = "is not valid text (bytes that are not UTF-8, or an escaped lone surrogate such as \\ud800)";

    /// <summary>
    /// Whether the body's strings can hold what is not text: only bytes that are not UTF-8 or an escape (<c>\u</c>) can
    /// put one there, so a body with neither (almost every query) need not be walked.
    /// </summary>
    public static bool CanHoldInvalid(ReadOnlySpan<byte> body) => body.IndexOf("\\u"u8) >= 0 || !System.Text.Unicode.Utf8.IsValid(body);

    public static IReadOnlyList<string> Invalid(JsonElement root)
    {
        var found = new List<string>();
        Visit(root, "", found);
        return found;
    }

    private static void Visit(JsonElement element, string path, List<string> found)
    {
        if (found.Count >= MostReported)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Read(() => property.Name) is { } name)
                    {
                        Visit(property.Value, path.Length == 0 ? name : $"{path}.{name}", found);
                    }
                    else
                    {
                        found.Add($"A property name in {(path.Length == 0 ? "the body" : path)} {Why}.");
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, $"{path}[{index++}]", found);
                }

                break;
            case JsonValueKind.String when Read(element.GetString) is null:
                found.Add($"{path} {Why}.");
                break;
        }
    }

    private static string? Read(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
