using System.Diagnostics;
using System.Text;
using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>The importer's answers to broken inputs, bad options, odd files, silent servers and interruptions.</summary>
public sealed class ImporterHardeningTests : StandInTests
{
    // A FIFO blocks whoever opens it until a writer comes: a hang guard, not a speed goal.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private Task<ImporterRun> ImportAsync(string data, params string[] extra) =>
        ImporterRun.RunAsync(["--data", data, "--uri", Stub.Uri.ToString(), "--password", "s3cret-pass", .. extra]);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task RowLongerThanTheCsvReaderHolds_IsADatasetProblemAtItsLine_Exits2_AndSendsNothing()
    {
        using var data = ShippedDataCopy.Create();
        var drugs = Path.Combine(data.Path, "nodes", "drugs.csv");
        var lines = File.ReadAllLines(drugs);
        var text = new StringBuilder(string.Join('\n', lines)).Append("\napatorsen:stray,Drug,\"a stray quote\n");
        while (text.Length <= 16_777_216 + 100)
        {
            text.Append("apatorsen:filler,Drug,filler\n");
        }

        File.WriteAllText(drugs, text.ToString());

        var run = await ImportAsync(data.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: nodes/drugs.csv:{lines.Length + 1}: the row starting on this line is longer than 16,777,216 characters", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was sent to Neo4j", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Stub.Requests);
    }

    public static TheoryData<string[], string> BadOptionValues => new()
    {
        { ["--batch-size", "abc"], "--batch-size" },
        { ["--batch-size", "0"], "--batch-size" },
        { ["--batch-size", "-5"], "--batch-size" },
        { ["--batch-size", "99999999999"], "--batch-size" },
        { ["--batch-size", "2.5"], "--batch-size" },
        { ["--check-timeout", "abc"], "--check-timeout" },
        { ["--check-timeout", "0"], "--check-timeout" },
        { ["--check-timeout", "-1"], "--check-timeout" },
        { ["--check-timeout", "100000"], "--check-timeout" },
        { ["--progress-interval", "soon"], "--progress-interval" },
        { ["--progress-interval", "0"], "--progress-interval" },
        { ["--data", ""], "--data" },
        { ["--uri", "bolt://localhost:7687"], "--uri" },
        { ["--uri", "http://127.0.0.1:1/", "--database", "not a name!"], "--database" },
        { ["--uri", "http://127.0.0.1:1/", "--user", "someone"], "--password" },
    };

    [Theory]
    [MemberData(nameof(BadOptionValues))]
    public async Task BadOptionValue_Exits2_WithOneLineNamingTheOption(string[] args, string option)
    {
        var run = await ImporterRun.RunAsync(["--data", ImporterRun.ShippedData, .. args]);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(option, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_CommandLineWinsOverNeo4jVariables_WhichWinOverTheNeo4jAliases()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?>
        {
            ["Neo4j__Uri"] = QueryApiStub.UnreachableUri().ToString(),
            ["NEO4J_URI"] = QueryApiStub.UnreachableUri().ToString(),
            ["Neo4j__Password"] = "from-variable",
            ["NEO4J_PASSWORD"] = "from-alias",
            ["NEO4J_USER"] = "alias-user",
        };

        var exit = await ImporterCli.RunAsync(
            ["--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString()], output, error, environment, TestContext.Current.CancellationToken);

        Assert.True(exit == 0, error.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String("alias-user:from-variable"u8.ToArray()), Stub.Requests[0].Authorization);
    }

    public static TheoryData<string> OddEntries => ["dangling link", "fifo", "directory named csv", "data is a file"];

    [Theory]
    [MemberData(nameof(OddEntries))]
    public async Task FileSystemOddity_IsAProblemNamingThePath_Exits2_AndSendsNothing(string oddity)
    {
        Assert.SkipWhen(oddity == "fifo" && OperatingSystem.IsWindows(), "Windows has no FIFOs in the file system.");
        using var data = ShippedDataCopy.Create();
        var (dataArgument, expected) = oddity switch
        {
            "dangling link" => (data.Path, Link(data.Path)),
            "fifo" => (data.Path, Fifo(data.Path)),
            "directory named csv" => (data.Path, DirectoryNamedCsv(data.Path)),
            _ => (Path.Combine(data.Path, "nodes", "drugs.csv"), $"error: {Path.Combine(data.Path, "nodes", "drugs.csv")}: is a file, not a dataset directory"),
        };

        var run = await ImportAsync(dataArgument).WaitAsync(HangGuard, TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Equal(expected, Lines(run.Error)[0]);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Stub.Requests);

        static string Link(string root)
        {
            File.CreateSymbolicLink(Path.Combine(root, "nodes", "ghost.csv"), Path.Combine(root, "gone.csv"));
            return $"error: nodes/ghost.csv: is a symbolic link to {Path.Combine(root, "gone.csv")}, which does not exist";
        }

        static string DirectoryNamedCsv(string root)
        {
            Directory.CreateDirectory(Path.Combine(root, "nodes", "dir.csv"));
            return "error: nodes/dir.csv: is a directory, not a file; a dataset file named *.csv must be a regular file";
        }

        static string Fifo(string root)
        {
            using var mkfifo = Process.Start("mkfifo", [Path.Combine(root, "nodes", "pipe.csv")]);
            mkfifo.WaitForExit();
            return "error: nodes/pipe.csv: is empty or not a regular file (a pipe, socket or device); a dataset file needs at least a header row";
        }
    }

    [Fact]
    public async Task ServerThatAcceptsAndNeverAnswers_FailsTheCheckWithinTheCheckTimeout_AndExits3()
    {
        Stub.Responder = _ => StubResponse.NeverAnswers();

        var run = await ImportAsync(ImporterRun.ShippedData, "--check-timeout", "0.5");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.Equal($"error: Neo4j at {Stub.Uri} (database neo4j) did not answer the connectivity check within 0.5 s (--check-timeout).", line);
        Assert.All(Stub.Requests, r => Assert.Equal(CypherCatalog.Get("ping"), r.Statement));
    }

    [Fact]
    public async Task RequestTimeoutShorterThanTheCheckTimeout_IsOneSentenceNamingTheSettingThatElapsed_AndExits3()
    {
        Stub.Responder = _ => StubResponse.NeverAnswers();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?> { ["Neo4j__RequestTimeout"] = "00:00:00.5" };

        var exit = await ImporterCli.RunAsync(
            ["--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString(), "--check-timeout", "30"], output, error, environment, TestContext.Current.CancellationToken);

        Assert.Equal(3, exit);
        var line = Assert.Single(Lines(error.ToString()));
        Assert.Equal($"error: Neo4j at {Stub.Uri} (database neo4j) did not answer the connectivity check within 0.5 s (Neo4j__RequestTimeout).", line);
    }

    [Fact]
    public async Task LongWait_PrintsAProgressLineOnStderr_EveryInterval()
    {
        Stub.Responder = request => request.Statement == CypherCatalog.Get("import/await-indexes")
            ? StubResponse.Empty() with { Delay = TimeSpan.FromSeconds(1) }
            : Neo4j.Answer(request);

        var run = await ImportAsync(ImporterRun.ShippedData, "--progress-interval", "0.1");

        Assert.True(run.ExitCode == 0, run.Error);
        var waiting = Lines(run.Error).Where(l => l.StartsWith("still waiting for Neo4j: the indexes to come online", StringComparison.Ordinal));
        Assert.NotEmpty(waiting);
        Assert.DoesNotContain("still waiting", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InterruptedLoad_SaysWhatWasAndWasNotWritten_AndExits130()
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        Stub.Responder = request =>
        {
            if (request.Statement!.Contains("MERGE (s)-[r:", StringComparison.Ordinal))
            {
                // Ctrl-C while the first relationship batch is on its way.
                _ = Task.Run(interrupt.Cancel, TestContext.Current.CancellationToken);
                return StubResponse.NeverAnswers();
            }

            return Neo4j.Answer(request);
        };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ImporterCli.RunAsync(
            ["--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString()], output, error, new Dictionary<string, string?>(), interrupt.Token);

        Assert.Equal(130, exit);
        var shipped = Apatorsen.Graph.Dataset.GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);
        var line = Assert.Single(Lines(error.ToString()));
        Assert.Equal(
            $"interrupted while loading relationships: {shipped.Nodes.Count:N0} of {shipped.Nodes.Count:N0} node rows and 0 of {shipped.Relationships.Count:N0} " +
            "relationship rows were written, in committed batches; the batches in flight (up to 2) may or may not have been; not done: the rest of the " +
            "relationships, removing what the files no longer hold, checking the counts. Run the import again to complete it.",
            line);
        Assert.DoesNotContain(Stub.Requests, r => r.Statement!.Contains("DELETE", StringComparison.Ordinal) || r.Statement == CypherCatalog.Get("import/count-nodes"));
    }

    [Fact]
    public async Task InterruptedBeforeTheLoad_SaysNothingWasWritten_AndExits130()
    {
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ImporterCli.RunAsync(
            ["--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString()], output, error, new Dictionary<string, string?>(), interrupted.Token);

        Assert.Equal(130, exit);
        Assert.Equal(["interrupted before anything was written to Neo4j."], Lines(error.ToString()));
        Assert.Empty(Stub.Requests);
    }

    [Fact]
    public async Task IdLongerThanTheApiAccepts_IsRefused_WithFileLineAndColumn()
    {
        using var data = ShippedDataCopy.Create();
        var drugs = Path.Combine(data.Path, "nodes", "drugs.csv");
        var lines = File.ReadAllLines(drugs);
        var header = lines[0].Split(',');
        var row = new string[header.Length];
        row[Array.IndexOf(header, "id:ID")] = "apatorsen:" + new string('a', 290);
        row[Array.IndexOf(header, ":LABEL")] = "Drug";
        row[Array.IndexOf(header, "name")] = "long";
        File.WriteAllLines(drugs, [.. lines, string.Join(',', row)]);

        var run = await ImportAsync(data.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            $"error: nodes/drugs.csv:{lines.Length + 1}:{Array.IndexOf(header, "id:ID") + 1}: id is 300 characters long, more than the {GraphSchema.MaxIdLength} an id may have",
            run.Error, StringComparison.Ordinal);
        Assert.Empty(Stub.Requests);
    }

    [Fact]
    public async Task ControlCharactersInCellsAndServerMessages_ReachTheTerminalEscaped()
    {
        using var data = ShippedDataCopy.Create();
        var drugs = Path.Combine(data.Path, "nodes", "drugs.csv");
        File.WriteAllText(drugs, File.ReadAllText(drugs).Replace(",Drug,", ",Drug\u001b]0;owned\u0007,", StringComparison.Ordinal));
        var invalid = await ImportAsync(data.Path);
        Stub.Responder = request => request.Statement == CypherCatalog.Get("import/nodes/drug")
            ? StubResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with id '\u001b[2Jevil'")
            : Neo4j.Answer(request);
        var refused = await ImportAsync(ImporterRun.ShippedData);

        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("unknown label 'Drug\\x1B]0;owned\\x07'", invalid.Error, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("'\\x1B[2Jevil'", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', invalid.Error + invalid.Output + refused.Error + refused.Output);
    }

    [Fact]
    public async Task Help_NamesEveryExitCodeAndLimit()
    {
        var run = await ImporterRun.RunAsync("--help");

        var help = run.Output.ReplaceLineEndings(" ");
        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[]
                 {
                     "0 done", "1 other failure", "2 invalid data, option or setting", "3 Neo4j unreachable", "4 the counts", "5 ", "130 interrupted",
                     $"{GraphSchema.MaxIdLength} characters", "16,777,216 characters", "--check-timeout", "--progress-interval", "Neo4j__RequestTimeout",
                 })
        {
            Assert.Contains(expected, help, StringComparison.Ordinal);
        }
    }
}
