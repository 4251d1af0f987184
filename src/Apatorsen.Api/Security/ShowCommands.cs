namespace Apatorsen.Api.Security;

/// <summary>
/// The SHOW commands POST /api/cypher runs: those that describe the graph's schema and what can be called on it,
/// SHOW [type] INDEX(ES), SHOW [kind] CONSTRAINT(S), SHOW [ALL | BUILT IN | USER DEFINED] FUNCTION(S) and
/// SHOW PROCEDURE(S), with whatever follows them in Neo4j's grammar (EXECUTABLE BY, YIELD, WHERE, RETURN). Every other
/// SHOW (SETTINGS, USERS, PRIVILEGES, TRANSACTIONS, SERVERS, DATABASES, ROLES, ALIASES, CURRENT USER, ...) reads the
/// server rather than the graph and is refused, naming it. In Cypher 25 SHOW is a clause that may stand anywhere
/// (CALL { SHOW SETTINGS ... }, SHOW INDEXES YIELD * SHOW USERS ...), so every SHOW of the statement is checked.
/// </summary>
internal static class ShowCommands
{
    /// <summary>The words that may stand between SHOW and the allowed command's noun (grammar: showIndexType,
    /// showConstraintEntity, constraintExistType, showFunctionsType; BTREE and EXISTS from older Cypher 5 forms).</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "FULLTEXT", "LOOKUP", "POINT", "RANGE", "TEXT", "VECTOR", "BTREE",
        "NODE", "RELATIONSHIP", "REL", "EXISTENCE", "EXIST", "EXISTS", "PROPERTY", "TYPE", "KEY", "UNIQUE", "UNIQUENESS",
        "BUILT", "IN", "USER", "DEFINED",
    };

    /// <summary>The nouns of the allowed commands.</summary>
    public static readonly IReadOnlySet<string> AllowedNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION", "FUNCTIONS", "PROCEDURE", "PROCEDURES",
    };

    // Words that follow a command's name rather than belong to it.
    private static readonly HashSet<string> EndOfName = new(StringComparer.OrdinalIgnoreCase)
    {
        "YIELD", "WHERE", "RETURN", "AS", "FOR", "EXECUTABLE", "SHOW", "TERMINATE",
    };

    /// <summary>Why the SHOW at <paramref name="show"/> is refused, naming the command; null when it is allowed.</summary>
    public static string? Refusal(IReadOnlyList<CypherToken> tokens, int show)
    {
        var i = show + 1;
        while (i < tokens.Count && tokens[i].Kind == CypherTokenKind.Name && Qualifiers.Contains(tokens[i].Text))
        {
            i++;
        }

        if (i < tokens.Count && tokens[i].Kind == CypherTokenKind.Name && AllowedNouns.Contains(tokens[i].Text))
        {
            return null;
        }

        var words = tokens.Skip(show + 1)
            .TakeWhile(t => t.Kind is CypherTokenKind.Name && !EndOfName.Contains(t.Text))
            .Take(3)
            .Select(t => t.Text.ToUpperInvariant());
        return $"The statement uses SHOW {string.Join(' ', words)}, which reads the server rather than the graph; " +
            "only SHOW INDEXES, SHOW CONSTRAINTS, SHOW FUNCTIONS and SHOW PROCEDURES are run.";
    }
}
