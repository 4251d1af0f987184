using System.Diagnostics;
using System.Text;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>
/// The API on the embedded backend refuses to start over a broken dataset: exit code 2 and the problems as the
/// importer prints them, without a stack trace. Runs the API's own process, as a user would.
/// </summary>
public sealed class BrokenDatasetStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("apatorsen-broken-dataset-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Startup_OverARowLongerThanTheCsvReaderHolds_StopsWithTheProblemAndItsLine()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "nodes"));
        var drugs = new StringBuilder("id:ID,:LABEL,name\napatorsen:apatorsen,Drug,apatorsen\napatorsen:other,Drug,\"a stray quote\n");
        while (drugs.Length <= 16_777_216 + 100)
        {
            drugs.Append("apatorsen:filler,Drug,filler\n");
        }

        await File.WriteAllTextAsync(Path.Combine(_directory, "nodes", "drugs.csv"), drugs.ToString(), TestContext.Current.CancellationToken);

        var (exit, error) = await StartApiAsync(_directory);

        Assert.Equal(2, exit);
        Assert.Contains("nodes/drugs.csv:3: the row starting on this line is longer than 16,777,216 characters", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_OverADanglingLinkNamedCsv_StopsWithTheProblemNamingThePath()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "nodes"));
        File.CreateSymbolicLink(Path.Combine(_directory, "nodes", "drugs.csv"), Path.Combine(_directory, "missing.csv"));

        var (exit, error) = await StartApiAsync(_directory);

        Assert.Equal(2, exit);
        Assert.Contains("nodes/drugs.csv: is a symbolic link to", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_OverAQuoteNeverClosed_StopsInsteadOfServingTheSwallowedRows()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "nodes"));
        await File.WriteAllTextAsync(
            Path.Combine(_directory, "nodes", "drugs.csv"),
            "id:ID,:LABEL,name\napatorsen:a,Drug,\"a\napatorsen:b,Drug,b\n",
            TestContext.Current.CancellationToken);

        var (exit, error) = await StartApiAsync(_directory);

        Assert.Equal(2, exit);
        Assert.Contains("nodes/drugs.csv:2: a quoted value on this line is never closed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_WithAMissingDataDirectory_Fails_NamingIt()
    {
        var (exit, error) = await StartApiAsync("/nonexistent/apatorsen-data");

        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/apatorsen-data", error, StringComparison.Ordinal);
    }

    // The API's assembly is copied beside the tests' with its runtimeconfig, so it runs as `dotnet Apatorsen.Api.dll`.
    private static async Task<(int Exit, string Error)> StartApiAsync(string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { "Apatorsen.Api.dll", $"--Graph:DataDirectory={dataDirectory}", "--Neo4j:Uri=", "--urls=http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await output;
        return (process.ExitCode, await error);
    }
}
