using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer;

/// <summary>
/// Writes the files derived from the schema (cypher/schema.cypher, cypher/import/**, docs/schema.*),
/// or with <c>--check</c> reports those that differ from what the schema generates.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string root, bool check, TextWriter output, GraphSchema schema)
    {
        var drifted = new List<string>();
        foreach (var (path, content) in SchemaArtifacts.Generate(schema))
        {
            var full = Path.Combine(root, path);
            var current = File.Exists(full) ? File.ReadAllText(full) : null;
            if (current == content)
            {
                continue;
            }

            drifted.Add(path);
            if (!check)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, content);
            }
        }

        foreach (var path in drifted)
        {
            output.WriteLine(check ? $"out of date: {path}" : $"wrote {path}");
        }

        if (check && drifted.Count > 0)
        {
            output.WriteLine("run `dotnet run --project src/Apatorsen.Importer -- generate` and commit the result");
            return ExitCodes.Drift;
        }

        output.WriteLine(drifted.Count == 0 ? "all schema-derived files are up to date" : $"{drifted.Count} file(s) written");
        return ExitCodes.Success;
    }
}
