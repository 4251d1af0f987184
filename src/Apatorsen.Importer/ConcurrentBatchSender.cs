using System.Diagnostics;
using System.Runtime.CompilerServices;
using Apatorsen.Neo4j;

namespace Apatorsen.Importer;

/// <summary>One batch Neo4j has committed: how many rows its statement wrote, and how long it took.</summary>
internal sealed record SentBatch(ImportBatch Batch, long Written, TimeSpan Elapsed);

/// <summary>
/// Sends import batches with up to <c>concurrency</c> in flight, each one statement in its own implicit transaction: a
/// batch is committed whole or not at all. The client retries a batch that fails with a transient error (a deadlock
/// on a dense node, a leader switch) by running that batch again, while the others go on. On any other failure no
/// further batch is sent, those in flight are awaited, and the first failure is thrown.
/// </summary>
internal sealed class ConcurrentBatchSender(StatementRunner runner, int concurrency)
{
    /// <summary>Sends every batch; yields each as Neo4j commits it, in the order they complete.</summary>
    public async IAsyncEnumerable<SentBatch> SendAsync(
        IEnumerable<ImportBatch> batches,
        Func<ImportBatch, IReadOnlyDictionary<string, object?>> parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inFlight = new List<Task<SentBatch>>(concurrency);
        try
        {
            foreach (var batch in batches)
            {
                if (inFlight.Count == concurrency)
                {
                    yield return await NextAsync(inFlight);
                }

                inFlight.Add(SendOneAsync(batch, parameters(batch), cancellationToken));
            }

            while (inFlight.Count > 0)
            {
                yield return await NextAsync(inFlight);
            }
        }
        finally
        {
            // Reading the files failed, or the caller stopped early: what is in flight still finishes first.
            await SettleAsync(inFlight);
        }
    }

    private static Task SettleAsync(List<Task<SentBatch>> inFlight) =>
        Task.WhenAll(inFlight).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    private async Task<SentBatch> SendOneAsync(ImportBatch batch, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var what = $"a batch of {batch.RowCount} {batch.LabelOrType} {(batch.IsNodes ? "nodes" : "relationships")}";
        var result = await runner.RunAsync(batch.StatementName, parameters, AccessMode.Write, what, cancellationToken);
        return new SentBatch(batch, StatementRunner.SingleCount(result), clock.Elapsed);
    }

    private static async Task<SentBatch> NextAsync(List<Task<SentBatch>> inFlight)
    {
        var done = await Task.WhenAny(inFlight);
        inFlight.Remove(done);
        try
        {
            return await done;
        }
        catch
        {
            // Nothing may keep writing after the run has failed: the batches in flight finish (or fail) first.
            await SettleAsync(inFlight);
            inFlight.Clear();
            throw;
        }
    }
}
