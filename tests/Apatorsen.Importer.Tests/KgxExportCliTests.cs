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
    public async Task FailedExport_RemovesEveryDirectoryItCreated_AndNoneThatWasThere()
    {
        using var scratch = new TemporaryDirectory();
        var target = Path.Combine(scratch.Path, "new", "deep", "dir");

        var run = await ExportAsync(Path.Combine(scratch.Path, "no-such-dataset"), target);

        Assert.Equal(2, run.ExitCode);
        Assert.True(Directory.Exists(scratch.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public async Task FailedExport_KeepsTheEmptyDirectoryThatWasThereBefore()
    {
        using var scratch = new TemporaryDirectory();
        var existing = Directory.CreateDirectory(Path.Combine(scratch.Path, "new")).FullName;

        var run = await ExportAsync(Path.Combine(scratch.Path, "no-such-dataset"), Path.Combine(existing, "deep", "dir"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([existing], Directory.EnumerateFileSystemEntries(scratch.Path));
        Assert.Empty(Directory.EnumerateFileSystemEntries(existing));
    }

    [Fact]
    public async Task TemporaryFilesOfAKilledExport_AreRemovedByTheNextRun_AndNothingElse()
    {
        using var target = new TemporaryDirectory();
        // What an export killed with SIGKILL leaves: its staged files under their temporary names.
        string[] leftovers =
        [
            Path.Combine(target.Path, $".{KgxBundle.NodesFile}.{Guid.NewGuid():N}.tmp"),
            Path.Combine(target.Path, $".{KgxBundle.EdgesFile}.{Guid.NewGuid():N}.tmp"),
            Path.Combine(target.Path, $".{KgxBundle.MetadataFile}.{Guid.NewGuid():N}.tmp"),
        ];
        string[] notTheExports =
        [
            Path.Combine(target.Path, ".notes.tmp"),
            Path.Combine(target.Path, $".{KgxBundle.NodesFile}.tmp"),
            Path.Combine(target.Path, $".{KgxBundle.NodesFile}.not-a-guid.tmp"),
            Path.Combine(target.Path, $"{KgxBundle.NodesFile}.{Guid.NewGuid():N}.tmp"),
        ];
        foreach (var file in leftovers.Concat(notTheExports))
        {
            File.WriteAllBytes(file, new byte[1000]);
        }

        var run = await ExportAsync(ImporterRun.ShippedData, target.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.All(leftovers, file => Assert.False(File.Exists(file), file));
        Assert.All(notTheExports, file => Assert.True(File.Exists(file), file));
        Assert.Contains($"removed 3 temporary files (3,000 bytes) that an interrupted export left in {target.Path}", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            new[] { KgxBundle.EdgesFile, KgxBundle.MetadataFile, KgxBundle.NodesFile }.Concat(notTheExports.Select(Path.GetFileName)).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(target.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TemporaryFileThatAnotherExportIsWriting_IsLeftAlone()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true", "File locking is disabled.");
        using var target = new TemporaryDirectory();
        var inFlight = Path.Combine(target.Path, $".{KgxBundle.NodesFile}.{Guid.NewGuid():N}.tmp");
        // Opened as StagedFile opens it: exclusively.
        using (new FileStream(inFlight, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            var run = await ExportAsync(ImporterRun.ShippedData, target.Path);

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.True(File.Exists(inFlight));
            Assert.DoesNotContain("temporary", run.Output, StringComparison.Ordinal);
        }
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
