using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>
/// Several datasets in one graph, against the Query API stand-in: what each run sends under which name, and that
/// loading, reloading or removing one dataset sends nothing that names another. What Neo4j does with it is the
/// Neo4j suite's (tests/Apatorsen.IntegrationTests, ImportTests).
/// </summary>
public sealed class DatasetsInOneGraphTests : StandInTests
{
    private static readonly GraphDataset Shipped = GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);

    private Task<ImporterRun> RunAsync(params string[] args) =>
        ImporterRun.RunAsync([.. args, "--uri", Stub.Uri.ToString()]);

    private List<RecordedRequest> RequestsSince(int start) => [.. Stub.Requests.Skip(start)];

    [Fact]
    public async Task TwoDatasetsSharingEveryNode_EachRunSendsOnlyItsOwnName_AndChecksItsOwnCounts()
    {
        Assert.Equal(0, (await RunAsync("--data", ImporterRun.ShippedData)).ExitCode);
        var start = Stub.Requests.Count;

        var second = await RunAsync("--data", ImporterRun.ShippedData, "--dataset", "second");

        Assert.True(second.ExitCode == 0, second.Error);
        var sent = RequestsSince(start).Where(r => r.Parameters.ContainsKey("dataset")).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, r => Assert.Equal("second", r.Parameter("dataset")));
        Assert.Equal(Shipped.Nodes.Count, sent.Where(r => r.Statement!.Contains("MERGE (n:", StringComparison.Ordinal))
            .Sum(r => ((List<object?>)r.Parameter("rows")!).Count));
        var record = Assert.Single(sent, r => r.Statement == CypherCatalog.Get("import/record-dataset"));
        Assert.Equal((long)Shipped.Nodes.Count, record.Parameter("nodes"));
        Assert.Equal((long)Shipped.Relationships.Count, record.Parameter("relationships"));
        Assert.Equal(Shipped.Version, record.Parameter("version"));
        Assert.Equal(["apatorsen", "second"], Neo4j.Recorded.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReloadingOneDataset_SendsNothingNamingAnother()
    {
        Assert.Equal(0, (await RunAsync("--data", ImporterRun.ShippedData)).ExitCode);
        Assert.Equal(0, (await RunAsync("--data", ImporterRun.ShippedData, "--dataset", "second")).ExitCode);
        Neo4j.Recorded.Remove("apatorsen"); // as after a change to its files: a full load again
        var start = Stub.Requests.Count;

        var reload = await RunAsync("--data", ImporterRun.ShippedData);

        Assert.True(reload.ExitCode == 0, reload.Error);
        Assert.All(RequestsSince(start).Where(r => r.Parameters.ContainsKey("dataset")), r => Assert.Equal("apatorsen", r.Parameter("dataset")));
        Assert.Equal(Shipped.Version, Neo4j.Recorded["second"]);
    }

    [Fact]
    public async Task Remove_SendsThatDatasetsRemovalKeepingNoVersion_ThenForgetsItsRecord_AndNothingElse()
    {
        Assert.Equal(0, (await RunAsync("--data", ImporterRun.ShippedData)).ExitCode);
        Assert.Equal(0, (await RunAsync("--data", ImporterRun.ShippedData, "--dataset", "second")).ExitCode);
        var start = Stub.Requests.Count;

        var remove = await RunAsync("remove", "--dataset", "second");

        Assert.True(remove.ExitCode == 0, remove.Error);
        var sent = RequestsSince(start).Where(r => r.Parameters.ContainsKey("dataset")).ToList();
        var expected = ApatorsenSchema.Instance.RelationshipTypes.Select(t => CypherCatalog.Get(SchemaArtifacts.RelationshipRemovalName(t.Type)))
            .Append(CypherCatalog.Get("import/sync-nodes"))
            .Append(CypherCatalog.Get("import/forget-dataset"));
        Assert.Equal(expected, sent.Select(r => r.Statement));
        Assert.All(sent, r => Assert.Equal("second", r.Parameter("dataset")));
        Assert.All(sent.SkipLast(1), r => Assert.Equal("", r.Parameter("keep")));
        Assert.DoesNotContain(RequestsSince(start), r => r.Parameters.ContainsKey("rows"));
        Assert.Equal(["apatorsen"], Neo4j.Recorded.Keys);
        Assert.Contains("removed dataset second", remove.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_OfADatasetTheGraphDoesNotHold_SaysSo_AndExits0()
    {
        var remove = await RunAsync("remove", "--dataset", "never-loaded");

        Assert.True(remove.ExitCode == 0, remove.Error);
        Assert.Contains("the graph holds no dataset named never-loaded: nothing removed", remove.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatasetName_DefaultsToTheDataFoldersName()
    {
        using var copy = ShippedDataCopy.Create();

        var run = await RunAsync("--data", copy.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var name = Path.GetFileName(copy.Path);
        Assert.All(Stub.Requests.Where(r => r.Parameters.ContainsKey("dataset")), r => Assert.Equal(name, r.Parameter("dataset")));
    }

    [Fact]
    public async Task FolderWhoseNameIsNoDatasetName_NeedsDataset_Exit2_AndSendsNothing()
    {
        using var parent = new TemporaryDirectory();
        var folder = Path.Combine(parent.Path, "my data");
        Directory.CreateDirectory(folder);

        var run = await RunAsync("--data", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the data folder's name 'my data' is no dataset name", run.Error, StringComparison.Ordinal);
        Assert.Contains("pass --dataset NAME", run.Error, StringComparison.Ordinal);
        Assert.Empty(Stub.Requests);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("-leading-dash")]
    [InlineData("")]
    public async Task DatasetOptionThatIsNoName_Exits2_WithOneLine(string name)
    {
        var run = await RunAsync("--data", ImporterRun.ShippedData, "--dataset", name);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --dataset must be", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Empty(Stub.Requests);
    }

    [Fact]
    public void NodeImport_DropsRowsAlreadyAtThisVersion_BeforeMerge_AndKeepsOtherDatasetsEntries()
    {
        foreach (var label in ApatorsenSchema.Instance.Labels)
        {
            var statement = CypherCatalog.Get(SchemaArtifacts.NodeImportName(label.Label));
            var skip = statement.IndexOf("WHERE existing IS NULL OR NOT held IN coalesce(existing.datasetVersions, [])", StringComparison.Ordinal);
            var merge = statement.IndexOf($"MERGE (n:{label.Label}:Entity {{id: row.id}})", StringComparison.Ordinal);
            Assert.InRange(skip, 0, merge);
            Assert.Contains("[d IN coalesce(n.datasets, []) WHERE d <> $dataset] + $dataset AS datasets", statement, StringComparison.Ordinal);
            Assert.Contains("[v IN coalesce(n.datasetVersions, []) WHERE NOT v STARTS WITH $dataset + '@'] + held AS versions", statement, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RelationshipImport_KeysTheRelationshipOnItsDataset_AndSkipsCurrentOnesBeforeMerge()
    {
        foreach (var type in ApatorsenSchema.Instance.RelationshipTypes)
        {
            var statement = CypherCatalog.Get(SchemaArtifacts.RelationshipImportName(type.Type));
            var skip = statement.IndexOf($"WHERE NOT EXISTS {{ (s)-[current:{type.Type} {{dataset: $dataset, datasetVersion: $version}}]->(e) }}", StringComparison.Ordinal);
            var merge = statement.IndexOf($"MERGE (s)-[r:{type.Type} {{dataset: $dataset}}]->(e)", StringComparison.Ordinal);
            Assert.InRange(skip, 0, merge);
        }
    }
}
