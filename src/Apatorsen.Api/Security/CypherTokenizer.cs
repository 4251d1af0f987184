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
/// Splits a Cypher statement into tokens the way Neo4j's lexer does, as far as deciding which clauses it uses needs:
/// whitespace and comments (dropped) are exactly the grammar's (<see cref="CypherCharacters"/>: U+001C-U+001F and
/// U+0085 separate tokens too; // runs to a CR or LF, /* to the first */), names are made of the grammar's letters,
/// strings (either quote, backslash escapes), backtick-quoted names (a doubled backtick escapes one), numbers,
/// parameters, single-character symbols, and Cypher 25's interpolated strings (s'...{expression}...'), whose
/// expressions are tokenized like the rest. It does not check the syntax; Neo4j does.
/// </summary>
internal sealed class CypherTokenizer
{
    private readonly string _text;
    private readonly List<CypherToken> _tokens = [];

    // The lexer's mode stack: an interpolated string pushes its text mode, a '{' in it pushes the expression mode,
    // and in that mode any '}' pops back, as the grammar's RCURLY does whenever the stack is not empty.
    private readonly Stack<char?> _modes = new();
    private char? _textQuote;
    private int _i;

    private CypherTokenizer(string text) => _text = text;

    /// <summary>The tokens, or null and what is unterminated (a string, a quoted name or a block comment).</summary>
    public static (IReadOnlyList<CypherToken>? Tokens, string? Error) Tokenize(string statement)
    {
        var tokenizer = new CypherTokenizer(statement);
        var error = tokenizer.Run();
        return error is null ? (tokenizer._tokens, null) : (null, error);
    }

    /// <summary>Whether Neo4j's grammar reads the character as whitespace between tokens.</summary>
    public static bool IsWhitespace(char c) => CypherCharacters.IsWhitespace(c);

    private string? Run()
    {
        while (_i < _text.Length)
        {
            var error = _textQuote is { } quote ? InterpolatedText(quote) : Default();
            if (error is not null)
            {
                return error;
            }
        }

        return _modes.Count == 0 ? null : "an unterminated interpolated string";
    }

    private string? Default()
    {
        var c = _text[_i];
        if (CypherCharacters.IsWhitespace(c))
        {
            _i++;
        }
        else if (c == '/' && At(_i + 1) == '/')
        {
            while (_i < _text.Length && _text[_i] is not ('\n' or '\r'))
            {
                _i++;
            }
        }
        else if (c == '/' && At(_i + 1) == '*')
        {
            var end = _text.IndexOf("*/", _i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                return $"an unterminated comment at offset {_i}";
            }

            _i = end + 2;
        }
        else if (c is 's' or 'S' && At(_i + 1) is '\'' or '"')
        {
            // Longest match: s' opens an interpolated string, whatever an identifier s would have been.
            _tokens.Add(new CypherToken(CypherTokenKind.StringLiteral, ""));
            _modes.Push(null);
            _textQuote = _text[_i + 1];
            _i += 2;
        }
        else if (c is '\'' or '"')
        {
            var end = EndOfString(_i);
            if (end < 0)
            {
                return $"an unterminated string at offset {_i}";
            }

            _tokens.Add(new CypherToken(CypherTokenKind.StringLiteral, ""));
            _i = end + 1;
        }
        else if (c == '`')
        {
            var (name, end) = QuotedName(_i);
            if (name is null)
            {
                return $"an unterminated quoted name at offset {_i}";
            }

            _tokens.Add(new CypherToken(CypherTokenKind.QuotedName, name));
            _i = end + 1;
        }
        else if (c == '$')
        {
            return Parameter();
        }
        else if (char.IsAsciiDigit(c))
        {
            var end = EndOfNumber(_i);
            _tokens.Add(new CypherToken(CypherTokenKind.NumberLiteral, _text[_i..end]));
            _i = end;
        }
        else if (CypherCharacters.IsPartLetter(c))
        {
            // An identifier, or a run of identifier characters that does not start with a letter (the grammar's
            // EXTENDED_IDENTIFIER): a name either way, so that nothing joined to it goes unseen.
            var end = EndOfWord(_i);
            _tokens.Add(new CypherToken(CypherTokenKind.Name, _text[_i..end]));
            _i = end;
        }
        else
        {
            _tokens.Add(new CypherToken(CypherTokenKind.Symbol, c.ToString()));
            _i++;
            if (c == '}' && _modes.Count > 0)
            {
                _textQuote = _modes.Pop();
            }
        }

        return null;
    }

    // Inside an interpolated string: text, escapes, the closing quote, or a '{' that opens an expression.
    private string? InterpolatedText(char quote)
    {
        var c = _text[_i];
        if (c == '\\')
        {
            _i += 2;
        }
        else if (c == quote)
        {
            _i++;
            _textQuote = _modes.Pop();
        }
        else if (c == '{')
        {
            _tokens.Add(new CypherToken(CypherTokenKind.Symbol, "{"));
            _modes.Push(quote);
            _textQuote = null;
            _i++;
        }
        else
        {
            _i++;
        }

        return null;
    }

    private string? Parameter()
    {
        var start = _i++;
        if (At(_i) == '`')
        {
            var (name, end) = QuotedName(_i);
            if (name is null)
            {
                return $"an unterminated quoted name at offset {_i}";
            }

            _i = end + 1;
        }
        else if (!(At(_i) is 's' or 'S' && At(_i + 1) is '\'' or '"'))
        {
            _i = EndOfWord(_i);
        }

        _tokens.Add(new CypherToken(CypherTokenKind.Parameter, _text[start.._i]));
        return null;
    }

    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    private int EndOfWord(int start)
    {
        var i = start;
        while (i < _text.Length && CypherCharacters.IsPartLetter(_text[i]))
        {
            i++;
        }

        return i;
    }

    // Digits, letters (0x1F, 1e3, 1_000) and a dot followed by a digit (1.5); 1..3 stays 1, ., ., 3. An exponent's
    // sign ends the token early (1e-3 is 1e, -, 3), which decides nothing here.
    private int EndOfNumber(int start)
    {
        var i = start;
        while (i < _text.Length && (CypherCharacters.IsPartLetter(_text[i]) || (_text[i] == '.' && char.IsAsciiDigit(At(i + 1)))))
        {
            i++;
        }

        return i;
    }

    // The index of the closing quote, or -1.
    private int EndOfString(int start)
    {
        var quote = _text[start];
        for (var i = start + 1; i < _text.Length; i++)
        {
            if (_text[i] == '\\')
            {
                i++;
            }
            else if (_text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    // The unquoted name and the index of its closing backtick, or (null, -1).
    private (string? Name, int End) QuotedName(int start)
    {
        var name = new System.Text.StringBuilder();
        for (var i = start + 1; i < _text.Length; i++)
        {
            if (_text[i] != '`')
            {
                name.Append(_text[i]);
            }
            else if (At(i + 1) == '`')
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
