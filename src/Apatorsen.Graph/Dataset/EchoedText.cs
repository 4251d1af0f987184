using System.Globalization;
using System.Text;

namespace Apatorsen.Graph.Dataset;

/// <summary>
/// Makes text from a dataset file (or from a server quoting it) safe to print on a terminal: control characters,
/// which include the escape that starts a terminal escape sequence, and the invisible bidirectional controls are
/// written as <c>\xHH</c> or <c>\uHHHH</c>, and long values are cut short.
/// </summary>
public static class EchoedText
{
    /// <summary>The most characters of one value a message quotes.</summary>
    public const int MaxQuotedLength = 80;

    /// <summary>The text with every control character written as an escape; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A value in single quotes for a message, escaped, and cut to <see cref="MaxQuotedLength"/> characters with its length said.</summary>
    public static string Quote(ReadOnlySpan<char> value)
    {
        if (value.Length <= MaxQuotedLength)
        {
            return $"'{Escape(value.ToString())}'";
        }

        // Do not cut a surrogate pair in two.
        var head = char.IsHighSurrogate(value[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return string.Create(CultureInfo.InvariantCulture, $"'{Escape(value[..head].ToString())}...' ({value.Length} characters)");
    }

    // C0, DEL and C1 controls, and the bidirectional marks, embeddings, overrides and isolates that can make a
    // line read differently from what it holds.
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
