using System.Diagnostics;
using System.Globalization;
using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>
/// One export run: validate the dataset and, in the same streaming pass, write its KGX files under temporary names;
/// place them only when the dataset is valid and every prefix they use has an expansion. Otherwise every problem is
/// printed (exit 2) and nothing is left in the output directory.
/// </summary>
internal sealed class ExportCommand(string dataDirectory, string outDirectory, TextWriter output, TextWriter error, GraphSchema schema)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(outDirectory);
        var created = MissingDirectories(target);
        try
        {
            Directory.CreateDirectory(target);
            await RemoveLeftoversAsync(target);
            return await ExportAsync(target, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(EchoedText.Escape($"interrupted; nothing was written to {outDirectory}."));
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            await error.WriteLineAsync(EchoedText.Escape($"error: cannot write the export to {outDirectory}: {reason}; nothing was written."));
            return ExitCodes.Failure;
        }
        finally
        {
            RemoveEmpty(created);
        }
    }

    /// <summary>The directories of the path that do not exist yet, the deepest first: those this run creates.</summary>
    private static List<string> MissingDirectories(string target)
    {
        var missing = new List<string>();
        for (var directory = target; directory is not null && !Directory.Exists(directory); directory = Path.GetDirectoryName(directory))
        {
            missing.Add(directory);
        }

        return missing;
    }

    // After a failure the export's own files are gone; a directory it created that holds anything else is kept, and so
    // are its parents. After a success the target holds the export, so nothing is removed.
    private static void RemoveEmpty(List<string> created)
    {
        foreach (var directory in created)
        {
            try
            {
                if (!Directory.Exists(directory))
                {
                    // Creating the path failed below this directory, or nearer the root.
                    continue;
                }

                if (Directory.EnumerateFileSystemEntries(directory).Any())
                {
                    return;
                }

                Directory.Delete(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Something else is using it: it stays, as its parents do.
                return;
            }
        }
    }

    /// <summary>Removes what an export killed outright (SIGKILL) left, which no later run would otherwise touch.</summary>
    private async Task RemoveLeftoversAsync(string target)
    {
        var removed = KgxBundle.RemoveLeftovers(target);
        if (removed.Count > 0)
        {
            await output.WriteLineAsync(EchoedText.Escape(string.Create(CultureInfo.InvariantCulture,
                $"removed {removed.Count} temporary file{(removed.Count == 1 ? "" : "s")} ({removed.Sum():N0} bytes) that an interrupted export left in {outDirectory}")));
        }
    }

    private async Task<int> ExportAsync(string target, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var directory = Path.GetFullPath(dataDirectory);
        // The version hash reads every byte once more; on another core it costs no wall time.
        var version = Task.Run(() => DatasetVersion.Compute(directory), cancellationToken);

        using var bundle = new KgxBundle(target);
        var exportProblems = new ProblemCollector();
        var prefixes = new PrefixUsage(exportProblems, "biolink", "infores", ApatorsenSchema.ProjectPrefix);
        var report = new DatasetValidator(schema).Validate(directory, new KgxWriter(schema, bundle, prefixes), cancellationToken);
        if (!report.IsValid || exportProblems.HasProblems)
        {
            IReadOnlyList<DatasetProblem> problems = [.. report.Problems, .. exportProblems.Problems];
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }

            var dropped = report.DroppedProblems + exportProblems.Dropped;
            var more = dropped > 0 ? $" ({dropped} more not shown)" : "";
            await error.WriteLineAsync(EchoedText.Escape($"{problems.Count + dropped} problem(s) in {dataDirectory}{more}; nothing was written to {outDirectory}."));
            return ExitCodes.InvalidInput;
        }

        var datasetVersion = await version;
        bundle.Complete(new KgxMetadata(datasetVersion, prefixes.Used));
        await output.WriteLineAsync(EchoedText.Escape(string.Create(CultureInfo.InvariantCulture,
            $"wrote {bundle.Nodes.Lines:N0} nodes and {bundle.Edges.Lines:N0} edges to {outDirectory}: {KgxBundle.NodesFile}, {KgxBundle.EdgesFile}, " +
            $"{KgxBundle.MetadataFile} (Biolink {BiolinkModel.Instance.Version}, dataset version {datasetVersion}) in {clock.Elapsed.TotalSeconds:0.0} s")));
        return ExitCodes.Success;
    }
}
