using System.Globalization;
using System.Text;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>
/// Everything the API can read from the graph, as text that compares exactly: every node (id, sorted labels,
/// properties by key) and every relationship (endpoints, type, properties), in order, and the (:Dataset) records.
/// </summary>
internal static class GraphSnapshot
{
    public static async Task<string> TakeAsync(Neo4jQueryClient client, CancellationToken ct)
    {
        var text = new StringBuilder();
        var nodes = await client.RunAsync(
            "MATCH (n) WHERE NOT n:Dataset RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id", null, AccessMode.Read, ct);
        foreach (var row in nodes.Rows)
        {
            var labels = ((IReadOnlyList<object?>)row["labels"]!).Cast<string>().Order(StringComparer.Ordinal);
            text.Append("node ").Append(row["id"]).Append(' ').AppendJoin(':', labels).Append(' ').AppendLine(Value(row["properties"]));
        }

        var relationships = await client.RunAsync(
            "MATCH (s)-[r]->(e) RETURN s.id AS start, type(r) AS type, e.id AS end, properties(r) AS properties", null, AccessMode.Read, ct);
        foreach (var line in relationships.Rows.Select(row => $"relationship {row["start"]} {row["type"]} {row["end"]} {Value(row["properties"])}").Order(StringComparer.Ordinal))
        {
            text.AppendLine(line);
        }

        var datasets = await client.RunAsync(
            "MATCH (d:Dataset) RETURN d.name AS name, d.version AS version, d.nodes AS nodes, d.relationships AS relationships ORDER BY name", null, AccessMode.Read, ct);
        foreach (var row in datasets.Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"dataset {row["name"]} {row["version"]} {row["nodes"]} {row["relationships"]}");
        }

        return text.ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Value(p.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture) + " " + value.GetType().Name,
        _ => value.ToString() ?? "",
    };
}
