using System.Text;
using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>Several data directories combined for the embedded graph: shared nodes once, every relationship, names from the folders.</summary>
public sealed class EmbeddedDatasetsTests : IDisposable
{
    private readonly TwoDatasets _datasets = new();

    public void Dispose() => _datasets.Dispose();

    [Fact]
    public void TwoDirectories_ShareNodes_KeepEveryRelationship_AndAreNamedAfterTheirFolders()
    {
        var loaded = EmbeddedDatasets.Load([_datasets.BetaDirectory, _datasets.AlphaDirectory], ApatorsenSchema.Instance);

        Assert.Equal(4, loaded.Graph.NodeList.Count);
        Assert.Equal(2, loaded.Graph.Relationships.Count);
        Assert.Equal([TwoDatasets.Alpha, TwoDatasets.Beta], loaded.Datasets.Select(d => d.Name));
        Assert.Equal(Apatorsen.Api.Shaping.DatasetVersions.Combined(loaded.Datasets), loaded.Graph.Version);
    }

    [Fact]
    public void OneDirectory_IsServedAsItIs_UnderItsOwnVersion()
    {
        var loaded = EmbeddedDatasets.Load([_datasets.AlphaDirectory], ApatorsenSchema.Instance);

        Assert.Equal(loaded.Datasets.Single().Version, loaded.Graph.Version);
        Assert.Equal(3, loaded.Graph.NodeList.Count);
    }

    [Fact]
    public void ASharedIdWithAnotherLabel_IsRefused_NamingBothDatasets()
    {
        var delta = Path.Combine(_datasets.Root, "delta");
        Directory.CreateDirectory(Path.Combine(delta, "nodes"));
        File.WriteAllText(Path.Combine(delta, "nodes", "drugs.csv"), "id:ID,:LABEL,name\napatorsen:ref-01,Drug,not a publication\n", Encoding.UTF8);

        var conflict = Assert.Throws<DatasetConflictException>(() => EmbeddedDatasets.Load([_datasets.AlphaDirectory, delta], ApatorsenSchema.Instance));

        Assert.Contains("apatorsen:ref-01 is a Publication in dataset 'alpha' but a Drug in dataset 'delta'", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFoldersOfOneName_AreRefused()
    {
        var other = Path.Combine(_datasets.Root, "elsewhere", TwoDatasets.Alpha);
        CopyDirectory(_datasets.AlphaDirectory, other);

        var conflict = Assert.Throws<DatasetConflictException>(() => EmbeddedDatasets.Load([_datasets.AlphaDirectory, other], ApatorsenSchema.Instance));

        Assert.Contains("'alpha'", conflict.Message, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
