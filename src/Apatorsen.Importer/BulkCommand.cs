using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer;

/// <summary>What <c>bulk</c> was asked for: the data, the database neo4j-admin writes, where neo4j-admin sees the data, and where to put its arguments.</summary>
internal sealed record BulkSettings(string DataDirectory, string Dataset, string Database, string? FilesRoot, string? ArgumentsFile);

/// <summary>
/// <c>bulk</c>: validates the files and gives the exact <c>neo4j-admin database import full</c> command that loads
/// them — the database name before the options (neo4j-admin 5.19+), the files' array delimiter, and every node file
/// with the :Entity label added — on stdout, or its options as an argument file for <c>neo4j-admin ... @file</c>. The
/// next step, <c>finish</c>, is said on stderr.
/// </summary>
internal static class BulkCommand
{
    public static async Task<int> RunAsync(BulkSettings settings, TextWriter output, TextWriter error, GraphSchema schema, CancellationToken cancellationToken)
    {
        if (await DatasetCheck.PlanAsync(settings.DataDirectory, schema, error, cancellationToken) is not { } plan)
        {
            return ExitCodes.InvalidInput;
        }

        var root = settings.FilesRoot ?? Path.GetFullPath(settings.DataDirectory);
        var options = Options(plan.Report, root);
        if (settings.ArgumentsFile is { } file)
        {
            if (options.FirstOrDefault(o => o.Contains('"', StringComparison.Ordinal) || o.Contains('\\', StringComparison.Ordinal)) is { } unquotable)
            {
                await error.WriteLineAsync(EchoedText.Escape($"error: {unquotable} cannot go into an argument file: a path with '\"' or '\\' would be read differently by neo4j-admin."));
                return ExitCodes.InvalidInput;
            }

            await File.WriteAllLinesAsync(file, options.Select(o => o.Any(char.IsWhiteSpace) ? $"\"{o}\"" : o), cancellationToken);
            await output.WriteLineAsync(EchoedText.Escape($"wrote the options of neo4j-admin database import full {settings.Database} to {file}"));
        }
        else
        {
            await output.WriteLineAsync(string.Join(' ', ["neo4j-admin", "database", "import", "full", Shell(settings.Database), .. options.Select(Shell)]));
        }

        await error.WriteLineAsync(EchoedText.Escape(
            $"Stop Neo4j first (neo4j-admin needs the database offline; this replaces database {settings.Database}). " +
            $"Then start Neo4j and run: apatorsen-import finish --data {settings.DataDirectory} --dataset {settings.Dataset} --uri ... " +
            $"(labels, ownership, constraints and indexes, count check; docs/neo4j.md)."));
        return ExitCodes.Success;
    }

    /// <summary>The options of the command, in order; each node file is its own group, as each file has its own header.</summary>
    public static IReadOnlyList<string> Options(ValidationReport report, string root)
    {
        string PathOf(string file) => root.TrimEnd('/', '\\') + "/" + file.Replace('\\', '/');
        return
        [
            "--overwrite-destination=true",
            $"--array-delimiter={GraphSchema.ArrayDelimiter}",
            .. report.NodeFiles.Select(f => $"--nodes={ImportNames.EntityLabel}={PathOf(f)}"),
            .. report.RelationshipFiles.Select(f => $"--relationships={PathOf(f)}"),
        ];
    }

    // Plain words stay as they are; otherwise the value after an option's '=' (or the whole word) goes in single
    // quotes, each single quote written '\'': --array-delimiter=';'.
    private static string Shell(string word)
    {
        static bool Plain(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@%+,".Contains(c, StringComparison.Ordinal));
        static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        if (Plain(word))
        {
            return word;
        }

        var equals = word.IndexOf('=', StringComparison.Ordinal);
        return word.StartsWith("--", StringComparison.Ordinal) && equals > 0 && Plain(word[..equals])
            ? word[..(equals + 1)] + Quote(word[(equals + 1)..])
            : Quote(word);
    }
}
