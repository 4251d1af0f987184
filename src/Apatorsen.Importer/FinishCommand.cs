using Apatorsen.Graph.Schema;
using System.Diagnostics;
using Apatorsen.Neo4j;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>
/// <c>finish</c>: completes a bulk load (<c>neo4j-admin database import full</c>, see <see cref="BulkCommand"/>) on the
/// started server, so that the graph answers as an importer-loaded one: the :Entity label and this dataset's ownership
/// on what neo4j-admin wrote (in transactions of --batch-size rows), the constraints and indexes (the full-text one
/// included), the count check and the (:Dataset) record. Each step skips what is already done, so it can be rerun.
/// </summary>
internal sealed class FinishCommand(ImportSettings settings, ImporterConfiguration configuration, IAnsiConsole console, TextWriter error, GraphSchema schema)
{
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        StatementRunner.ConnectAsync(configuration, settings, error, runner => PlanAndFinishAsync(runner, cancellationToken));

    private async Task<int> PlanAndFinishAsync(StatementRunner runner, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (await DatasetCheck.PlanAsync(settings.DataDirectory, schema, error, cancellationToken) is not { } plan)
        {
            return ExitCodes.InvalidInput;
        }

        return await runner.RunCommandAsync("finishing the bulk load", "what was done stays done", "finish", () => FinishAsync(runner, plan, clock, cancellationToken), cancellationToken);
    }

    private async Task<int> FinishAsync(StatementRunner runner, ImportPlan plan, Stopwatch clock, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["dataset"] = settings.Dataset,
            ["version"] = plan.Version,
            ["batchSize"] = (long)settings.BatchSize,
        };
        // Ownership before the indexes: an index built over finished data is populated once, not kept up per write.
        var nodes = StatementRunner.SingleCount(await runner.RunAsync("import/bulk/own-nodes", parameters, AccessMode.Write,
            "labelling the bulk-loaded nodes and giving them the dataset", cancellationToken));
        var relationships = StatementRunner.SingleCount(await runner.RunAsync("import/bulk/own-relationships", parameters, AccessMode.Write,
            "giving the bulk-loaded relationships the dataset", cancellationToken));
        console.MarkupLineInterpolated($"gave {nodes} node(s) and {relationships} relationship(s) to dataset {settings.Dataset} version {plan.Version}");
        await runner.ApplySchemaAsync(cancellationToken);
        var verified = await new CountCheck(runner, error).VerifyAsync(plan, settings.Dataset, cancellationToken);
        if (verified == ExitCodes.Success)
        {
            await Neo4jLoader.RecordAsync(runner, plan, settings.Dataset, cancellationToken);
        }

        SummaryTable.Write(console, plan, dryRun: false, clock.Elapsed);
        return verified;
    }
}
