using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>
/// <c>remove --dataset NAME</c>: takes one dataset out of the graph — its relationships, its hold on nodes (a node
/// goes when no other dataset holds it) and its (:Dataset) record — leaving every other dataset as it was.
/// </summary>
internal sealed class RemoveCommand(ImportSettings settings, ImporterConfiguration configuration, IAnsiConsole console, TextWriter error, GraphSchema schema)
{
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        StatementRunner.ConnectAsync(configuration, settings, error, runner => runner.RunCommandAsync(
            $"removing dataset {settings.Dataset}", "what was removed stays removed", "remove", () => RemoveAsync(runner, cancellationToken), cancellationToken));

    private async Task<int> RemoveAsync(StatementRunner runner, CancellationToken cancellationToken)
    {
        // The per-type dataset indexes make the removal a seek; on a graph the importer wrote they exist already.
        await runner.ApplySchemaAsync(cancellationToken);
        var (relationships, nodes) = await new DatasetRemoval(runner, settings.BatchSize, schema).RemoveAsync(settings.Dataset, DatasetRemoval.Everything, cancellationToken);
        var forgotten = StatementRunner.SingleCount(await runner.RunAsync("import/forget-dataset", StatementRunner.DatasetParameters(settings.Dataset),
            AccessMode.Write, "removing the dataset's record", cancellationToken));
        if (forgotten == 0 && relationships == 0 && nodes == 0)
        {
            console.MarkupLineInterpolated($"the graph holds no dataset named {settings.Dataset}: nothing removed");
        }
        else
        {
            console.MarkupLineInterpolated($"removed dataset {settings.Dataset}: {relationships} relationship(s); released {nodes} node(s), deleting those no other dataset holds");
        }

        return ExitCodes.Success;
    }
}
