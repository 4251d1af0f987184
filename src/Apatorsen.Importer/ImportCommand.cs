using System.Diagnostics;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>
/// One importer run: validate everything, stop with every problem if any (nothing is sent), otherwise
/// plan the batches and — unless this is a dry run — load them into Neo4j.
/// </summary>
internal sealed class ImportCommand(ImportSettings settings, IAnsiConsole console, TextWriter error)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var schema = ApatorsenSchema.Instance;
        var directory = Path.GetFullPath(settings.DataDirectory);

        // A dry run plans the batches in the validation pass itself; an import must validate everything before it
        // sends anything, so it reads the files a second time to stream the batches.
        using var planner = settings.DryRun ? new BatchPlanner(settings.BatchSize) : null;
        // The version hash reads every byte once more; on another core it costs no wall time.
        var version = Task.Run(() => DatasetVersion.Compute(directory), cancellationToken);
        var report = new DatasetValidator(schema).Validate(directory, planner);
        if (!report.IsValid)
        {
            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }

            var dropped = report.DroppedProblems > 0 ? $" ({report.DroppedProblems} more not shown)" : "";
            await error.WriteLineAsync(
                $"{report.Problems.Count + report.DroppedProblems} problem(s) in {settings.DataDirectory}{dropped}; nothing was sent to Neo4j.");
            return ExitCodes.InvalidData;
        }

        var plan = new ImportPlan(report, await version);
        if (planner is not null)
        {
            planner.CompleteInto(plan);
            SummaryTable.Write(console, plan, dryRun: true, clock.Elapsed);
            return ExitCodes.Success;
        }

        var exit = await new Neo4jLoader(settings, console, error).LoadAsync(plan, directory, cancellationToken);
        if (exit == ExitCodes.Success || exit == ExitCodes.VerificationFailed)
        {
            SummaryTable.Write(console, plan, dryRun: false, clock.Elapsed);
        }

        return exit;
    }
}
