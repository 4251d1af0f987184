using System.Text;

namespace Apatorsen.Api.Questions;

/// <summary>A search text, lower-cased for case-insensitive matching, and its letter-or-digit runs (for full-text lookups).</summary>
public sealed class SearchText
{
    public SearchText(string text)
    {
        Original = text.Trim();
        Lower = Original.ToLowerInvariant();
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Lower)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        Tokens = tokens;
    }

    public string Original { get; }

    public string Lower { get; }

    public IReadOnlyList<string> Tokens { get; }
}
