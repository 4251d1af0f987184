using Apatorsen.Graph.Schema;
using Apatorsen.Importer.Export;

namespace Apatorsen.Importer.Tests;

/// <summary>The export command's answers to bad arguments, broken data and interruption: a message, an exit code, and nothing written.</summary>
public sealed class KgxExportCliTests
{
    private static Task<ImporterRun> ExportAsync(string data, string target) =>
        ImporterRun.RunAsync("export", "--format", "kgx", "--out", target, "--data", data);

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--format", "csv", "--out", "{out}"], "error: --format must be kgx (KGX JSON Lines, the only export format); got 'csv'." },
        { ["--format", "kgx"], "error: Option '--out' is required." },
        { ["--out", "{out}"], "error: Option '--format' is required." },
        { ["--format", "kgx", "--out", "{file}"], "is a file; give a directory (it is created if missing)." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task BadArguments_GiveOneMessage_Exit2_AndWriteNothing(string[] arguments, string message)
    {
        using var scratch = new TemporaryDirectory();
        var target = Path.Combine(scratch.Path, "out");
        var file = Path.Combine(scratch.Path, "a-file");
        File.WriteAllText(file, "not a directory");

        var run = await ImporterRun.RunAsync(["export", .. arguments.Select(a => a.Replace("{out}", target, StringComparison.Ordinal).Replace("{file}", file, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(target));
        Assert.Equal("not a directory", File.ReadAllText(file));
    }

    [Fact]
    public async Task InvalidDataset_ListsItsProblems_Exits2_AndLeavesAnEarlierExportAsItWas()
    {
        using var data = ShippedDataCopy.Create();
        var drugs = Path.Combine(data.Path, "nodes", "drugs.csv");
        var lines = File.ReadAllLines(drugs);
        lines[1] = lines[1].Replace(",Drug,", ",Medicine,", StringComparison.Ordinal);
        File.WriteAllLines(drugs, lines);
        using var target = new TemporaryDirectory();
        var earlier = Path.Combine(target.Path, KgxBundle.NodesFile);
        File.WriteAllText(earlier, "an earlier export\n");

        var run = await ExportAsync(data.Path, target.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: nodes/drugs.csv:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"nothing was written to {target.Path}.", run.Error, StringComparison.Ordinal);
        Assert.Equal([earlier], Directory.EnumerateFileSystemEntries(target.Path));
        Assert.Equal("an earlier export\n", File.ReadAllText(earlier));
    }

    [Fact]
    public async Task InvalidDataset_LeavesNoOutputDirectory_WhereThereWasNone()
    {
        using var scratch = new TemporaryDirectory();
        var target = Path.Combine(scratch.Path, "new", "kgx");

        var run = await ExportAsync(Path.Combine(scratch.Path, "no-such-dataset"), target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the dataset directory does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task PrefixWithoutAnExpansion_IsAProblemAtItsRow_Exit2_AndNothingWritten()
    {
        using var data = ShippedDataCopy.Create();
        var genes = Path.Combine(data.Path, "nodes", "genes.csv");
        File.WriteAllText(genes, File.ReadAllText(genes).Replace("NCBIGene:3315", "NOSUCHDB:3315", StringComparison.Ordinal));
        using var target = new TemporaryDirectory();

        var run = await ExportAsync(data.Path, target.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: nodes/genes.csv:2: 'xrefs' value 'NOSUCHDB:3315' has the prefix 'NOSUCHDB'", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(target.Path));
    }

    [Fact]
    public async Task Interruption_Exits130_AndLeavesNothing()
    {
        using var scratch = new TemporaryDirectory();
        var target = Path.Combine(scratch.Path, "kgx");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await new ExportCommand(ImporterRun.ShippedData, target, output, error, ApatorsenSchema.Instance).RunAsync(new CancellationToken(canceled: true));

        Assert.Equal(130, exit);
        Assert.Contains("interrupted; nothing was written to", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
