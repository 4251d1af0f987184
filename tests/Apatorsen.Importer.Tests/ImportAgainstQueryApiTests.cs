using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>The importer end to end against an in-process stand-in of Neo4j's Query API.</summary>
public sealed class ImportAgainstQueryApiTests : StandInTests
{
    private static readonly GraphDataset Shipped = GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);

    private Task<ImporterRun> ImportAsync(params string[] extra) =>
        ImporterRun.RunAsync(["--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString(), "--password", "s3cret-pass", .. extra]);

    [Fact]
    public async Task Import_SendsPingSchemaIndexWaitRecordNodesRelationshipsRemovalCountsAndRecord_InThatOrder()
    {
        var run = await ImportAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        var phases = Stub.Requests.Select(r => Phase(r.Statement!)).ToList();
        string[] expectedOrder =
        [
            "ping", "schema", "await-indexes", "recorded-dataset", "nodes", "relationships", "remove-relationships", "sync-nodes",
            "count-nodes", "count-relationships", "record-dataset",
        ];
        Assert.Equal(expectedOrder, phases.Distinct());
        Assert.Equal(phases.Order(Comparer<string>.Create((a, b) => Array.IndexOf(expectedOrder, a) - Array.IndexOf(expectedOrder, b))), phases);
    }

    [Fact]
    public async Task Schema_IsAppliedBeforeAnyData_OneStatementPerRequest()
    {
        await ImportAsync();

        var schema = CypherCatalog.GetStatements("schema");
        Assert.Equal(schema, Stub.Requests.Skip(1).Take(schema.Count).Select(r => r.Statement));
        Assert.All(schema, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SendsOnlyTheShippedStatementTexts_WithDataInParameters()
    {
        await ImportAsync();

        var shipped = CypherCatalog.Names.Select(CypherCatalog.Get).Concat(CypherCatalog.GetStatements("schema")).ToHashSet(StringComparer.Ordinal);
        Assert.All(Stub.Requests, r => Assert.Contains(r.Statement!, shipped));
        var values = Shipped.Nodes.Select(n => n.Id).Concat(Shipped.Nodes.Select(n => (string)n.Properties["name"]!)).ToList();
        Assert.All(Stub.Requests, r => Assert.DoesNotContain(values, v => r.Statement!.Contains(v, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_SendsEveryNodeAndRelationshipOnce_WithDatasetAndVersion()
    {
        await ImportAsync();

        var imports = Stub.Requests.Where(r => r.Statement!.StartsWith("// Loads one batch", StringComparison.Ordinal)).ToList();
        var rows = imports.SelectMany(r => (List<object?>)r.Parameter("rows")!).Cast<Dictionary<string, object?>>().ToList();
        var nodeIds = rows.Where(r => r.ContainsKey("id")).Select(r => (string)r["id"]!).ToList();
        Assert.Equal(Shipped.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodeIds.Order(StringComparer.Ordinal));
        Assert.Equal(Shipped.Relationships.Count, rows.Count(r => r.ContainsKey("start")));
        Assert.All(imports, r =>
        {
            Assert.Equal("apatorsen", r.Parameter("dataset"));
            Assert.Equal(Shipped.Version, r.Parameter("version"));
            Assert.Equal("Write", r.AccessMode);
        });
    }

    [Fact]
    public async Task Import_SendsTypedPropertiesAndProvenance()
    {
        await ImportAsync();

        var rows = Stub.Requests.Where(r => r.Statement == CypherCatalog.Get("import/nodes/clinical-trial"))
            .SelectMany(r => (List<object?>)r.Parameter("rows")!).Cast<Dictionary<string, object?>>();
        var spruce = (Dictionary<string, object?>)rows.Single(r => (string)r["id"]! == "CLINICALTRIALS:NCT01829113")["properties"]!;
        Assert.Equal(155L, spruce["enrollment"]);
        var targets = Stub.Requests.Single(r => r.Statement == CypherCatalog.Get("import/relationships/targets"));
        var edge = (Dictionary<string, object?>)((Dictionary<string, object?>)((List<object?>)targets.Parameter("rows")!)[0]!)["properties"]!;
        Assert.NotEmpty(Assert.IsType<List<object?>>(edge["publications"]));
        Assert.Equal("infores:apatorsen-kg", edge["primary_knowledge_source"]);
        Assert.Equal("knowledge_assertion", edge["knowledge_level"]);
    }

    [Fact]
    public async Task Batches_HoldAtMostTheBatchSize_PerLabel()
    {
        var run = await ImportAsync("--batch-size", "5");

        Assert.True(run.ExitCode == 0, run.Error);
        var sizes = Stub.Requests.Where(r => r.Statement == CypherCatalog.Get("import/nodes/indication"))
            .Select(r => ((List<object?>)r.Parameter("rows")!).Count);
        var indications = Shipped.Nodes.Count(n => n.Label == "Indication");
        Assert.Equal(Enumerable.Repeat(5, indications / 5).Append(indications % 5).Where(n => n > 0), sizes);
        Assert.All(Stub.Requests.Where(r => r.Parameters.ContainsKey("rows")), r => Assert.InRange(((List<object?>)r.Parameter("rows")!).Count, 1, 5));
    }

    [Fact]
    public async Task Removal_IsOneStatementPerRelationshipType_ThenOneForNodes_KeepingTheVersionJustWritten()
    {
        var run = await ImportAsync("--batch-size", "10");

        Assert.True(run.ExitCode == 0, run.Error);
        var removals = Stub.Requests.Where(r => Phase(r.Statement!) is "remove-relationships" or "sync-nodes").ToList();
        var expected = ApatorsenSchema.Instance.RelationshipTypes.Select(t => CypherCatalog.Get(SchemaArtifacts.RelationshipRemovalName(t.Type)))
            .Append(CypherCatalog.Get("import/sync-nodes"));
        Assert.Equal(expected, removals.Select(r => r.Statement));
        Assert.All(removals, r =>
        {
            Assert.Equal("apatorsen", r.Parameter("dataset"));
            Assert.Equal(Shipped.Version, r.Parameter("keep"));
            Assert.Equal(10L, r.Parameter("batchSize"));
        });
        Assert.Contains("removed 0 relationship(s) no longer in the files; released 0 node(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovalStatements_SeekThroughTheTypesDatasetIndex_WithoutANotEqualsScan()
    {
        var schema = CypherCatalog.GetStatements("schema");
        foreach (var type in ApatorsenSchema.Instance.RelationshipTypes)
        {
            var removal = CypherCatalog.Get(SchemaArtifacts.RelationshipRemovalName(type.Type));
            Assert.Contains($"MATCH ()-[r:{type.Type}]->()", removal, StringComparison.Ordinal);
            Assert.Contains("r.dataset = $dataset AND r.datasetVersion < $keep", removal, StringComparison.Ordinal);
            Assert.Contains("r.dataset = $dataset AND r.datasetVersion > $keep", removal, StringComparison.Ordinal);
            Assert.DoesNotContain("<>", removal, StringComparison.Ordinal);
            Assert.Contains(schema, s => s.Contains($"FOR ()-[r:{type.Type}]-() ON (r.dataset, r.datasetVersion)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Import_PrintsASummary_WithRowsAndDatabaseCounts()
    {
        var run = await ImportAsync();

        Assert.Contains("ClinicalTrial", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{Shipped.Nodes.Count} nodes, {Shipped.Relationships.Count} relationships", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{Shipped.Nodes.Count + Shipped.Relationships.Count} rows written", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task DatabaseDisagreeingWithTheFiles_Exits4()
    {
        Neo4j.ExtraNodes["Drug"] = 1;

        var run = await ImportAsync();

        Assert.Equal(4, run.ExitCode);
        var drugs = Shipped.Nodes.Count(n => n.Label == "Drug");
        Assert.Contains($"nodes Drug: the files hold {drugs}, Neo4j holds {drugs + 1}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedCredentials_GiveOneLine_Exit3_AndWriteNothing()
    {
        Stub.Responder = _ => StubResponse.Unauthorized();

        var run = await ImportAsync();

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"error: Neo4j at {Stub.Uri} (database neo4j) refused the credentials of user 'neo4j'.", run.Error.Trim());
        Assert.DoesNotContain("s3cret-pass", run.Error + run.Output, StringComparison.Ordinal);
        Assert.All(Stub.Requests, r => Assert.Equal(CypherCatalog.Get("ping"), r.Statement));
    }

    [Fact]
    public async Task NoPassword_SendsNoCredentials_AndSaysWhatIsMissingWhenRefused()
    {
        Stub.Responder = _ => StubResponse.Unauthorized();

        var run = await ImporterRun.RunAsync("--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString());

        Assert.Equal(3, run.ExitCode);
        Assert.Null(Stub.Requests[0].Authorization);
        Assert.Equal($"error: Neo4j at {Stub.Uri} (database neo4j) requires credentials: pass --password or set NEO4J_PASSWORD.", run.Error.Trim());
    }

    [Fact]
    public async Task ClientErrorDuringTheLoad_StopsWithNeo4jsCode_AndExits1()
    {
        var answer = Neo4j.Answer;
        Stub.Responder = request => request.Statement == CypherCatalog.Get("import/nodes/drug")
            ? StubResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label `Entity`")
            : answer(request);

        var run = await ImportAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Stub.Requests, r => r.Statement!.Contains("DELETE", StringComparison.Ordinal) || r.Statement == CypherCatalog.Get("import/record-dataset"));
    }

    [Fact]
    public async Task AddressAndPassword_AreReadFromTheEnvironment()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?> { ["Neo4j__Uri"] = Stub.Uri.ToString(), ["NEO4J_PASSWORD"] = "from-env-pass" };

        var exit = await ImporterCli.RunAsync(["--data", ImporterRun.ShippedData], output, error, environment, TestContext.Current.CancellationToken);

        Assert.True(exit == 0, error.ToString());
        var expected = "Basic " + Convert.ToBase64String("neo4j:from-env-pass"u8.ToArray());
        Assert.Equal(expected, Stub.Requests[0].Authorization);
    }

    private static string Phase(string statement) => statement switch
    {
        _ when statement == CypherCatalog.Get("ping") => "ping",
        _ when statement == CypherCatalog.Get("import/await-indexes") => "await-indexes",
        _ when statement == CypherCatalog.Get("import/sync-nodes") => "sync-nodes",
        _ when statement.StartsWith("// Removes this dataset's", StringComparison.Ordinal) => "remove-relationships",
        _ when statement == CypherCatalog.Get("import/recorded-dataset") => "recorded-dataset",
        _ when statement == CypherCatalog.Get("import/record-dataset") => "record-dataset",
        _ when statement == CypherCatalog.Get("import/count-nodes") => "count-nodes",
        _ when statement == CypherCatalog.Get("import/count-relationships") => "count-relationships",
        _ when statement.Contains("MERGE (n:", StringComparison.Ordinal) => "nodes",
        _ when statement.Contains("MERGE (s)-[r:", StringComparison.Ordinal) => "relationships",
        _ => "schema",
    };
}
