using System.Text;

namespace Apatorsen.IntegrationTests.Browser;

/// <summary>
/// Just enough Cypher lexing for convention checks on the saved queries: blanks comments and the contents of string
/// literals, so that a <c>$</c>, <c>;</c> or keyword inside them is not taken for code. Neo4j's own parser checks the
/// rest (tools/cypher-lint).
/// </summary>
internal static class CypherText
{
    public static string CodeOnly(string cypher)
    {
        var code = new StringBuilder(cypher.Length);
        for (var i = 0; i < cypher.Length; i++)
        {
            var c = cypher[i];
            if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '/')
            {
                while (i < cypher.Length && cypher[i] != '\n')
                {
                    code.Append(' ');
                    i++;
                }

                if (i < cypher.Length)
                {
                    code.Append('\n');
                }
            }
            else if (c == '/' && i + 1 < cypher.Length && cypher[i + 1] == '*')
            {
                var end = cypher.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? cypher.Length : end + 2;
                for (; i < end; i++)
                {
                    code.Append(cypher[i] == '\n' ? '\n' : ' ');
                }

                i--;
            }
            else if (c is '\'' or '"' or '`')
            {
                code.Append(c);
                for (i++; i < cypher.Length && cypher[i] != c; i++)
                {
                    if (cypher[i] == '\\' && c != '`' && i + 1 < cypher.Length)
                    {
                        code.Append(' ');
                        i++;
                    }

                    code.Append(cypher[i] == '\n' ? '\n' : ' ');
                }

                if (i < cypher.Length)
                {
                    code.Append(c);
                }
            }
            else
            {
                code.Append(c);
            }
        }

        return code.ToString();
    }

    /// <summary>Splits on commas that are not inside (), [] or {}.</summary>
    public static IReadOnlyList<string> SplitTopLevel(string items)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < items.Length; i++)
        {
            switch (items[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(items[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(items[start..]);
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
    }
}
