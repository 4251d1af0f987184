namespace Apatorsen.Importer;

/// <summary>What one importer run was asked to do, besides the Neo4j settings (those are <see cref="ImporterConfiguration"/>'s).</summary>
internal sealed record ImportSettings(string DataDirectory, int BatchSize, bool DryRun, TimeSpan CheckTimeout, TimeSpan ProgressInterval)
{
    public const int DefaultBatchSize = 10_000;
    public const int MaxBatchSize = 1_000_000;
    public const string DefaultDataDirectory = "data/apatorsen";
    public const string DatasetName = "apatorsen";

    public const double DefaultCheckTimeoutSeconds = 10;
    public const double MaxCheckTimeoutSeconds = 300;
    public const double DefaultProgressIntervalSeconds = 5;
    public const double MaxProgressIntervalSeconds = 3600;

    /// <summary>How long the index wait may take (db.awaitIndexes), and the request that waits gets a minute more.</summary>
    public const int IndexWaitSeconds = 300;

    /// <summary>The importer's default for Neo4j:RequestTimeout: a request may wait for the indexes, and a large batch may take long.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(IndexWaitSeconds + 60);
}
