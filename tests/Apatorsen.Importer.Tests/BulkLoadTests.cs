using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Tests;

/// <summary>
/// The bulk first load: the neo4j-admin command <c>bulk</c> gives, and the <c>finish</c> step's statements against the
/// Query API stand-in. That a finished graph answers as an imported one is the Neo4j suite's (BulkLoadTests there).
/// </summary>
public sealed class BulkLoadTests : StandInTests
{
    private static readonly GraphDataset Shipped = GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);

    [Fact]
    public async Task Bulk_PrintsNeo4jAdminImportFull_DatabaseFirst_ArrayDelimiter_AndEntityOnEveryNodeFile()
    {
        var run = await ImporterRun.RunAsync("bulk", "--data", ImporterRun.ShippedData, "--files-root", "/import/apatorsen");

        Assert.True(run.ExitCode == 0, run.Error);
        var command = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("neo4j-admin database import full neo4j --overwrite-destination=true --array-delimiter=';' --nodes=", command, StringComparison.Ordinal);
        var words = command.Split(' ');
        var nodeFiles = Directory.GetFiles(Path.Combine(ImporterRun.ShippedData, "nodes"), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var relationshipFiles = Directory.GetFiles(Path.Combine(ImporterRun.ShippedData, "relationships"), "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(nodeFiles.Select(f => $"--nodes=Entity=/import/apatorsen/nodes/{f}"), words.Where(w => w.StartsWith("--nodes=", StringComparison.Ordinal)));
        Assert.Equal(relationshipFiles.Select(f => $"--relationships=/import/apatorsen/relationships/{f}"), words.Where(w => w.StartsWith("--relationships=", StringComparison.Ordinal)));
        Assert.Contains("finish --data", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_ArgumentsFile_HoldsTheOptionsOneALine_ForNeo4jAdminsAtFile()
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.Path, "neo4j-admin.args");

        var run = await ImporterRun.RunAsync("bulk", "--data", ImporterRun.ShippedData, "--files-root", "/import/apatorsen", "--database", "graph", "--arguments-file", file);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(["--overwrite-destination=true", "--array-delimiter=;"], lines.Take(2));
        Assert.Equal(Directory.GetFiles(ImporterRun.ShippedData, "*.csv", SearchOption.AllDirectories).Length, lines.Length - 2);
        Assert.Contains("neo4j-admin database import full graph", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_OfInvalidData_Exits2_AndGivesNoCommand()
    {
        using var copy = ShippedDataCopy.Create();
        var drugs = Path.Combine(copy.Path, "nodes", "drugs.csv");
        await File.AppendAllTextAsync(drugs, "apatorsen:x,Medicine,broken\n", TestContext.Current.CancellationToken);

        var run = await ImporterRun.RunAsync("bulk", "--data", copy.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("neo4j-admin", run.Output, StringComparison.Ordinal);
        Assert.Contains("nodes/drugs.csv:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finish_OwnsWhatNeo4jAdminWrote_ThenSchema_CountCheck_AndRecord_InThatOrder()
    {
        SimulateNeo4jAdmin(Shipped);

        var run = await FinishAsync("--batch-size", "500");

        Assert.True(run.ExitCode == 0, run.Error);
        var statements = Stub.Requests.Select(r => r.Statement!).ToList();
        var schema = CypherCatalog.GetStatements("schema");
        List<string> expected =
        [
            CypherCatalog.Get("ping"), CypherCatalog.Get("import/bulk/own-nodes"), CypherCatalog.Get("import/bulk/own-relationships"),
            .. schema, CypherCatalog.Get("import/await-indexes"),
            CypherCatalog.Get("import/count-nodes"), CypherCatalog.Get("import/count-relationships"), CypherCatalog.Get("import/record-dataset"),
        ];
        Assert.Equal(expected, statements);
        foreach (var own in Stub.Requests.Skip(1).Take(2))
        {
            Assert.Equal("apatorsen", own.Parameter("dataset"));
            Assert.Equal(Shipped.Version, own.Parameter("version"));
            Assert.Equal(500L, own.Parameter("batchSize"));
        }

        Assert.Equal(Shipped.Version, Neo4j.Recorded["apatorsen"]);
        Assert.Contains($"gave {Shipped.Nodes.Count} node(s) and {Shipped.Relationships.Count} relationship(s) to dataset apatorsen", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finish_WhenNeo4jAdminLoadedOtherFiles_Exits4_AndRecordsNothing()
    {
        SimulateNeo4jAdmin(Shipped);
        Neo4j.BulkNodes["Drug"]--;

        var run = await FinishAsync();

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("nodes Drug: the files hold", run.Error, StringComparison.Ordinal);
        Assert.Empty(Neo4j.Recorded);
    }

    [Fact]
    public void FinishingStatements_SkipWhatIsAlreadyOwned_AndWriteInTransactionsOfTheBatchSize()
    {
        foreach (var name in new[] { "import/bulk/own-nodes", "import/bulk/own-relationships" })
        {
            var statement = CypherCatalog.Get(name);
            Assert.Contains("IS NULL", statement, StringComparison.Ordinal);
            Assert.Contains("} IN TRANSACTIONS OF $batchSize ROWS", statement, StringComparison.Ordinal);
        }

        Assert.Contains("SET n:Entity, n.datasets = [$dataset], n.datasetVersions = [$dataset + '@' + $version]",
            CypherCatalog.Get("import/bulk/own-nodes"), StringComparison.Ordinal);
    }

    private Task<ImporterRun> FinishAsync(params string[] extra) =>
        ImporterRun.RunAsync(["finish", "--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString(), .. extra]);

    // What neo4j-admin leaves: the files' nodes and relationships, owned by no dataset.
    private void SimulateNeo4jAdmin(GraphDataset dataset)
    {
        foreach (var group in dataset.Nodes.GroupBy(n => n.Label))
        {
            Neo4j.BulkNodes[group.Key] = group.Count();
        }

        foreach (var group in dataset.Relationships.GroupBy(r => r.Type))
        {
            Neo4j.BulkRelationships[group.Key] = group.Count();
        }
    }
}
