using System.Text;
using System.Text.Json;

namespace Apatorsen.Importer.Tests;

/// <summary>A node record of a KGX export: its id, categories and every other field as written.</summary>
internal sealed record KgxNode(string Id, IReadOnlyList<string> Categories, IReadOnlyDictionary<string, JsonElement> Fields);

/// <summary>An edge record of a KGX export: its id, the statement, and every field (these included) as written.</summary>
internal sealed record KgxEdge(string Id, string Subject, string Predicate, string Object, IReadOnlyDictionary<string, JsonElement> Fields);

/// <summary>
/// A KGX JSON Lines bundle read back for the tests, checked against the format as biolink/kgx describes it: UTF-8
/// without a byte order mark, one JSON object per line, no duplicate fields; nodes with an <c>id</c> and a non-empty
/// <c>category</c> list; edges with <c>subject</c>, <c>predicate</c>, <c>object</c> (ids of nodes of the bundle),
/// <c>knowledge_level</c> and <c>agent_type</c>, and unique ids. Anything else is an <see cref="InvalidDataException"/>.
/// </summary>
internal sealed record KgxGraph(IReadOnlyList<KgxNode> Nodes, IReadOnlyList<KgxEdge> Edges, JsonElement Metadata)
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static KgxGraph Read(string directory, string name = "apatorsen")
    {
        var nodes = Lines(Path.Combine(directory, $"{name}_nodes.jsonl")).Select(ReadNode).ToList();
        var edges = Lines(Path.Combine(directory, $"{name}_edges.jsonl")).Select(ReadEdge).ToList();
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Require(ids.Count == nodes.Count, "node ids are not unique");
        Require(edges.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() == edges.Count, "edge ids are not unique");
        foreach (var edge in edges)
        {
            Require(ids.Contains(edge.Subject) && ids.Contains(edge.Object), $"edge {edge.Id} connects an id that is no node of the bundle");
        }

        using var metadata = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, $"{name}_metadata.json")), Strict);
        return new KgxGraph(nodes, edges, metadata.RootElement.Clone());
    }

    private static IEnumerable<(long Number, Dictionary<string, JsonElement> Fields)> Lines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Require(!bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{path} starts with a byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Require(text.Length == 0 || text.EndsWith('\n'), $"{path} does not end with a line break");
        var number = 0L;
        foreach (var line in text.Split('\n').SkipLast(1))
        {
            number++;
            Require(line.Length > 0 && !line.EndsWith('\r'), $"{path}:{number} is empty or ends with a carriage return");
            using var document = JsonDocument.Parse(line, Strict);
            Require(document.RootElement.ValueKind == JsonValueKind.Object, $"{path}:{number} is not a JSON object");
            yield return (number, document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
        }
    }

    private static KgxNode ReadNode((long Number, Dictionary<string, JsonElement> Fields) line)
    {
        var categories = Strings(line.Fields, "category", $"node line {line.Number}");
        Require(categories.Count > 0, $"node line {line.Number} has no category");
        return new KgxNode(String(line.Fields, "id", $"node line {line.Number}"), categories, line.Fields);
    }

    private static KgxEdge ReadEdge((long Number, Dictionary<string, JsonElement> Fields) line)
    {
        var where = $"edge line {line.Number}";
        String(line.Fields, "knowledge_level", where);
        String(line.Fields, "agent_type", where);
        return new KgxEdge(String(line.Fields, "id", where), String(line.Fields, "subject", where), String(line.Fields, "predicate", where),
            String(line.Fields, "object", where), line.Fields);
    }

    private static string String(Dictionary<string, JsonElement> fields, string name, string where)
    {
        Require(fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String, $"{where} has no string '{name}'");
        return value.GetString()!;
    }

    /// <summary>A list-valued field's strings.</summary>
    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, JsonElement> fields, string name, string where)
    {
        Require(fields.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String), $"{where} has no list of strings '{name}'");
        return value.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException(problem);
        }
    }
}
