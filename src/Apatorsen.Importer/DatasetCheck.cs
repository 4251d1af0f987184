using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer;

/// <summary>Validates a data directory and computes its version: the plan of a run, or every problem on stderr and none.</summary>
internal static class DatasetCheck
{
    public static async Task<ImportPlan?> PlanAsync(string dataDirectory, GraphSchema schema, TextWriter error, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(dataDirectory);
        // The version hash reads every byte once more; on another core it costs no wall time.
        var version = Task.Run(() => DatasetVersion.Compute(directory), cancellationToken);
        var report = new DatasetValidator(schema).Validate(directory, cancellationToken: cancellationToken);
        if (!report.IsValid)
        {
            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"error: {problem}");
            }

            var dropped = report.DroppedProblems > 0 ? $" ({report.DroppedProblems} more not shown)" : "";
            await error.WriteLineAsync(EchoedText.Escape(
                $"{report.Problems.Count + report.DroppedProblems} problem(s) in {dataDirectory}{dropped}; nothing was sent to Neo4j."));
            return null;
        }

        return new ImportPlan(report, await version);
    }
}
