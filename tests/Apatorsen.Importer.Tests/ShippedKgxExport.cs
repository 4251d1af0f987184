using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Tests;

/// <summary>The shipped dataset exported once as KGX and read back, with the dataset itself as the reference.</summary>
public sealed class ShippedKgxExport : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    public string Directory => _directory.Path;

    internal GraphDataset Dataset { get; } = GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);

    internal KgxGraph Graph { get; private set; } = null!;

    internal ImporterRun Run { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Run = await ImporterRun.RunAsync("export", "--format", "kgx", "--out", Directory, "--data", ImporterRun.ShippedData);
        Graph = KgxGraph.Read(Directory);
    }

    public ValueTask DisposeAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
