namespace Apatorsen.Importer;

/// <summary>What one importer run was asked to do, besides the Neo4j settings (those are <see cref="ImporterConfiguration"/>'s).</summary>
/// <param name="DataDirectory">The dataset directory (<c>--data</c>).</param>
/// <param name="BatchSize">Rows per batch (<c>--batch-size</c>).</param>
/// <param name="DryRun">Validate and plan only (<c>--dry-run</c>).</param>
/// <param name="CheckTimeout">How long the connectivity check waits (<c>--check-timeout</c>).</param>
/// <param name="ProgressInterval">How often a long statement is reported (<c>--progress-interval</c>).</param>
/// <param name="Dataset">The dataset's name in the graph (<c>--dataset</c>; by default the data folder's name).</param>
/// <param name="Concurrency">How many batches are in flight at once (<c>--concurrency</c>), each its own transaction.</param>
internal sealed record ImportSettings(
    string DataDirectory, int BatchSize, bool DryRun, TimeSpan CheckTimeout, TimeSpan ProgressInterval, string Dataset, int Concurrency = ImportSettings.DefaultConcurrency)
{
    public const int DefaultBatchSize = 10_000;
    public const int MaxBatchSize = 1_000_000;
    public const string DefaultDataDirectory = "data/apatorsen";

    /// <summary>The shipped dataset's name, and the default of <c>--dataset</c> for its folder.</summary>
    public const string DatasetName = "apatorsen";

    /// <summary>
    /// Two batches in flight: on a 2-core Neo4j 2025.06 two concurrent relationship batches wrote 15.7k rows/s against
    /// 8.6k with one (docs/benchmarks.md); more than the server's cores only adds lock contention on dense nodes.
    /// </summary>
    public const int DefaultConcurrency = 2;
    public const int MaxConcurrency = 64;

    public const double DefaultCheckTimeoutSeconds = 10;
    public const double MaxCheckTimeoutSeconds = 300;
    public const double DefaultProgressIntervalSeconds = 5;
    public const double MaxProgressIntervalSeconds = 3600;

    /// <summary>How long the index wait may take (db.awaitIndexes), and the request that waits gets a minute more.</summary>
    public const int IndexWaitSeconds = 300;

    /// <summary>The importer's default for Neo4j:RequestTimeout: a request may wait for the indexes, and a large batch may take long.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(IndexWaitSeconds + 60);
}
