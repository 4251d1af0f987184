using System.Collections.Concurrent;
using System.Reflection;

namespace Apatorsen.Graph.Cypher;

/// <summary>
/// The Cypher statements of the repository's <c>cypher/</c> folder, embedded in this assembly.
/// A name is the path below <c>cypher/</c> without the extension, e.g. <c>queries/search</c>.
/// </summary>
public static class CypherCatalog
{
    private const string Prefix = "cypher/";
    private const string Extension = ".cypher";
    private static readonly Assembly Assembly = typeof(CypherCatalog).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Every embedded statement file's name.</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^Extension.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The text of a statement file; throws if the project ships no such file.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The text of a template below <c>cypher/templates/</c>, from which schema-derived files are generated.</summary>
    public static string GetTemplate(string name) => GetTemplateAt("templates/" + name);

    /// <summary>The text of a template anywhere below <c>cypher/</c>, by its path without the extension (e.g. <c>trapi/fragments/edge</c>).</summary>
    public static string GetTemplateAt(string path) => Cache.GetOrAdd(path + ".cypher.template", LoadResource);

    /// <summary>
    /// The statements of a file that holds several, split on the semicolons that end a line,
    /// with comment-only lines removed.
    /// </summary>
    public static IReadOnlyList<string> GetStatements(string name) =>
        Get(name).Split(";\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(StripComments)
            .Select(s => s.TrimEnd(';').Trim())
            .Where(s => s.Length > 0)
            .ToArray();

    private static string StripComments(string statement) =>
        string.Join('\n', statement.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static string Load(string name) => LoadResource(name + Extension);

    private static string LoadResource(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new KeyNotFoundException($"No Cypher file 'cypher/{path}' is embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
