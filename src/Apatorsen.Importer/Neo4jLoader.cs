using System.Globalization;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>
/// Loads a validated, planned dataset into Neo4j under its name: connectivity check, schema, node batches, relationship
/// batches (one transaction each, up to --concurrency in flight), removal of this dataset's entities the files no
/// longer hold, a count check against the files, and the dataset's (:Dataset) record. A dataset whose recorded version
/// equals the files' is not sent again when its counts still agree.
/// </summary>
internal sealed class Neo4jLoader(Neo4jConnection connection, ImportSettings settings, IAnsiConsole console, TextWriter error, GraphSchema schema)
{
    private readonly StatementRunner _runner = new(connection, settings, error);
    private Phase _phase = Phase.Schema;

    private enum Phase
    {
        Schema,
        Nodes,
        Relationships,
        Removal,
        CountCheck,
    }

    /// <summary>True once the connectivity check passed: from then on, an interruption may leave a partial import.</summary>
    public bool Connected { get; private set; }

    public async Task<int> LoadAsync(ImportPlan plan, string directory, CancellationToken cancellationToken)
    {
        if (await _runner.CheckConnectivityAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Connected = true;
        try
        {
            await _runner.ApplySchemaAsync(cancellationToken);
            var check = new CountCheck(_runner, error);
            if (await IsRecordedAsync(plan, cancellationToken))
            {
                _phase = Phase.CountCheck;
                if ((await check.FindMismatchesAsync(plan, settings.Dataset, cancellationToken)).Count == 0)
                {
                    console.MarkupLineInterpolated($"dataset {settings.Dataset} version {plan.Version} is already in the graph, complete: nothing to send");
                    return ExitCodes.Success;
                }

                console.MarkupLineInterpolated($"dataset {settings.Dataset} version {plan.Version} is recorded but its counts differ: loading it again");
            }

            _phase = Phase.Nodes;
            await SendAsync(plan, BatchBuilder.Read(directory, plan.Report, schema, settings.BatchSize, nodes: true), "nodes", plan.Report.NodeTotal, cancellationToken);
            _phase = Phase.Relationships;
            await SendAsync(plan, BatchBuilder.Read(directory, plan.Report, schema, settings.BatchSize, nodes: false), "relationships", plan.Report.RelationshipTotal, cancellationToken);
            _phase = Phase.Removal;
            var (relationships, nodes) = await new DatasetRemoval(_runner, settings.BatchSize, schema).RemoveAsync(settings.Dataset, plan.Version, cancellationToken);
            console.MarkupLineInterpolated($"removed {relationships} relationship(s) no longer in the files; released {nodes} node(s) (deleted unless another dataset holds them)");
            _phase = Phase.CountCheck;
            var verified = await check.VerifyAsync(plan, settings.Dataset, cancellationToken);
            if (verified == ExitCodes.Success)
            {
                await RecordAsync(_runner, plan, settings.Dataset, cancellationToken);
            }

            return verified;
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync(EchoedText.Escape($"error: the import failed: {e.Message}"));
            return e is Neo4jUnavailableException or Neo4jAuthenticationException ? ExitCodes.Unreachable : ExitCodes.Failure;
        }
    }

    /// <summary>Writes the dataset's (:Dataset) node: its name, the version the graph now holds, and its counts.</summary>
    public static Task RecordAsync(StatementRunner runner, ImportPlan plan, string dataset, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["dataset"] = dataset,
            ["version"] = plan.Version,
            ["nodes"] = plan.Report.NodeTotal,
            ["relationships"] = plan.Report.RelationshipTotal,
        };
        return runner.RunAsync("import/record-dataset", parameters, AccessMode.Write, "recording the dataset", cancellationToken);
    }

    /// <summary>What an interruption left behind: rows written in committed batches, and the phases not done.</summary>
    public string DescribeInterruption(ImportPlan plan)
    {
        static string Rows(IEnumerable<PlanEntry> entries, string kind)
        {
            var of = entries.Where(e => e.Kind == kind).ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{of.Sum(e => e.Written):N0} of {of.Sum(e => e.Rows):N0} {kind[..^1]} rows");
        }

        var notDone = Enum.GetValues<Phase>().Where(p => p >= _phase).Select(p => p switch
        {
            Phase.Nodes when p == _phase => "the rest of the nodes",
            Phase.Relationships when p == _phase => "the rest of the relationships",
            _ => Describe(p),
        });
        return $"interrupted while {Describe(_phase)}: {Rows(plan.Entries, "nodes")} and {Rows(plan.Entries, "relationships")} were written, in committed batches; " +
               $"the batches in flight (up to {settings.Concurrency}) may or may not have been; not done: {string.Join(", ", notDone)}. Run the import again to complete it.";
    }

    private static string Describe(Phase phase) => phase switch
    {
        Phase.Schema => "applying the schema",
        Phase.Nodes => "loading nodes",
        Phase.Relationships => "loading relationships",
        Phase.Removal => "removing what the files no longer hold",
        _ => "checking the counts",
    };

    private async Task<bool> IsRecordedAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var recorded = await _runner.RunAsync("import/recorded-dataset", StatementRunner.DatasetParameters(settings.Dataset), AccessMode.Read,
            "reading the dataset's record", cancellationToken);
        return recorded.Rows.Count > 0 && recorded.Rows[0][0] as string == plan.Version;
    }

    private async Task SendAsync(ImportPlan plan, IEnumerable<ImportBatch> batches, string phase, long total, CancellationToken cancellationToken)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask(phase, maxValue: Math.Max(total, 1));
                await foreach (var sent in SendEachAsync(plan, batches, cancellationToken))
                {
                    task.Increment(sent.Batch.RowCount);
                }
            });
            return;
        }

        await foreach (var _ in SendEachAsync(plan, batches, cancellationToken))
        {
        }
    }

    private async IAsyncEnumerable<SentBatch> SendEachAsync(
        ImportPlan plan, IEnumerable<ImportBatch> batches, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sender = new ConcurrentBatchSender(_runner, settings.Concurrency);
        await foreach (var sent in sender.SendAsync(batches, Parameters, cancellationToken))
        {
            var entry = plan.For(sent.Batch);
            entry.Batches++;
            entry.Written += sent.Written;
            entry.Elapsed += sent.Elapsed;
            yield return sent;
        }

        IReadOnlyDictionary<string, object?> Parameters(ImportBatch batch) => new Dictionary<string, object?>
        {
            ["rows"] = batch.Rows,
            ["dataset"] = settings.Dataset,
            ["version"] = plan.Version,
        };
    }
}
