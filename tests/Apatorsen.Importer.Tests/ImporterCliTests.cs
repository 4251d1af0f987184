using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>What the importer does before it talks to Neo4j: validation, dry runs, arguments, generated files.</summary>
public sealed class ImporterCliTests
{
    [Fact]
    public async Task InvalidData_ListsEveryProblem_Exits2_AndSendsNothing()
    {
        await using var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        using var data = ShippedDataCopy.Create();
        var drugs = Path.Combine(data.Path, "nodes", "drugs.csv");
        var lines = File.ReadAllLines(drugs);
        lines[1] = lines[1].Replace(",Drug,", ",Medicine,", StringComparison.Ordinal);
        File.WriteAllLines(drugs, [.. lines, lines[2]]);

        var run = await ImporterRun.RunAsync("--data", data.Path, "--uri", stub.Uri.ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nodes/drugs.csv:2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Medicine", run.Error, StringComparison.Ordinal);
        Assert.Contains($"nodes/drugs.csv:{lines.Length + 1}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was sent to Neo4j", run.Error, StringComparison.Ordinal);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task DryRun_ValidatesAndPlans_ButConnectsToNothing()
    {
        await using var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);

        var run = await ImporterRun.RunAsync("--data", ImporterRun.ShippedData, "--uri", stub.Uri.ToString(), "--dry-run", "--batch-size", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(stub.Requests);
        var indications = Apatorsen.Graph.Dataset.GraphDataset.Load(ImporterRun.ShippedData, Apatorsen.Graph.Schema.ApatorsenSchema.Instance).Nodes.Count(n => n.Label == "Indication");
        Assert.Matches($@"nodes\s+Indication\s+{indications}\s+{(indications + 3) / 4}", run.Output);
        Assert.Contains("dry run: nothing sent", run.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_GivesOneLine_AndExits3()
    {
        var uri = QueryApiStub.UnreachableUri();

        var run = await ImporterRun.RunAsync("--data", ImporterRun.ShippedData, "--uri", uri.ToString());

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot reach Neo4j at {uri}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAddress_SaysHowToGiveOne()
    {
        var run = await ImporterRun.RunAsync("--data", ImporterRun.ShippedData);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pass --uri or set Neo4j__Uri or NEO4J_URI", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo4j__Uri")]
    [InlineData("NEO4J_URI")]
    public async Task NonHttpAddressFromTheEnvironment_NamesTheVariable_Exits2_AndIsNotEchoed(string variable)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?> { [variable] = "bolt://neo4j:s3cret-pass@localhost:7687" };

        var exit = await ImporterCli.RunAsync(["--data", ImporterRun.ShippedData], output, error, environment, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Neo4j:Uri must be an absolute http or https address", line, StringComparison.Ordinal);
        Assert.Contains($"(the value comes from {variable})", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", error.ToString() + output.ToString(), StringComparison.Ordinal);
    }

    // finish and remove open their connection through one frame (StatementRunner.ConnectAsync): each says the same.
    [Theory]
    [InlineData("finish", "--data")]
    [InlineData("remove", "--dataset")]
    public async Task CommandsOnARunningServer_WithoutAnAddress_Exit2_WithOneLine_AndUnreachable_Exit3(string command, string option)
    {
        var argument = option == "--data" ? ImporterRun.ShippedData : "apatorsen";
        var uri = QueryApiStub.UnreachableUri();

        var withoutAddress = await ImporterRun.RunAsync(command, option, argument);
        var unreachable = await ImporterRun.RunAsync(command, option, argument, "--uri", uri.ToString());

        Assert.Equal(2, withoutAddress.ExitCode);
        var problem = Assert.Single(withoutAddress.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("pass --uri or set Neo4j__Uri or NEO4J_URI", problem, StringComparison.Ordinal);
        Assert.Equal(3, unreachable.ExitCode);
        var refusal = Assert.Single(unreachable.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot reach Neo4j at {uri}", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--batch-size", "0", "error: --batch-size must be a whole number from 1 to 1,000,000; got '0'.")]
    [InlineData("--uri", "bolt://localhost:7687", "error: Neo4j:Uri must be an absolute http or https address")]
    public async Task DryRun_StillRejectsBadArguments_WithAMessage(string option, string value, string message)
    {
        var run = await ImporterRun.RunAsync("--dry-run", "--data", ImporterRun.ShippedData, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateCheck_PassesOnTheRepository_AndReportsDriftWithExit5()
    {
        var clean = await ImporterRun.RunAsync("generate", "--check", "--root", RepositoryRoot.Path);
        using var empty = new TemporaryDirectory();
        var drifted = await ImporterRun.RunAsync("generate", "--check", "--root", empty.Path);

        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Equal(5, drifted.ExitCode);
        Assert.Contains("out of date: cypher/schema.cypher", drifted.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty.Path));
    }
}
