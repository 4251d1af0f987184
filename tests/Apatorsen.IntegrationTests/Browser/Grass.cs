namespace Apatorsen.IntegrationTests.Browser;

/// <summary>
/// A port of <c>parseGrassCSS</c> from Neo4j Browser (src/shared/services/grassUtils.ts), which reads the style sheet
/// that <c>:style &lt;url&gt;</c> fetches: selector, then <c>{ key: value; ... }</c>; quotes keep braces in values.
/// </summary>
internal static class Grass
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var insideString = false;
        var insideProps = false;
        var insideBinding = false;
        var keyword = new System.Text.StringBuilder();
        var props = new System.Text.StringBuilder();
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in text)
        {
            var skip = true;
            switch (c)
            {
                case '{':
                    if (insideString)
                    {
                        skip = false;
                    }
                    else if (insideProps)
                    {
                        insideBinding = true;
                    }
                    else
                    {
                        insideProps = true;
                    }

                    break;
                case '}':
                    if (insideString)
                    {
                        skip = false;
                    }
                    else if (insideBinding)
                    {
                        insideBinding = false;
                    }
                    else
                    {
                        insideProps = false;
                        raw[keyword.ToString()] = props.ToString();
                        keyword.Clear();
                        props.Clear();
                    }

                    break;
                case '\'' or '"':
                    insideString = !insideString;
                    break;
                default:
                    skip = false;
                    break;
            }

            if (skip)
            {
                continue;
            }

            if (insideProps)
            {
                props.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                keyword.Append(c);
            }
        }

        var rules = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (selector, body) in raw)
        {
            var rule = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var prop in body.Split(';'))
            {
                var keyValue = prop.Split(':');
                if (keyValue.Length == 2)
                {
                    rule[keyValue[0].Trim()] = keyValue[1].Trim();
                }
            }

            rules[selector] = rule;
        }

        return rules;
    }
}
