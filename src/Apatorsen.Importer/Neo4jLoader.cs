using System.Diagnostics;
using System.Globalization;
using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>
/// Loads a validated, planned dataset into Neo4j: connectivity check, schema, node batches, relationship
/// batches (one transaction each), removal of this dataset's entities the files no longer hold, and a
/// count check against the files.
/// </summary>
internal sealed class Neo4jLoader(Neo4jConnection connection, ImportSettings settings, IAnsiConsole console, TextWriter error, GraphSchema schema)
{
    private readonly Neo4jQueryClient _client = connection.Client;
    private readonly WaitReporter _waits = new(error, settings.ProgressInterval);
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
        if (await CheckConnectivityAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Connected = true;
        try
        {
            await ApplySchemaAsync(cancellationToken);
            _phase = Phase.Nodes;
            await SendAsync(plan, BatchBuilder.Read(directory, plan.Report, schema, settings.BatchSize, nodes: true), "nodes", plan.Report.NodeTotal, cancellationToken);
            _phase = Phase.Relationships;
            await SendAsync(plan, BatchBuilder.Read(directory, plan.Report, schema, settings.BatchSize, nodes: false), "relationships", plan.Report.RelationshipTotal, cancellationToken);
            _phase = Phase.Removal;
            var (relationships, nodes) = await SyncAsync(plan.Version, cancellationToken);
            console.MarkupLineInterpolated($"removed {relationships} relationship(s) and {nodes} node(s) no longer in the files");
            _phase = Phase.CountCheck;
            return await VerifyAsync(plan, cancellationToken);
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync(EchoedText.Escape($"error: the import failed: {e.Message}"));
            return e is Neo4jUnavailableException or Neo4jAuthenticationException ? ExitCodes.Unreachable : ExitCodes.Failure;
        }
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
               $"the batch in flight may or may not have been; not done: {string.Join(", ", notDone)}. Run the import again to complete it.";
    }

    private static string Describe(Phase phase) => phase switch
    {
        Phase.Schema => "applying the schema",
        Phase.Nodes => "loading nodes",
        Phase.Relationships => "loading relationships",
        Phase.Removal => "removing what the files no longer hold",
        _ => "checking the counts",
    };

    private async Task<int?> CheckConnectivityAsync(CancellationToken cancellationToken)
    {
        // The check has its own short deadline: the client's request timeout is long enough for the index wait.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.CheckTimeout);
        var location = connection.Location;
        try
        {
            await _client.RunAsync(CypherCatalog.Get("ping"), null, AccessMode.Read, deadline.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"error: Neo4j at {location} did not answer the connectivity check within {settings.CheckTimeout.TotalSeconds:0.###} s (--check-timeout)."));
        }
        catch (Neo4jAuthenticationException)
        {
            await error.WriteLineAsync(connection.Options.Password is null
                ? $"error: Neo4j at {location} requires credentials: pass --password or set NEO4J_PASSWORD."
                : $"error: Neo4j at {location} refused the credentials of user '{connection.Options.User}'.");
        }
        catch (Neo4jUnavailableException e)
        {
            await error.WriteLineAsync(EchoedText.Escape($"error: cannot reach Neo4j at {location}: {e.Message}"));
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync(EchoedText.Escape($"error: Neo4j at {location} answered the connectivity check with {e.Message}"));
        }

        return ExitCodes.Unreachable;
    }

    private Task<QueryResult> RunAsync(string statementName, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, string what, CancellationToken cancellationToken) =>
        RunStatementAsync(CypherCatalog.Get(statementName), parameters, mode, what, cancellationToken);

    private Task<QueryResult> RunStatementAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, string what, CancellationToken cancellationToken) =>
        _waits.WatchAsync(_client.RunAsync(statement, parameters, mode, cancellationToken), what);

    private async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        // Schema commands cannot share a transaction with data writes, so each runs on its own.
        foreach (var statement in CypherCatalog.GetStatements("schema"))
        {
            await RunStatementAsync(statement, null, AccessMode.Write, "applying the schema", cancellationToken);
        }

        var wait = new Dictionary<string, object?> { ["timeoutSeconds"] = ImportSettings.IndexWaitSeconds };
        await RunAsync("import/await-indexes", wait, AccessMode.Write,
            $"the indexes to come online (up to {ImportSettings.IndexWaitSeconds} s)", cancellationToken);
    }

    private async Task SendAsync(ImportPlan plan, IEnumerable<ImportBatch> batches, string phase, long total, CancellationToken cancellationToken)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask(phase, maxValue: Math.Max(total, 1));
                await foreach (var batch in SendEachAsync(plan, batches, cancellationToken))
                {
                    task.Increment(batch.RowCount);
                }
            });
            return;
        }

        await foreach (var _ in SendEachAsync(plan, batches, cancellationToken))
        {
        }
    }

    private async IAsyncEnumerable<ImportBatch> SendEachAsync(
        ImportPlan plan, IEnumerable<ImportBatch> batches, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var batch in batches)
        {
            var clock = Stopwatch.StartNew();
            var parameters = new Dictionary<string, object?>
            {
                ["rows"] = batch.Rows ?? throw new InvalidOperationException("A planned batch has no rows to send."),
                ["dataset"] = ImportSettings.DatasetName,
                ["version"] = plan.Version,
            };
            var what = $"a batch of {batch.RowCount} {batch.LabelOrType} {(batch.IsNodes ? "nodes" : "relationships")}";
            var result = await RunAsync(batch.StatementName, parameters, AccessMode.Write, what, cancellationToken);
            var entry = plan.For(batch);
            entry.Batches++;
            entry.Written += SingleCount(result);
            entry.Elapsed += clock.Elapsed;
            yield return batch;
        }
    }

    private async Task<(long Relationships, long Nodes)> SyncAsync(string version, CancellationToken cancellationToken)
    {
        var relationships = await DeleteInBatchesAsync("import/sync-relationships", version, cancellationToken);
        var nodes = await DeleteInBatchesAsync("import/sync-nodes", version, cancellationToken);
        return (relationships, nodes);
    }

    private async Task<long> DeleteInBatchesAsync(string statementName, string version, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["dataset"] = ImportSettings.DatasetName,
            ["version"] = version,
            ["batchSize"] = (long)settings.BatchSize,
        };
        long total = 0;
        while (true)
        {
            var deleted = SingleCount(await RunAsync(statementName, parameters, AccessMode.Write, "removing what the files no longer hold", cancellationToken));
            total += deleted;
            if (deleted < settings.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<int> VerifyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["dataset"] = ImportSettings.DatasetName };
        var nodes = await RunAsync("import/count-nodes", parameters, AccessMode.Read, "counting the nodes", cancellationToken);
        var relationships = await RunAsync("import/count-relationships", parameters, AccessMode.Read, "counting the relationships", cancellationToken);
        var mismatches = new List<string>();
        Compare(plan, nodes, isNodes: true, mismatches);
        Compare(plan, relationships, isNodes: false, mismatches);
        foreach (var mismatch in mismatches)
        {
            await error.WriteLineAsync(EchoedText.Escape($"error: {mismatch}"));
        }

        return mismatches.Count == 0 ? ExitCodes.Success : ExitCodes.VerificationFailed;
    }

    private static void Compare(ImportPlan plan, QueryResult counts, bool isNodes, List<string> mismatches)
    {
        foreach (var row in counts.Rows)
        {
            var name = (string)row[0]!;
            var count = Convert.ToInt64(row[1], System.Globalization.CultureInfo.InvariantCulture);
            if (plan.Find(isNodes, name) is { } entry)
            {
                entry.InDatabase = count;
            }
            else
            {
                mismatches.Add($"Neo4j holds {count} {(isNodes ? "node(s) labelled" : "relationship(s) of type")} {name} of this dataset that the files do not");
            }
        }

        foreach (var entry in plan.Entries.Where(e => e.Kind == (isNodes ? "nodes" : "relationships")))
        {
            entry.InDatabase ??= 0;
            if (entry.InDatabase != entry.Rows)
            {
                mismatches.Add($"{entry.Kind} {entry.Name}: the files hold {entry.Rows}, Neo4j holds {entry.InDatabase}");
            }
        }
    }

    private static long SingleCount(QueryResult result) =>
        result.Rows.Count == 0 ? 0 : Convert.ToInt64(result.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture);
}
