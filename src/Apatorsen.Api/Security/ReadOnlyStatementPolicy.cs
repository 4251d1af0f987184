namespace Apatorsen.Api.Security;

/// <summary>
/// What POST /api/cypher refuses before anything reaches Neo4j. A read transaction stops writes to the graph, not
/// reads beyond it: LOAD CSV fetches URLs from the server and reads its import folder, procedures and dbms.* / apoc.*
/// functions reach the server, its configuration and other databases, USE switches the database, TERMINATE stops
/// other users' work, SHOW SETTINGS / USERS / TRANSACTIONS ... read the server rather than the graph. So one statement
/// is allowed, calling no procedure but those of <see cref="AllowedProcedures"/> and no SHOW command but those of
/// <see cref="ShowCommands"/>.
/// Decided on tokens (<see cref="CypherTokenizer"/>), so strings and comments neither trip the check nor hide from it.
/// </summary>
internal static class ReadOnlyStatementPolicy
{
    public static readonly IReadOnlySet<string> AllowedProcedures = new HashSet<string>(StringComparer.Ordinal)
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
    };

    private static readonly string[] RefusedNamespaces = ["dbms", "apoc"];
    private static readonly CypherToken End = new(CypherTokenKind.Symbol, "");

    /// <summary>Why the statement is refused, naming the clause; null when it may run.</summary>
    public static string? Refusal(string statement)
    {
        var (tokens, error) = CypherTokenizer.Tokenize(statement);
        if (tokens is null)
        {
            return $"The statement has {error}, so what it does cannot be decided.";
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (RefusalAt(tokens, i) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static string? RefusalAt(IReadOnlyList<CypherToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsSymbol(';'))
        {
            return i + 1 < tokens.Count ? "The statement holds more than one statement (a ';' followed by more); send one at a time." : null;
        }

        // A name after '.' or ':' is a property, label, type or map key, or part of a dotted name seen already.
        if (!token.IsName || (i > 0 && (tokens[i - 1].IsSymbol('.') || tokens[i - 1].IsSymbol(':'))))
        {
            return null;
        }

        var next = i + 1 < tokens.Count ? tokens[i + 1] : End;
        if (token.IsKeyword("LOAD") && next.IsKeyword("CSV"))
        {
            return "The statement uses LOAD CSV, which makes the server fetch URLs or read its import folder; it is not run.";
        }

        // USE opens a query, a subquery, a WHEN branch, follows an importing WITH, and takes a name or a parenthesised
        // graph reference: wherever it stands, `use` followed by either is taken for the clause (AS use is a variable).
        if (token.IsKeyword("USE") && (next.IsName || next.IsSymbol('(')) && !FollowsAs(tokens, i))
        {
            return "The statement has a USE clause; it always runs against the API's database.";
        }

        if (token.IsKeyword("SHOW") && next.IsName && !InExpression(tokens, i) && ShowCommands.Refusal(tokens, i) is { } show)
        {
            return show;
        }

        if (token.IsKeyword("TERMINATE") && (next.IsKeyword("TRANSACTION") || next.IsKeyword("TRANSACTIONS")))
        {
            return "The statement uses TERMINATE TRANSACTIONS; it is not run.";
        }

        // Conservative: a variable named call followed by a name (AS call RETURN ...) is refused too; quote it.
        if (token.IsKeyword("CALL") && next.IsName)
        {
            var procedure = QualifiedName(tokens, i + 1).Name;
            return AllowedProcedures.Contains(procedure)
                ? null
                : $"The statement uses CALL {procedure}; only these procedures are run: {string.Join(", ", AllowedProcedures)}.";
        }

        return QualifiedCall(tokens, i) is { } called && IsRefusedNamespace(called)
            ? $"The statement calls {called}(); dbms.* and apoc.* functions and procedures are not run."
            : null;
    }

    private static bool FollowsAs(IReadOnlyList<CypherToken> tokens, int i) => i > 0 && tokens[i - 1].IsKeyword("AS");

    // After these a name is an expression (a variable), never the start of a clause: RETURN show LIMIT 1.
    // Not after '*' or '{', which may end an importing WITH * or open a subquery that starts with SHOW.
    private static readonly string[] ExpressionKeywords = ["AS", "RETURN", "WITH", "WHERE", "BY", "AND", "OR", "XOR", "NOT", "IN", "UNWIND", "DISTINCT"];
    private const string ExpressionSymbols = ",([=<>+-/%^";

    private static bool InExpression(IReadOnlyList<CypherToken> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = tokens[i - 1];
        return ExpressionKeywords.Any(previous.IsKeyword)
            || (previous.Kind == CypherTokenKind.Symbol && previous.Text.Length == 1 && ExpressionSymbols.Contains(previous.Text[0], StringComparison.Ordinal));
    }

    // a.b.c(...) starting at i: a function called by its qualified name.
    private static string? QualifiedCall(IReadOnlyList<CypherToken> tokens, int i)
    {
        var (name, end, segments) = QualifiedName(tokens, i);
        return segments > 1 && end < tokens.Count && tokens[end].IsSymbol('(') ? name : null;
    }

    // Names joined by '.', from i: the dotted name, the index after it, and how many names it has.
    private static (string Name, int End, int Segments) QualifiedName(IReadOnlyList<CypherToken> tokens, int i)
    {
        var parts = new List<string> { tokens[i].Text };
        var end = i + 1;
        while (end + 1 < tokens.Count && tokens[end].IsSymbol('.') && tokens[end + 1].IsName)
        {
            parts.Add(tokens[end + 1].Text);
            end += 2;
        }

        return (string.Join('.', parts), end, parts.Count);
    }

    private static bool IsRefusedNamespace(string qualifiedName) =>
        RefusedNamespaces.Any(ns => qualifiedName.StartsWith(ns + ".", StringComparison.OrdinalIgnoreCase));
}
