using System.Text;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>The embedded backend refuses to start over a broken dataset, with the problems the importer would print.</summary>
public sealed class BrokenDatasetStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("apatorsen-broken-dataset-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Startup_OverARowLongerThanTheCsvReaderHolds_StopsWithTheProblemAndItsLine()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "nodes"));
        var drugs = new StringBuilder("id:ID,:LABEL,name\napatorsen:apatorsen,Drug,apatorsen\napatorsen:other,Drug,\"a stray quote\n");
        while (drugs.Length <= 16_777_216 + 100)
        {
            drugs.Append("apatorsen:filler,Drug,filler\n");
        }

        File.WriteAllText(Path.Combine(_directory, "nodes", "drugs.csv"), drugs.ToString());
        using var factory = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Graph:DataDirectory"] = _directory } };

        var exception = Record.Exception(() => factory.CreateClient());

        var invalid = Assert.IsType<InvalidDatasetException>(exception);
        Assert.Contains("nodes/drugs.csv:3: the row starting on this line is longer than 16,777,216 characters", invalid.Message, StringComparison.Ordinal);
        Assert.Null(invalid.InnerException);
    }

    [Fact]
    public void Startup_OverADanglingLinkNamedCsv_StopsWithTheProblemNamingThePath()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "nodes"));
        File.CreateSymbolicLink(Path.Combine(_directory, "nodes", "drugs.csv"), Path.Combine(_directory, "missing.csv"));
        using var factory = new EmbeddedApiFactory { Settings = new Dictionary<string, string?> { ["Graph:DataDirectory"] = _directory } };

        var exception = Record.Exception(() => factory.CreateClient());

        var invalid = Assert.IsType<InvalidDatasetException>(exception);
        Assert.Contains("nodes/drugs.csv: is a symbolic link to", invalid.Message, StringComparison.Ordinal);
    }
}
