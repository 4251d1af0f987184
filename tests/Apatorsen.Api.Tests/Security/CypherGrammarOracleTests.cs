using System.Globalization;
using Apatorsen.Api.Security;

namespace Apatorsen.Api.Tests.Security;

/// <summary>
/// The console policy's tokenizer against Neo4j's own parser (<see cref="CypherParserOracle"/>), over every code point
/// of the BMP rather than a list of characters somebody thought of: whatever Neo4j reads as whitespace or as part of a
/// name, the tokenizer reads the same way, and every construct the policy refuses stays refused whichever of Neo4j's
/// separators (whitespace or comment) stands between its words.
/// </summary>
public sealed class CypherGrammarOracleTests
{
    /// <summary>One statement per refused construct, its words separated by single spaces (none inside strings).</summary>
    private static readonly (string Statement, string Clause, int Statements)[] RefusedConstructs =
    [
        ("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV", 1),
        ("LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS r RETURN r", "LOAD CSV", 1),
        ("MATCH (n) CALL { LOAD CSV FROM 'file:///x' AS r RETURN r } RETURN r", "LOAD CSV", 1),
        ("USE system MATCH (n) RETURN n", "USE", 1),
        ("USE ( system ) MATCH (n) RETURN n", "USE", 1),
        ("USE GRAPH system MATCH (n) RETURN n", "USE", 1),
        ("MATCH (n) CALL { WITH n USE other MATCH (m) RETURN m } RETURN m", "USE", 1),
        ("MATCH (n) RETURN n UNION USE other MATCH (n) RETURN n", "USE", 1),
        ("EXPLAIN USE system SHOW USERS", "USE", 1),
        ("CALL dbms . listConfig ( )", "dbms.listConfig", 1),
        ("CALL dbms.security.listUsers() YIELD username RETURN username", "dbms.security.listUsers", 1),
        ("CALL db.createLabel('X')", "db.createLabel", 1),
        ("CALL apoc.load.json('https://example.org/x.json') YIELD value RETURN value", "apoc.load.json", 1),
        ("RETURN apoc . version ( ) AS v", "apoc.version", 1),
        ("RETURN dbms.x() AS v", "dbms.x", 1),
        ("CYPHER 25 RETURN s'{ dbms . components ( ) }' AS v", "dbms.components", 1),
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS", 1),
        ("SHOW SETTINGS", "SHOW SETTINGS", 1),
        ("SHOW SETTINGS YIELD name, value RETURN name, value", "SHOW SETTINGS", 1),
        ("SHOW USERS", "SHOW USERS", 1),
        ("SHOW CURRENT USER", "SHOW CURRENT USER", 1),
        ("SHOW PRIVILEGES", "SHOW PRIVILEGES", 1),
        ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS", 1),
        ("SHOW SERVERS", "SHOW SERVERS", 1),
        ("SHOW DATABASES", "SHOW DATABASES", 1),
        ("SHOW ROLES", "SHOW ROLES", 1),
        ("SHOW ALIASES FOR DATABASE", "SHOW ALIASES", 1),
        ("CALL { SHOW SETTINGS YIELD name RETURN name } RETURN name", "SHOW SETTINGS", 1),
        ("RETURN 1 ; RETURN 2", "more than one statement", 2),
    ];

    /// <summary>Neo4j's comment forms, as separators: a block comment, and a line comment ended by LF or by CR.</summary>
    private static readonly string[] CommentSeparators = ["/**/", "/* LOAD CSV; */", "//x\n", "// CALL db.labels()\r"];

    [Fact]
    public async Task Tokenizer_ReadsAsWhitespaceExactlyWhatNeo4jsGrammarDoes()
    {
        var neo4j = await CypherParserOracle.CharactersAsync();

        var ours = Bmp().Where(c => CypherTokenizer.IsWhitespace((char)c)).ToHashSet();

        Assert.Contains(0x1C, neo4j.Whitespace);
        Assert.True(neo4j.Whitespace.SetEquals(ours), Differences("whitespace", neo4j.Whitespace, ours));
    }

    [Fact]
    public async Task EveryCharacterNeo4jsFrontEndTakesAsWhitespace_IsWhitespaceToTheTokenizer()
    {
        var neo4j = await CypherParserOracle.CharactersAsync();

        Assert.True(neo4j.Suspects > 100, $"the front end was asked about {neo4j.Suspects} code points only");
        foreach (var (version, accepted) in neo4j.FrontEndWhitespace)
        {
            Assert.Contains(0x1F, accepted);
            var missed = accepted.Where(c => !CypherTokenizer.IsWhitespace((char)c)).ToArray();
            Assert.True(missed.Length == 0, $"{version}: Neo4j's front end takes {Hex(missed)} as whitespace, the tokenizer does not.");
        }
    }

    [Fact]
    public async Task Tokenizer_MakesNamesOfExactlyTheCharactersNeo4jsGrammarDoes()
    {
        var neo4j = await CypherParserOracle.CharactersAsync();

        var start = Bmp().Where(c => CypherCharacters.IsLetter((char)c)).ToHashSet();
        var part = Bmp().Where(c => CypherCharacters.IsPartLetter((char)c)).ToHashSet();

        Assert.True(neo4j.IdentifierStart.SetEquals(start), Differences("identifier start", neo4j.IdentifierStart, start));
        Assert.True(neo4j.IdentifierPart.SetEquals(part), Differences("identifier part", neo4j.IdentifierPart, part));
    }

    [Fact]
    public async Task RefusedConstruct_WithAnyOfNeo4jsSeparatorsBetweenItsWords_IsValidCypherAndStillRefused()
    {
        var neo4j = await CypherParserOracle.CharactersAsync();
        var separators = neo4j.Whitespace.Concat(neo4j.FrontEndWhitespace.Values.SelectMany(v => v)).Distinct()
            .Select(c => ((char)c).ToString())
            .Concat(CommentSeparators)
            .ToArray();
        var variants = (
            from construct in RefusedConstructs
            from separator in separators
            select (Statement: construct.Statement.Replace(" ", separator, StringComparison.Ordinal), construct.Clause, construct.Statements, Separator: separator))
            .ToArray();

        var parses = await CypherParserOracle.ParseAsync(variants.Select(v => v.Statement).ToArray());

        var failures = new List<string>();
        foreach (var (variant, parse) in variants.Zip(parses))
        {
            var what = $"{Escaped(variant.Statement)} (separator {Escaped(variant.Separator)})";
            if (parse.Errors.Count > 0 || parse.Statements != variant.Statements)
            {
                failures.Add($"{what}: Neo4j's parser does not take it as {variant.Statements} valid statement(s): {string.Join("; ", parse.Errors)}");
            }

            var refusal = ReadOnlyStatementPolicy.Refusal(variant.Statement);
            if (refusal is null || !refusal.Contains(variant.Clause, StringComparison.Ordinal))
            {
                failures.Add($"{what}: expected a refusal naming {variant.Clause}, got {refusal ?? "none"}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {variants.Length} variants:\n{string.Join('\n', failures.Take(40))}");
    }

    private static IEnumerable<int> Bmp() => Enumerable.Range(0, char.MaxValue + 1);

    private static string Differences(string what, IReadOnlySet<int> neo4j, IReadOnlySet<int> ours) =>
        $"{what}: Neo4j only {Hex(neo4j.Except(ours))}; tokenizer only {Hex(ours.Except(neo4j))}";

    private static string Hex(IEnumerable<int> codePoints)
    {
        var list = codePoints.Order().Select(c => "U+" + c.ToString("X4", CultureInfo.InvariantCulture)).ToArray();
        return list.Length == 0 ? "none" : $"{list.Length}: {string.Join(' ', list.Take(50))}";
    }

    private static string Escaped(string text) => string.Concat(text.Select(c =>
        c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));
}
