using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Neo4j.Tests;

/// <summary>Explicit transactions (docs-query-api transactions.adoc).</summary>
public sealed class TransactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Transaction_OpenRunCommit_SendsTheDocumentedRequestsAndReplaysTheAffinityHeader()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(
            StubResponse.TransactionOpened("lyU", clusterAffinity: "MTAuOC41Ljc6MTc0NzQ=", expires: new DateTimeOffset(2024, 10, 22, 15, 48, 29, TimeSpan.Zero)),
            StubResponse.Rows(["bob"], ["Bob"]).WithTransaction("lyU"),
            StubResponse.Json("""{ "data": { "fields": [], "values": [] }, "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" ] }"""));

        IReadOnlyList<string> bookmarks;
        await using (var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct))
        {
            Assert.Equal("lyU", transaction.Id);
            Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", transaction.ClusterAffinity);
            Assert.Equal(new DateTimeOffset(2024, 10, 22, 15, 48, 29, TimeSpan.Zero), transaction.ExpiresAt);

            var result = await transaction.RunAsync("MERGE (n:Person {name: $name}) RETURN n.name AS bob", new Dictionary<string, object?> { ["name"] = "Bob" }, Ct);
            Assert.Equal("Bob", Assert.Single(result.Rows)["bob"]);

            bookmarks = await transaction.CommitAsync(Ct);
            Assert.Equal(Neo4jTransactionState.Committed, transaction.State);
        }

        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], bookmarks);
        var requests = harness.Stub.Requests;
        Assert.Collection(
            requests,
            open =>
            {
                Assert.Equal(("POST", "/db/neo4j/query/v2/tx", QueryApiRoute.BeginTransaction), (open.Method, open.Path, open.Route));
                Assert.Equal("Write", open.AccessMode);
                Assert.Null(open.Statement);
                Assert.Null(open.ClusterAffinity);
                Assert.Equal("application/vnd.neo4j.query", open.Accept);
            },
            run =>
            {
                Assert.Equal(("POST", "/db/neo4j/query/v2/tx/lyU", QueryApiRoute.RunInTransaction), (run.Method, run.Path, run.Route));
                Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", run.ClusterAffinity);
                Assert.Equal("MERGE (n:Person {name: $name}) RETURN n.name AS bob", run.Statement);
                Assert.Equal("Bob", run.Parameter("name"));
                Assert.Null(run.AccessMode);
            },
            commit =>
            {
                Assert.Equal(("POST", "/db/neo4j/query/v2/tx/lyU/commit", QueryApiRoute.CommitTransaction), (commit.Method, commit.Path, commit.Route));
                Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", commit.ClusterAffinity);
                Assert.Equal("", commit.Body);
            });
    }

    [Fact]
    public async Task BeginTransactionAsync_Read_SendsReadAccessMode()
    {
        await using var harness = await ClientHarness.StartAsync();

        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Read, Ct);

        Assert.Equal("Read", harness.Stub.Requests[0].AccessMode);
        Assert.Equal(AccessMode.Read, transaction.AccessMode);
    }

    [Fact]
    public async Task DisposeAsync_WhenNotCommitted_RollsBackWithTheAffinityHeader()
    {
        await using var harness = await ClientHarness.StartAsync();

        var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);
        await transaction.RunAsync("CREATE (:Drug {name: 'x'})", null, Ct);
        await transaction.DisposeAsync();

        Assert.Equal(Neo4jTransactionState.RolledBack, transaction.State);
        var rollback = harness.Stub.Requests[^1];
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1", QueryApiRoute.RollbackTransaction), (rollback.Method, rollback.Path, rollback.Route));
        Assert.Equal(QueryApiStub.DefaultClusterAffinity, rollback.ClusterAffinity);
        Assert.Empty(harness.Stub.OpenTransactions);
    }

    [Fact]
    public async Task DisposeAsync_AfterCommit_SendsNoRollback()
    {
        await using var harness = await ClientHarness.StartAsync();

        await using (var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct))
        {
            await transaction.CommitAsync(Ct);
        }

        Assert.Equal([QueryApiRoute.BeginTransaction, QueryApiRoute.CommitTransaction], harness.Stub.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task RollbackAsync_SendsDeleteAndClosesTheTransaction()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);

        await transaction.RollbackAsync(Ct);

        Assert.Equal(Neo4jTransactionState.RolledBack, transaction.State);
        Assert.Equal("DELETE", harness.Stub.Requests[^1].Method);
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RunAsync("RETURN 1", null, Ct));
    }

    [Fact]
    public async Task RunAsync_InTransactionWhenServerReturnsTransientError_DoesNotRetryAndMarksTheTransactionFailed()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);
        harness.Stub.Enqueue(StubResponse.TransientError());

        await Assert.ThrowsAsync<Neo4jTransientException>(() => transaction.RunAsync("CREATE (:Drug)", null, Ct));

        Assert.Equal(Neo4jTransactionState.Failed, transaction.State);
        Assert.Single(harness.Stub.Requests, r => r.Route == QueryApiRoute.RunInTransaction);
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync(Ct));
    }

    [Fact]
    public async Task DisposeAsync_AfterAFailedStatement_SendsNoRollbackBecauseTheServerAlreadyRolledBack()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using (var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct))
        {
            harness.Stub.Enqueue(StubResponse.SyntaxError());
            await Assert.ThrowsAsync<Neo4jClientException>(() => transaction.RunAsync("CRATE (:Drug)", null, Ct));
        }

        Assert.DoesNotContain(harness.Stub.Requests, r => r.Route == QueryApiRoute.RollbackTransaction);
    }

    [Fact]
    public async Task RunAsync_InExpiredTransaction_ThrowsTransactionNotFoundNamingTheTransaction()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);
        harness.Stub.Enqueue(StubResponse.TransactionNotFound(transaction.Id));

        var ex = await Assert.ThrowsAsync<Neo4jTransactionNotFoundException>(() => transaction.RunAsync("RETURN 1", null, Ct));

        Assert.Equal("tx1", ex.TransactionId);
        Assert.Equal("Neo.ClientError.Request.Invalid", ex.Code);
        Assert.Contains("'tx1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expired", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Neo4jTransactionState.Failed, transaction.State);
    }

    [Fact]
    public async Task CommitAsync_OnExpiredTransaction_ThrowsTransactionNotFound()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);
        harness.Stub.Enqueue(StubResponse.TransactionNotFound(transaction.Id));

        await Assert.ThrowsAsync<Neo4jTransactionNotFoundException>(() => transaction.CommitAsync(Ct));

        Assert.Equal(Neo4jTransactionState.Failed, transaction.State);
    }

    [Fact]
    public async Task BeginTransactionAsync_WhenServerReturnsTransientError_RetriesThenOpens()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.TransientError());

        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);

        Assert.Equal(2, harness.Stub.Requests.Count(r => r.Route == QueryApiRoute.BeginTransaction));
        Assert.Equal(Neo4jTransactionState.Open, transaction.State);
    }

    [Fact]
    public async Task RunInTransactionAsync_WhenAStatementFailsTransiently_RunsTheWholeWorkAgainInANewTransaction()
    {
        await using var harness = await ClientHarness.StartAsync();
        var attempts = new List<string>();

        var result = await harness.Client.RunInTransactionAsync(
            AccessMode.Read,
            async (transaction, token) =>
            {
                attempts.Add(transaction.Id);
                if (attempts.Count == 1)
                {
                    harness.Stub.Enqueue(StubResponse.TransientError());
                }

                await transaction.RunAsync("RETURN 1", null, token);
                await transaction.RollbackAsync(token);
                return attempts.Count;
            },
            Ct);

        Assert.Equal(2, result);
        Assert.Equal(["tx1", "tx2"], attempts);
        Assert.Equal(
            [QueryApiRoute.BeginTransaction, QueryApiRoute.RunInTransaction, QueryApiRoute.BeginTransaction, QueryApiRoute.RunInTransaction, QueryApiRoute.RollbackTransaction],
            harness.Stub.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task RunInTransactionAsync_WhenTheWorkFailsOtherwise_DoesNotRetry_AndRollsBackWhatItLeftOpen()
    {
        await using var harness = await ClientHarness.StartAsync();
        var attempts = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.RunInTransactionAsync<int>(
            AccessMode.Read,
            (_, _) =>
            {
                attempts++;
                throw new InvalidOperationException("not Neo4j's failure");
            },
            Ct));

        Assert.Equal(1, attempts);
        Assert.Equal([QueryApiRoute.BeginTransaction, QueryApiRoute.RollbackTransaction], harness.Stub.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task BeginTransactionAsync_WhenServerSendsNoAffinity_SendsNoAffinityHeaderLater()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.TransactionOpened("solo", clusterAffinity: null));

        await using (var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct))
        {
            await transaction.RunAsync("RETURN 1", null, Ct);
            await transaction.CommitAsync(Ct);
        }

        Assert.All(harness.Stub.Requests, r => Assert.Null(r.ClusterAffinity));
    }

    [Fact]
    public async Task BeginTransactionAsync_WhenAnswerHasNoTransaction_ThrowsProtocolException()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.Empty());

        await Assert.ThrowsAsync<Neo4jProtocolException>(() => harness.Client.BeginTransactionAsync(AccessMode.Write, Ct));
    }

    [Fact]
    public async Task RunAsync_InTransactionWithCounters_SendsIncludeCountersAndNoAccessMode()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);
        harness.Stub.Enqueue(StubResponse.Empty().WithCounters(nodesCreated: 2).WithTransaction(transaction.Id));

        var result = await transaction.RunAsync("CREATE (:A), (:B)", null, new RunOptions { IncludeCounters = true }, Ct);

        Assert.Equal(2, result.Counters!.NodesCreated);
        var run = harness.Stub.Requests[^1];
        Assert.Equal(true, run.IncludeCounters);
        Assert.Null(run.AccessMode);
    }

    [Fact]
    public async Task RunAsync_InTransactionWithBookmarks_IsRejected()
    {
        await using var harness = await ClientHarness.StartAsync();
        await using var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => transaction.RunAsync("RETURN 1", null, new RunOptions { Bookmarks = ["FB:x"] }, Ct));
    }

    [Fact]
    public async Task DisposeAsync_WhenRollbackFails_DoesNotThrow()
    {
        await using var harness = await ClientHarness.StartAsync();
        var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct);
        harness.Stub.Enqueue(StubResponse.ConnectionDropped());

        await transaction.DisposeAsync();

        Assert.Equal(Neo4jTransactionState.Failed, transaction.State);
        Assert.Contains(harness.Logs.Entries, e => e.Text.Contains("could not be rolled back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisposeAsync_AfterARollbackThatGotNoAnswer_DoesNotRollBackAgain()
    {
        await using var harness = await ClientHarness.StartAsync();
        var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Read, Ct);
        harness.Stub.Enqueue(StubResponse.Empty() with { Delay = TimeSpan.FromMinutes(1) });
        using (var allowance = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transaction.RollbackAsync(allowance.Token));
        }

        await transaction.DisposeAsync();

        Assert.Single(harness.Stub.Requests, r => r.Route == QueryApiRoute.RollbackTransaction);
    }
}
