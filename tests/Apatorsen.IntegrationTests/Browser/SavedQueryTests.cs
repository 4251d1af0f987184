using System.Text.RegularExpressions;
using Apatorsen.Graph.Cypher;

namespace Apatorsen.IntegrationTests.Browser;

/// <summary>
/// The saved queries are for pasting into Neo4j Browser as they are: pure Cypher (no Browser command, no parameter
/// to set first), one statement, named columns and a bound on the rows. Syntax, labels, types and properties are
/// the lint gate's job.
/// </summary>
public sealed partial class SavedQueryTests
{
    public static TheoryData<string> SavedQueries => BrowserFolder.SavedQueryNames();

    [Fact]
    public void TheFolder_HoldsSavedQueries()
    {
        Assert.True(BrowserFolder.SavedQueries.Count >= 5);
    }

    [Theory]
    [MemberData(nameof(SavedQueries))]
    public void SavedQuery_StartsWithATitle(string name)
    {
        var firstLine = Read(name).Split('\n')[0];

        Assert.Matches(@"^// Title: \S.{9,}$", firstLine);
    }

    [Theory]
    [MemberData(nameof(SavedQueries))]
    public void SavedQuery_IsOnePureCypherStatement_WithLiteralValues(string name)
    {
        var code = CypherText.CodeOnly(Read(name));

        Assert.DoesNotMatch(@"(?m)^\s*:", code);
        Assert.DoesNotContain("$", code, StringComparison.Ordinal);
        Assert.DoesNotContain(";", code, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SavedQueries))]
    public void SavedQuery_NamesEveryColumn_AndLimitsTheRows(string name)
    {
        var code = CypherText.CodeOnly(Read(name));
        var returns = ReturnClause().Matches(code);

        Assert.NotEmpty(returns);
        foreach (Match clause in returns)
        {
            Assert.All(
                CypherText.SplitTopLevel(clause.Groups["items"].Value),
                item => Assert.Matches(@"(?is)\sAS\s+[A-Za-z_][A-Za-z0-9_]*$", item));
        }

        Assert.Matches(@"(?i)\bLIMIT\s+\d+\s*$", code.TrimEnd());
    }

    [Theory]
    [MemberData(nameof(SavedQueries))]
    public void SavedQuery_IsEmbeddedWithTheProjectsOtherCypher(string name)
    {
        Assert.Contains("browser/" + name[..^".cypher".Length], CypherCatalog.Names);
    }

    private static string Read(string name) => BrowserFolder.Read(Path.Combine(BrowserFolder.Path, name));

    // RETURN [DISTINCT] items, up to the next ORDER BY, SKIP, LIMIT, UNION or the end.
    [GeneratedRegex(@"(?is)\bRETURN\s+(?:DISTINCT\s+)?(?<items>.+?)(?=\bORDER\s+BY\b|\bSKIP\b|\bLIMIT\b|\bUNION\b|\z)")]
    private static partial Regex ReturnClause();
}
