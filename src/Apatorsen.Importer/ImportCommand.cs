using System.Diagnostics;
using Spectre.Console;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer;

/// <summary>
/// One importer run: check the Neo4j settings, validate everything, stop with every problem if any (nothing is
/// sent), otherwise plan the batches and — unless this is a dry run — load them into Neo4j.
/// </summary>
internal sealed class ImportCommand(ImportSettings settings, ImporterConfiguration configuration, IAnsiConsole console, TextWriter error, GraphSchema schema)
{
    // What an interruption is reported against: the plan, and the loader once it has started.
    private ImportPlan? _plan;
    private Neo4jLoader? _loader;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // A dry run needs no Neo4j, but checks the settings it was given; both are checked before the data, whose
        // validation may take long.
        Neo4jConnection? connection = null;
        if (!settings.DryRun || configuration.HasUri)
        {
            connection = await Neo4jConnection.CreateOrReportAsync(configuration, error);
            if (connection is null)
            {
                return ExitCodes.InvalidInput;
            }
        }

        await using (connection)
        {
            try
            {
                return await RunAsync(connection, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync(_loader is { Connected: true } && _plan is not null
                    ? _loader.DescribeInterruption(_plan)
                    : "interrupted before anything was written to Neo4j.");
                return ExitCodes.Interrupted;
            }
        }
    }

    private async Task<int> RunAsync(Neo4jConnection? connection, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var directory = Path.GetFullPath(settings.DataDirectory);

        // An import must validate everything before it sends anything, so it reads the files a second time to stream
        // the batches; a dry run stops after the first pass, since the batches follow from the rows counted in it.
        if (await DatasetCheck.PlanAsync(settings.DataDirectory, schema, error, cancellationToken) is not { } plan)
        {
            return ExitCodes.InvalidInput;
        }

        _plan = plan;
        if (settings.DryRun)
        {
            plan.PlanBatches(settings.BatchSize);
            SummaryTable.Write(console, plan, dryRun: true, clock.Elapsed);
            return ExitCodes.Success;
        }

        var loader = _loader = new Neo4jLoader(connection!, settings, console, error, schema);
        var exit = await loader.LoadAsync(plan, directory, cancellationToken);
        if (exit == ExitCodes.Success || exit == ExitCodes.VerificationFailed)
        {
            SummaryTable.Write(console, plan, dryRun: false, clock.Elapsed);
        }

        return exit;
    }
}
