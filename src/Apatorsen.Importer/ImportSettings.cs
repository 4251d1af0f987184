namespace Apatorsen.Importer;

/// <summary>What one importer run was asked to do, after command-line options and environment are combined.</summary>
internal sealed record ImportSettings(
    string DataDirectory,
    int BatchSize,
    bool DryRun,
    Uri? Uri,
    string Database,
    string? User,
    string? Password)
{
    public const int DefaultBatchSize = 10_000;
    public const string DefaultDataDirectory = "data/apatorsen";
    public const string DatasetName = "apatorsen";
}
