using Apatorsen.Graph.Cypher;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Importer.Tests;

/// <summary>Batches in flight at once, round trips, and what a failing batch does to the run, against the Query API stand-in.</summary>
public sealed class ConcurrentImportTests() : StandInTests(new Neo4jStandIn { BatchDelay = TimeSpan.FromMilliseconds(30) })
{
    private static readonly GraphDataset Shipped = GraphDataset.Load(ImporterRun.ShippedData, ApatorsenSchema.Instance);

    private Task<ImporterRun> ImportAsync(params string[] extra) =>
        ImporterRun.RunAsync(["--data", ImporterRun.ShippedData, "--uri", Stub.Uri.ToString(), "--batch-size", "5", .. extra]);

    private List<RecordedRequest> Batches() => [.. Stub.Requests.Where(r => r.Parameters.ContainsKey("rows"))];

    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "--concurrency", "1" }, 1)]
    [InlineData(new[] { "--concurrency", "4" }, 4)]
    public async Task BatchesInFlight_AreExactlyTheConcurrency_TwoByDefault(string[] option, int expected)
    {
        var run = await ImportAsync(option);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(expected, Stub.MaxConcurrentRequests);
    }

    [Fact]
    public async Task RoundTrips_AreOnePerBatch_PlusTheFixedSteps()
    {
        var run = await ImportAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        static int BatchesOf(int rows) => (rows + 4) / 5;
        var batches = Shipped.Nodes.GroupBy(n => n.Label).Sum(g => BatchesOf(g.Count()))
            + Shipped.Relationships.GroupBy(r => r.Type).Sum(g => BatchesOf(g.Count()));
        var fixedSteps = 1 + CypherCatalog.GetStatements("schema").Count + 1 + 1 // ping, schema, index wait, recorded version
            + ApatorsenSchema.Instance.RelationshipTypes.Count + 1 // removal: per type, then nodes
            + 2 + 1; // counts, record
        Assert.Equal(batches, Batches().Count);
        Assert.Equal(batches + fixedSteps, Stub.Requests.Count);
        Assert.All(Stub.Requests, r => Assert.Equal(QueryApiRoute.Query, r.Route));
    }

    [Fact]
    public async Task TransientErrorOnOneBatch_RetriesThatBatchAlone_WhileOthersProceed()
    {
        var failed = 0;
        Stub.Responder = request =>
            request.Statement == CypherCatalog.Get("import/nodes/publication") && Interlocked.Exchange(ref failed, 1) == 0
                ? StubResponse.Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
                : Neo4j.Answer(request);

        var run = await ImportAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        var batches = Batches();
        var firstPublications = batches.First(r => r.Statement == CypherCatalog.Get("import/nodes/publication"));
        var sends = batches.Select((r, i) => (r, i)).Where(p => p.r.Body == firstPublications.Body).Select(p => p.i).ToList();
        Assert.Equal(2, sends.Count);
        Assert.True(sends[1] - sends[0] > 1, "other batches were sent between the failed attempt and its retry");
        Assert.Equal(batches.Count - 1, batches.Select(r => r.Body).Distinct().Count());
        Assert.Contains($"{Shipped.Nodes.Count + Shipped.Relationships.Count} rows written", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonTransientErrorOnOneBatch_StopsTheRun_AfterTheBatchesInFlight_WithThatBatchSentOnce()
    {
        var commonest = Shipped.Relationships.GroupBy(r => r.Type).MaxBy(g => g.Count())!.Key;
        var targets = CypherCatalog.Get(SchemaArtifacts.RelationshipImportName(commonest));
        var seen = 0;
        Stub.Responder = request =>
            request.Statement == targets && Interlocked.Increment(ref seen) == 2
                ? StubResponse.Error("Neo.ClientError.Statement.SemanticError", "Cannot merge the relationship")
                : Neo4j.Answer(request);

        var run = await ImportAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Neo.ClientError.Statement.SemanticError", run.Error, StringComparison.Ordinal);
        var batches = Batches();
        var failing = batches.Where(r => r.Statement == targets).ElementAt(1);
        Assert.Single(batches, r => r.Body == failing.Body);
        // Only what was already in flight when the failure came back may follow it; nothing new is sent.
        Assert.InRange(batches.Count - batches.IndexOf(failing) - 1, 0, 1);
        // One batch, one implicit transaction: Neo4j rolled the failed one back whole; no explicit transaction was opened.
        Assert.All(Stub.Requests, r => Assert.Equal(QueryApiRoute.Query, r.Route));
        Assert.DoesNotContain(Stub.Requests, r => r.Statement!.Contains("DELETE", StringComparison.Ordinal)
            || r.Statement == CypherCatalog.Get("import/count-nodes") || r.Statement == CypherCatalog.Get("import/record-dataset"));
        Assert.Empty(Neo4j.Recorded);
    }

    [Fact]
    public async Task UnchangedRerun_OfARecordedVersion_SendsNoBatch_AndChecksTheCounts()
    {
        Assert.Equal(0, (await ImportAsync()).ExitCode);
        var firstRun = Stub.Requests.Count;

        var rerun = await ImportAsync();

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        var second = Stub.Requests.Skip(firstRun).ToList();
        Assert.DoesNotContain(second, r => r.Parameters.ContainsKey("rows"));
        Assert.Contains(second, r => r.Statement == CypherCatalog.Get("import/count-relationships"));
        Assert.Contains("is already in the graph, complete: nothing to send", rerun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordedVersion_WhoseCountsNoLongerAgree_IsLoadedAgain()
    {
        Neo4j.Recorded["apatorsen"] = Shipped.Version;

        var run = await ImportAsync();

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("is recorded but its counts differ: loading it again", run.Output, StringComparison.Ordinal);
        Assert.Equal(Shipped.Nodes.Count + Shipped.Relationships.Count, Batches().Sum(r => ((List<object?>)r.Parameter("rows")!).Count));
    }
}
