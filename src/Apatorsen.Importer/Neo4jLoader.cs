using System.Diagnostics;
using System.Globalization;
using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>
/// Loads a validated, planned dataset into Neo4j: connectivity check, schema, node batches, relationship
/// batches (one transaction each), removal of this dataset's entities the files no longer hold, and a
/// count check against the files.
/// </summary>
internal sealed class Neo4jLoader(ImportSettings settings, IAnsiConsole console, TextWriter error)
{
    private const int IndexWaitSeconds = 300;

    // One request may wait for the indexes, and a large batch may take long too: well above the client's default.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(IndexWaitSeconds + 60);

    public async Task<int> LoadAsync(ImportPlan plan, string directory, CancellationToken cancellationToken)
    {
        await using var services = BuildServices();
        Neo4jQueryClient client;
        try
        {
            client = services.GetRequiredService<Neo4jQueryClient>();
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Failure;
        }

        var location = $"{settings.Uri} (database {settings.Database})";
        try
        {
            await client.RunAsync(CypherCatalog.Get("ping"), null, AccessMode.Read, cancellationToken);
        }
        catch (Neo4jAuthenticationException)
        {
            await error.WriteLineAsync(settings.Password is null
                ? $"error: Neo4j at {location} requires credentials: pass --password or set NEO4J_PASSWORD."
                : $"error: Neo4j at {location} refused the credentials of user '{settings.User}'.");
            return ExitCodes.Unreachable;
        }
        catch (Neo4jUnavailableException e)
        {
            await error.WriteLineAsync($"error: cannot reach Neo4j at {location}: {e.Message}");
            return ExitCodes.Unreachable;
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync($"error: Neo4j at {location} answered the connectivity check with {e.Message}");
            return ExitCodes.Unreachable;
        }

        try
        {
            await ApplySchemaAsync(client, cancellationToken);
            var schema = ApatorsenSchema.Instance;
            await SendAsync(client, plan, BatchBuilder.Read(directory, plan.Report, schema, settings.BatchSize, nodes: true), "nodes", plan.Report.NodeTotal, cancellationToken);
            await SendAsync(client, plan, BatchBuilder.Read(directory, plan.Report, schema, settings.BatchSize, nodes: false), "relationships", plan.Report.RelationshipTotal, cancellationToken);
            var (relationships, nodes) = await SyncAsync(client, plan.Version, cancellationToken);
            console.MarkupLineInterpolated($"removed {relationships} relationship(s) and {nodes} node(s) no longer in the files");
            return await VerifyAsync(client, plan, cancellationToken);
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync($"error: the import failed: {e.Message}");
            return e is Neo4jUnavailableException or Neo4jAuthenticationException ? ExitCodes.Unreachable : ExitCodes.Failure;
        }
    }

    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = settings.Uri!.ToString(),
            ["Neo4j:Database"] = settings.Database,
            ["Neo4j:RequestTimeout"] = RequestTimeout.ToString("c", CultureInfo.InvariantCulture),
            // Without a password the server is assumed to run without authentication (NEO4J_AUTH=none).
            ["Neo4j:User"] = settings.Password is null ? null : settings.User,
            ["Neo4j:Password"] = settings.Password,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNeo4jClient(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task ApplySchemaAsync(Neo4jQueryClient client, CancellationToken cancellationToken)
    {
        // Schema commands cannot share a transaction with data writes, so each runs on its own.
        foreach (var statement in CypherCatalog.GetStatements("schema"))
        {
            await client.RunAsync(statement, null, AccessMode.Write, cancellationToken);
        }

        var wait = new Dictionary<string, object?> { ["timeoutSeconds"] = IndexWaitSeconds };
        await client.RunAsync(CypherCatalog.Get("import/await-indexes"), wait, AccessMode.Write, cancellationToken);
    }

    private async Task SendAsync(
        Neo4jQueryClient client, ImportPlan plan, IEnumerable<ImportBatch> batches, string phase, long total, CancellationToken cancellationToken)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask(phase, maxValue: Math.Max(total, 1));
                await foreach (var batch in SendEachAsync(client, plan, batches, cancellationToken))
                {
                    task.Increment(batch.RowCount);
                }
            });
            return;
        }

        await foreach (var _ in SendEachAsync(client, plan, batches, cancellationToken))
        {
        }
    }

    private static async IAsyncEnumerable<ImportBatch> SendEachAsync(
        Neo4jQueryClient client, ImportPlan plan, IEnumerable<ImportBatch> batches,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
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
            var result = await client.RunAsync(CypherCatalog.Get(batch.StatementName), parameters, AccessMode.Write, cancellationToken);
            var entry = plan.For(batch);
            entry.Batches++;
            entry.Written += SingleCount(result);
            entry.Elapsed += clock.Elapsed;
            yield return batch;
        }
    }

    private async Task<(long Relationships, long Nodes)> SyncAsync(Neo4jQueryClient client, string version, CancellationToken cancellationToken)
    {
        var relationships = await DeleteInBatchesAsync(client, "import/sync-relationships", version, cancellationToken);
        var nodes = await DeleteInBatchesAsync(client, "import/sync-nodes", version, cancellationToken);
        return (relationships, nodes);
    }

    private async Task<long> DeleteInBatchesAsync(Neo4jQueryClient client, string statementName, string version, CancellationToken cancellationToken)
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
            var deleted = SingleCount(await client.RunAsync(CypherCatalog.Get(statementName), parameters, AccessMode.Write, cancellationToken));
            total += deleted;
            if (deleted < settings.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<int> VerifyAsync(Neo4jQueryClient client, ImportPlan plan, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["dataset"] = ImportSettings.DatasetName };
        var nodes = await client.RunAsync(CypherCatalog.Get("import/count-nodes"), parameters, AccessMode.Read, cancellationToken);
        var relationships = await client.RunAsync(CypherCatalog.Get("import/count-relationships"), parameters, AccessMode.Read, cancellationToken);
        var mismatches = new List<string>();
        Compare(plan, nodes, isNodes: true, mismatches);
        Compare(plan, relationships, isNodes: false, mismatches);
        foreach (var mismatch in mismatches)
        {
            await error.WriteLineAsync($"error: {mismatch}");
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
