using System.Diagnostics;
using System.Runtime.Versioning;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>What the validator does with file-system entries that are not plain readable files and directories.</summary>
public sealed class DatasetDirectoryTests
{
    private static readonly DatasetValidator Validator = new(ApatorsenSchema.Instance);

    // A FIFO blocks whoever opens it until a writer comes: a hang guard, not a speed goal.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static async Task<string[]> ProblemsAsync(string directory)
    {
        var ct = TestContext.Current.CancellationToken;
        var report = await Task.Run(() => Validator.Validate(directory, cancellationToken: ct), ct).WaitAsync(HangGuard, ct);
        return [.. report.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public async Task Validate_DanglingSymlinkNamedCsv_ReportsThePathAndWhereItPoints()
    {
        using var dataset = new TempDataset();
        var target = Path.Combine(dataset.Directory, "gone", "drugs.csv");
        File.CreateSymbolicLink(Path.Combine(dataset.Directory, "nodes", "ghost.csv"), target);

        var problems = await ProblemsAsync(dataset.Directory);

        Assert.Equal([$"nodes/ghost.csv: is a symbolic link to {target}, which does not exist"], problems);
    }

    [Fact]
    public async Task Validate_SymlinkToARegularFile_IsReadAsThatFile()
    {
        using var dataset = new TempDataset();
        var real = Path.Combine(dataset.Directory, "nodes", "drugs.csv");
        var elsewhere = Path.Combine(dataset.Directory, "drugs.data");
        File.Move(real, elsewhere);
        File.CreateSymbolicLink(real, elsewhere);

        Assert.Empty(await ProblemsAsync(dataset.Directory));
    }

    [Fact]
    public async Task Validate_SymlinkToADirectory_IsReportedAndNotFollowed()
    {
        using var dataset = new TempDataset();
        // A link to a parent would otherwise be walked again and again.
        File.CreateSymbolicLink(Path.Combine(dataset.Directory, "nodes", "loop"), dataset.Directory);

        var problems = await ProblemsAsync(dataset.Directory);

        Assert.Equal([$"nodes/loop: is a symbolic link to the directory {dataset.Directory}, which is not followed; put the files themselves in the dataset directory"], problems);
    }

    [Fact]
    public async Task Validate_DirectoryNamedCsv_IsReportedAsNotAFile()
    {
        using var dataset = new TempDataset();
        // Empty, or holding files: either way what was meant as a dataset file is not one.
        Directory.CreateDirectory(Path.Combine(dataset.Directory, "nodes", "dir.csv"));
        Directory.CreateDirectory(Path.Combine(dataset.Directory, "nodes", "full.csv"));
        File.Copy(Path.Combine(dataset.Directory, "nodes", "drugs.csv"), Path.Combine(dataset.Directory, "nodes", "full.csv", "drugs.csv"));

        var problems = await ProblemsAsync(dataset.Directory);

        Assert.Equal(
        [
            "nodes/dir.csv: is a directory, not a file; a dataset file named *.csv must be a regular file",
            "nodes/full.csv: is a directory, not a file; a dataset file named *.csv must be a regular file",
        ], problems);
    }

    [Fact]
    public async Task Validate_FifoNamedCsv_ReportsItWithoutOpeningIt()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no FIFOs in the file system.");
        using var dataset = new TempDataset();
        MakeFifo(Path.Combine(dataset.Directory, "nodes", "pipe.csv"));

        var problems = await ProblemsAsync(dataset.Directory);

        Assert.Equal(["nodes/pipe.csv: is empty or not a regular file (a pipe, socket or device); a dataset file needs at least a header row"], problems);
    }

    [Fact]
    public async Task Validate_DataPathThatIsAFile_SaysItIsNotADirectory()
    {
        using var dataset = new TempDataset();
        var file = Path.Combine(dataset.Directory, "nodes", "drugs.csv");

        var problems = await ProblemsAsync(file);

        Assert.Equal([$"{file}: is a file, not a dataset directory"], problems);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Validate_UnreadableDirectory_ReportsThePathInsteadOfThrowing()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "chmod is a Unix permission.");
        using var dataset = new TempDataset();
        var locked = dataset.Directory;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            Assert.SkipUnless(Unreadable(locked), "This user (root) reads a directory whatever its mode, so chmod 000 cannot make one unreadable here.");

            var problems = await ProblemsAsync(dataset.Directory);

            Assert.Equal([$"{locked}: cannot be read: permission denied"], problems);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool Unreadable(string directory)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(directory).Count();
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, mkfifo.StandardError.ReadToEnd());
    }
}
