using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>The importer end to end against an in-process stand-in of Neo4j's Query API.</summary>
public sealed class ImportAgainstQueryApiTests : IAsyncLifetime
{
    private QueryApiStub _stub = null!;
    private readonly Neo4jStandIn _neo4j = new();
    private static readonly GraphDataset Shipped = GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);

    public async ValueTask InitializeAsync()
    {
        _stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        _stub.Responder = _neo4j.Answer;
    }

    public async ValueTask DisposeAsync() => await _stub.DisposeAsync();

    private Task<ImporterRun> ImportAsync(params string[] extra) =>
        ImporterRun.RunAsync(["--data", ImporterRun.ShippedData, "--uri", _stub.Uri.ToString(), "--password", "s3cret-pass", .. extra]);

    [Fact]
    public async Task Sends_ping_then_schema_then_index_wait_then_nodes_then_relationships_then_sync_then_counts()
    {
        var run = await ImportAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        var phases = _stub.Requests.Select(r => Phase(r.Statement!)).ToList();
        string[] expectedOrder = ["ping", "schema", "await-indexes", "nodes", "relationships", "sync-relationships", "sync-nodes", "count-nodes", "count-relationships"];
        Assert.Equal(expectedOrder, phases.Distinct());
        Assert.Equal(phases.Order(Comparer<string>.Create((a, b) => Array.IndexOf(expectedOrder, a) - Array.IndexOf(expectedOrder, b))), phases);
    }

    [Fact]
    public async Task Applies_every_schema_statement_before_any_data_and_each_on_its_own()
    {
        await ImportAsync();

        var schema = CypherCatalog.GetStatements("schema");
        Assert.Equal(schema, _stub.Requests.Skip(1).Take(schema.Count).Select(r => r.Statement));
        Assert.All(schema, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sends_only_the_shipped_statement_texts_with_data_in_parameters()
    {
        await ImportAsync();

        var shipped = CypherCatalog.Names.Select(CypherCatalog.Get).Concat(CypherCatalog.GetStatements("schema")).ToHashSet(StringComparer.Ordinal);
        Assert.All(_stub.Requests, r => Assert.Contains(r.Statement!, shipped));
        var values = Shipped.Nodes.Select(n => n.Id).Concat(Shipped.Nodes.Select(n => (string)n.Properties["name"]!)).ToList();
        Assert.All(_stub.Requests, r => Assert.DoesNotContain(values, v => r.Statement!.Contains(v, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sends_every_node_and_relationship_once_with_dataset_and_version()
    {
        await ImportAsync();

        var imports = _stub.Requests.Where(r => r.Statement!.StartsWith("// Loads one batch", StringComparison.Ordinal)).ToList();
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
    public async Task Sends_typed_properties_and_sources()
    {
        await ImportAsync();

        var rows = _stub.Requests.Where(r => r.Statement == CypherCatalog.Get("import/nodes/clinical-trial"))
            .SelectMany(r => (List<object?>)r.Parameter("rows")!).Cast<Dictionary<string, object?>>();
        var spruce = (Dictionary<string, object?>)rows.Single(r => (string)r["id"]! == "clinicaltrials:NCT01829113")["properties"]!;
        Assert.Equal(155L, spruce["enrollment"]);
        var targets = _stub.Requests.Single(r => r.Statement == CypherCatalog.Get("import/relationships/targets"));
        var edge = (Dictionary<string, object?>)((Dictionary<string, object?>)((List<object?>)targets.Parameter("rows")!)[0]!)["properties"]!;
        Assert.NotEmpty(Assert.IsType<List<object?>>(edge["sources"]));
    }

    [Fact]
    public async Task Splits_each_label_into_batches_of_at_most_the_batch_size()
    {
        var run = await ImportAsync("--batch-size", "5");

        Assert.True(run.ExitCode == 0, run.Error);
        var sizes = _stub.Requests.Where(r => r.Statement == CypherCatalog.Get("import/nodes/indication"))
            .Select(r => ((List<object?>)r.Parameter("rows")!).Count);
        var indications = Shipped.Nodes.Count(n => n.Label == "Indication");
        Assert.Equal(Enumerable.Repeat(5, indications / 5).Append(indications % 5).Where(n => n > 0), sizes);
        Assert.All(_stub.Requests.Where(r => r.Parameters.ContainsKey("rows")), r => Assert.InRange(((List<object?>)r.Parameter("rows")!).Count, 1, 5));
    }

    [Fact]
    public async Task Repeats_a_sync_statement_until_a_batch_deletes_less_than_the_batch_size()
    {
        var answer = _neo4j.Answer;
        var firstSync = true;
        _stub.Responder = request =>
        {
            if (request.Statement == CypherCatalog.Get("import/sync-nodes") && firstSync)
            {
                firstSync = false;
                return StubResponse.Rows(["deleted"], [10L]);
            }

            return answer(request);
        };

        var run = await ImportAsync("--batch-size", "10");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, _stub.Requests.Count(r => r.Statement == CypherCatalog.Get("import/sync-nodes")));
        Assert.Equal(10L, _stub.Requests.First(r => r.Statement == CypherCatalog.Get("import/sync-nodes")).Parameter("batchSize"));
        Assert.Contains("removed 0 relationship(s) and 10 node(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_a_summary_with_rows_and_database_counts()
    {
        var run = await ImportAsync();

        Assert.Contains("ClinicalTrial", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{Shipped.Nodes.Count} nodes, {Shipped.Relationships.Count} relationships", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{Shipped.Nodes.Count + Shipped.Relationships.Count} rows written", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Fails_with_exit_code_4_when_the_database_disagrees_with_the_files()
    {
        _neo4j.ExtraNodes["Drug"] = 1;

        var run = await ImportAsync();

        Assert.Equal(4, run.ExitCode);
        var drugs = Shipped.Nodes.Count(n => n.Label == "Drug");
        Assert.Contains($"nodes Drug: the files hold {drugs}, Neo4j holds {drugs + 1}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_give_one_line_and_exit_code_3_and_write_nothing()
    {
        _stub.Responder = _ => StubResponse.Unauthorized();

        var run = await ImportAsync();

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"error: Neo4j at {_stub.Uri} (database neo4j) refused the credentials of user 'neo4j'.", run.Error.Trim());
        Assert.DoesNotContain("s3cret-pass", run.Error + run.Output, StringComparison.Ordinal);
        Assert.All(_stub.Requests, r => Assert.Equal(CypherCatalog.Get("ping"), r.Statement));
    }

    [Fact]
    public async Task Without_a_password_it_sends_no_credentials_and_says_what_is_missing_when_refused()
    {
        _stub.Responder = _ => StubResponse.Unauthorized();

        var run = await ImporterRun.RunAsync("--data", ImporterRun.ShippedData, "--uri", _stub.Uri.ToString());

        Assert.Equal(3, run.ExitCode);
        Assert.Null(_stub.Requests[0].Authorization);
        Assert.Equal($"error: Neo4j at {_stub.Uri} (database neo4j) requires credentials: pass --password or set NEO4J_PASSWORD.", run.Error.Trim());
    }

    [Fact]
    public async Task A_client_error_during_the_load_stops_with_neo4js_code_and_exit_code_1()
    {
        var answer = _neo4j.Answer;
        _stub.Responder = request => request.Statement == CypherCatalog.Get("import/nodes/drug")
            ? StubResponse.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label `Entity`")
            : answer(request);

        var run = await ImportAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Neo.ClientError.Schema.ConstraintValidationFailed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_stub.Requests, r => r.Statement!.Contains("sync", StringComparison.Ordinal) || r.Statement!.Contains("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_the_address_and_password_from_the_environment()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?> { ["Neo4j__Uri"] = _stub.Uri.ToString(), ["NEO4J_PASSWORD"] = "from-env-pass" };

        var exit = await ImporterCli.RunAsync(["--data", ImporterRun.ShippedData], output, error, environment, TestContext.Current.CancellationToken);

        Assert.True(exit == 0, error.ToString());
        var expected = "Basic " + Convert.ToBase64String("neo4j:from-env-pass"u8.ToArray());
        Assert.Equal(expected, _stub.Requests[0].Authorization);
    }

    private static string Phase(string statement) => statement switch
    {
        _ when statement == CypherCatalog.Get("ping") => "ping",
        _ when statement == CypherCatalog.Get("import/await-indexes") => "await-indexes",
        _ when statement == CypherCatalog.Get("import/sync-nodes") => "sync-nodes",
        _ when statement == CypherCatalog.Get("import/sync-relationships") => "sync-relationships",
        _ when statement == CypherCatalog.Get("import/count-nodes") => "count-nodes",
        _ when statement == CypherCatalog.Get("import/count-relationships") => "count-relationships",
        _ when statement.Contains("MERGE (n:", StringComparison.Ordinal) => "nodes",
        _ when statement.Contains("MERGE (s)-[r:", StringComparison.Ordinal) => "relationships",
        _ => "schema",
    };
}
