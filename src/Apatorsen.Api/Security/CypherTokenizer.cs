namespace Apatorsen.Api.Security;

internal enum CypherTokenKind
{
    /// <summary>An unquoted identifier or keyword: MATCH, n, db, labels.</summary>
    Name,

    /// <summary>A backtick-quoted name, its text unquoted: `dbms` is dbms.</summary>
    QuotedName,

    /// <summary>A string literal in single or double quotes; its text is not kept.</summary>
    StringLiteral,

    NumberLiteral,

    /// <summary>$name, $`name` or $0.</summary>
    Parameter,

    /// <summary>Any other single character: ( ) { } . ; , and so on.</summary>
    Symbol,
}

internal readonly record struct CypherToken(CypherTokenKind Kind, string Text)
{
    public bool IsKeyword(string keyword) => Kind == CypherTokenKind.Name && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(char symbol) => Kind == CypherTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    public bool IsName => Kind is CypherTokenKind.Name or CypherTokenKind.QuotedName;
}

/// <summary>
/// Splits a Cypher statement into tokens, as far as deciding which clauses it uses needs: strings (either quote,
/// backslash escapes), backtick-quoted names (a doubled backtick escapes one), line and block comments (dropped),
/// names, numbers, parameters and single-character symbols. It does not check the syntax; Neo4j does.
/// </summary>
internal static class CypherTokenizer
{
    /// <summary>The tokens, or null and what is unterminated (a string, a quoted name or a block comment).</summary>
    public static (IReadOnlyList<CypherToken>? Tokens, string? Error) Tokenize(string statement)
    {
        var tokens = new List<CypherToken>();
        var i = 0;
        while (i < statement.Length)
        {
            var c = statement[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && At(statement, i + 1) == '/')
            {
                while (i < statement.Length && statement[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
            else if (c == '/' && At(statement, i + 1) == '*')
            {
                var end = statement.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return (null, $"an unterminated comment at offset {i}");
                }

                i = end + 2;
            }
            else if (c is '\'' or '"')
            {
                var end = EndOfString(statement, i);
                if (end < 0)
                {
                    return (null, $"an unterminated string at offset {i}");
                }

                tokens.Add(new CypherToken(CypherTokenKind.StringLiteral, ""));
                i = end + 1;
            }
            else if (c == '`')
            {
                var (name, end) = QuotedName(statement, i);
                if (name is null)
                {
                    return (null, $"an unterminated quoted name at offset {i}");
                }

                tokens.Add(new CypherToken(CypherTokenKind.QuotedName, name));
                i = end + 1;
            }
            else if (c == '$')
            {
                var start = i++;
                if (At(statement, i) == '`')
                {
                    var (name, end) = QuotedName(statement, i);
                    if (name is null)
                    {
                        return (null, $"an unterminated quoted name at offset {i}");
                    }

                    i = end + 1;
                }
                else
                {
                    i = EndOfWord(statement, i);
                }

                tokens.Add(new CypherToken(CypherTokenKind.Parameter, statement[start..i]));
            }
            else if (IsNameStart(c))
            {
                var end = EndOfWord(statement, i);
                tokens.Add(new CypherToken(CypherTokenKind.Name, statement[i..end]));
                i = end;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = EndOfNumber(statement, i);
                tokens.Add(new CypherToken(CypherTokenKind.NumberLiteral, statement[i..end]));
                i = end;
            }
            else
            {
                tokens.Add(new CypherToken(CypherTokenKind.Symbol, c.ToString()));
                i++;
            }
        }

        return (tokens, null);
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or
        System.Globalization.UnicodeCategory.ConnectorPunctuation;

    private static int EndOfWord(string text, int start)
    {
        var i = start;
        while (i < text.Length && IsNamePart(text[i]))
        {
            i++;
        }

        return i;
    }

    // Digits, letters (0x1F, 1e3, 1_000) and a dot followed by a digit (1.5); 1..3 stays 1, ., ., 3. An exponent's
    // sign ends the token early (1e-3 is 1e, -, 3), which decides nothing here.
    private static int EndOfNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && (IsNamePart(text[i]) || (text[i] == '.' && char.IsAsciiDigit(At(text, i + 1)))))
        {
            i++;
        }

        return i;
    }

    // The index of the closing quote, or -1.
    private static int EndOfString(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    // The unquoted name and the index of its closing backtick, or (null, -1).
    private static (string? Name, int End) QuotedName(string text, int start)
    {
        var name = new System.Text.StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] != '`')
            {
                name.Append(text[i]);
            }
            else if (At(text, i + 1) == '`')
            {
                name.Append('`');
                i++;
            }
            else
            {
                return (name.ToString(), i);
            }
        }

        return (null, -1);
    }
}
