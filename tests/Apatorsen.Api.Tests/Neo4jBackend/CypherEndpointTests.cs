using System.Net;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Api.Tests.Neo4jBackend;

/// <summary>
/// POST /api/cypher on the Neo4j backend: a read transaction that is always rolled back, a row cap, a time limit,
/// and Neo4j's own error code and message when it refuses the statement.
/// </summary>
public sealed class CypherEndpointTests
{
    private static Task<ApiResponse> PostAsync(Neo4jApiHarness api, string statement, object? parameters = null, string? key = Neo4jApiHarness.ApiKey) =>
        EmbeddedBackendTests.PostCypherAsync(api.Client, statement, key, parameters);

    private static Task<ApiResponse> PostRawAsync(Neo4jApiHarness api, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", Neo4jApiHarness.ApiKey);
        return ApiResponse.SendAsync(api.Client, request);
    }

    [Fact]
    public async Task Statement_RunsInAReadTransaction_ThatIsRolledBack_WithTypedParameters()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.Rows(["name", "n"], ["apatorsen", 3L]).WithTransaction(request.TransactionId!)
            : api.Stub.DefaultResponse(request);

        var body = (await PostAsync(api, "MATCH (d:Drug {id: $id}) RETURN d.name AS name, $n AS n", new { id = "apatorsen:apatorsen", n = 3, ratio = 0.5, flags = new[] { true } })).Ok();

        Assert.Equal(["name", "n"], body.Strings("fields"));
        Assert.Equal("apatorsen", body.GetProperty("rows")[0][0].GetString());
        Assert.Equal(3, body.GetProperty("rows")[0][1].GetInt32());
        Assert.False(body.GetProperty("truncated").GetBoolean());
        var requests = api.Stub.Requests;
        Assert.Equal([QueryApiRoute.BeginTransaction, QueryApiRoute.RunInTransaction, QueryApiRoute.RollbackTransaction], requests.Select(r => r.Route));
        Assert.Equal("Read", requests[0].AccessMode);
        Assert.Equal("MATCH (d:Drug {id: $id}) RETURN d.name AS name, $n AS n", requests[1].Statement);
        Assert.Equal("Integer", Neo4jRows.TypeOf(requests[1], "n"));
        Assert.Equal("Float", Neo4jRows.TypeOf(requests[1], "ratio"));
        Assert.Equal("List", Neo4jRows.TypeOf(requests[1], "flags"));
        Assert.Empty(api.Stub.OpenTransactions);
    }

    [Fact]
    public async Task Rows_BeyondTheCap_AreCutOff_AndSaidSo()
    {
        await using var api = await Neo4jApiHarness.StartAsync(new Dictionary<string, string?> { ["Api:CypherRowCap"] = "2" });
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.Rows(["i"], [1L], [2L], [3L])
            : api.Stub.DefaultResponse(request);

        var body = (await PostAsync(api, "UNWIND range(1, 3) AS i RETURN i")).Ok();

        Assert.Equal(2, body.GetProperty("rowCount").GetInt32());
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Contains(api.Stub.Requests, r => r.Route == QueryApiRoute.RollbackTransaction);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'")]
    [InlineData("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.")]
    public async Task ClientError_Is400_WithNeo4jsCodeAndMessage(string code, string message)
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.Error(code, message)
            : api.Stub.DefaultResponse(request);

        var problem = (await PostAsync(api, "RETRN 1")).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(code, problem.Str("code"));
        Assert.Equal(message, problem.Str("detail"));
        Assert.Empty(api.Stub.OpenTransactions);
    }

    [Fact]
    public async Task UnreachableNeo4j_Is503()
    {
        await using var api = await Neo4jApiHarness.StartAsync(neo4j: QueryApiStub.UnreachableUri());

        (await PostAsync(api, "RETURN 1 AS one")).Problem(HttpStatusCode.ServiceUnavailable);
    }

    // The limit covers opening the transaction too; 2 s leaves a loaded machine room to open it first.
    [Fact]
    public async Task StatementPastTheTimeLimit_Is504_AndIsRolledBack()
    {
        await using var api = await Neo4jApiHarness.StartAsync(new Dictionary<string, string?> { ["Api:CypherTimeout"] = "00:00:02" });
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.Rows(["one"], [1L]) with { Delay = TimeSpan.FromSeconds(10) }
            : api.Stub.DefaultResponse(request);

        (await PostAsync(api, "RETURN 1 AS one")).Problem(HttpStatusCode.GatewayTimeout);

        Assert.Contains(api.Stub.Requests, r => r.Route == QueryApiRoute.RollbackTransaction);
        Assert.Empty(api.Stub.OpenTransactions);
    }

    // Not a speed goal: the bound is the limit plus the one rollback's allowance, far below what the request took
    // before (the statement limit, then Neo4j:RequestTimeout for a rollback, then again for a second one).
    private static readonly TimeSpan WellPastTheLimit = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(QueryApiRoute.BeginTransaction)]
    [InlineData(QueryApiRoute.RunInTransaction)]
    public async Task Neo4jThatStopsAnswering_Is504NamingTheLimit_WithinTheLimitAndOneRollback(QueryApiRoute hangsAt)
    {
        await using var api = await Neo4jApiHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Api:CypherTimeout"] = "00:00:02",
            ["Neo4j:RequestTimeout"] = "00:00:30",
        });
        api.Stub.Responder = request => request.Route == hangsAt || request.Route == QueryApiRoute.RollbackTransaction
            ? api.Stub.DefaultResponse(request) with { Delay = TimeSpan.FromMinutes(1) }
            : api.Stub.DefaultResponse(request);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var problem = (await PostAsync(api, "RETURN 1 AS one")).Problem(HttpStatusCode.GatewayTimeout);

        Assert.True(clock.Elapsed < WellPastTheLimit, $"The answer took {clock.Elapsed}.");
        Assert.Contains("2 s", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("Api:CypherTimeout", problem.Str("detail"), StringComparison.Ordinal);
        var rollbacks = api.Stub.Requests.Count(r => r.Route == QueryApiRoute.RollbackTransaction);
        Assert.Equal(hangsAt == QueryApiRoute.RunInTransaction ? 1 : 0, rollbacks);
    }

    private static Dictionary<string, string?> Retries(int attempts, string delay = "00:00:00", string? cypherTimeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Neo4j:MaxRetryAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Neo4j:RetryBaseDelay"] = delay,
            ["Neo4j:RetryMaxDelay"] = delay,
        };
        if (cypherTimeout is not null)
        {
            settings["Api:CypherTimeout"] = cypherTimeout;
        }

        return settings;
    }

    [Fact]
    public async Task TransientErrorOfTheStatement_RetriesTheWholeReadTransaction_ThenIs200()
    {
        await using var api = await Neo4jApiHarness.StartAsync(Retries(attempts: 3));
        var runs = 0;
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction && Interlocked.Increment(ref runs) == 1
            ? StubResponse.TransientError()
            : request.Route == QueryApiRoute.RunInTransaction
                ? StubResponse.Rows(["one"], [1L]).WithTransaction(request.TransactionId!)
                : api.Stub.DefaultResponse(request);

        var body = (await PostAsync(api, "RETURN 1 AS one")).Ok();

        Assert.Equal(1, body.GetProperty("rows")[0][0].GetInt32());
        Assert.Equal(
            [QueryApiRoute.BeginTransaction, QueryApiRoute.RunInTransaction, QueryApiRoute.BeginTransaction, QueryApiRoute.RunInTransaction, QueryApiRoute.RollbackTransaction],
            api.Stub.Requests.Select(r => r.Route));
        Assert.NotEqual(api.Stub.Requests[1].TransactionId, api.Stub.Requests[3].TransactionId);
        Assert.All(api.Stub.Requests.Where(r => r.Route == QueryApiRoute.BeginTransaction), r => Assert.Equal("Read", r.AccessMode));
        Assert.Empty(api.Stub.OpenTransactions);
    }

    [Fact]
    public async Task TransientErrorOnOpening_IsRetried_ThenIs200()
    {
        await using var api = await Neo4jApiHarness.StartAsync(Retries(attempts: 3));
        api.Stub.Enqueue(StubResponse.TransientError());

        (await PostAsync(api, "RETURN 1 AS one")).Ok();

        Assert.Equal(
            [QueryApiRoute.BeginTransaction, QueryApiRoute.BeginTransaction, QueryApiRoute.RunInTransaction, QueryApiRoute.RollbackTransaction],
            api.Stub.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task TransientErrors_ThatOutlastTheRetries_Are503_AfterOneAttemptAndEachRetry()
    {
        await using var api = await Neo4jApiHarness.StartAsync(Retries(attempts: 2));
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.TransientError()
            : api.Stub.DefaultResponse(request);

        (await PostAsync(api, "RETURN 1 AS one")).Problem(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(3, api.Stub.Requests.Count(r => r.Route == QueryApiRoute.BeginTransaction));
        Assert.Equal(3, api.Stub.Requests.Count(r => r.Route == QueryApiRoute.RunInTransaction));
    }

    [Fact]
    public async Task ClientError_IsNotRetried()
    {
        await using var api = await Neo4jApiHarness.StartAsync(Retries(attempts: 3));
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.SyntaxError()
            : api.Stub.DefaultResponse(request);

        (await PostAsync(api, "RETRN 1")).Problem(HttpStatusCode.BadRequest);

        Assert.Single(api.Stub.Requests, r => r.Route == QueryApiRoute.RunInTransaction);
    }

    // Twenty retries a second apart would take 20 s; the console's 2 s limit ends them first.
    [Fact]
    public async Task RetriesOfTransientErrors_StopAtTheTimeLimit_With504()
    {
        await using var api = await Neo4jApiHarness.StartAsync(Retries(attempts: 20, delay: "00:00:01", cypherTimeout: "00:00:02"));
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.TransientError()
            : api.Stub.DefaultResponse(request);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var problem = (await PostAsync(api, "RETURN 1 AS one")).Problem(HttpStatusCode.GatewayTimeout);

        Assert.True(clock.Elapsed < WellPastTheLimit, $"The answer took {clock.Elapsed}.");
        Assert.Contains("Api:CypherTimeout", problem.Str("detail"), StringComparison.Ordinal);
        Assert.InRange(api.Stub.Requests.Count(r => r.Route == QueryApiRoute.RunInTransaction), 1, 10);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task WithoutTheKey_Is401_AndNothingReachesNeo4j(string? key)
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        (await PostAsync(api, "RETURN 1 AS one", key: key)).Problem(HttpStatusCode.Unauthorized);

        Assert.Empty(api.Stub.Requests);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public async Task BodyThatIsNotARequestObject_WithTheRightKey_Is400_AndNothingReachesNeo4j(string body)
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        (await PostRawAsync(api, body)).Problem(HttpStatusCode.BadRequest);

        Assert.Empty(api.Stub.Requests);
    }

    [Fact]
    public async Task BodyThatIsNotJson_Is415()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = new StringContent("RETURN 1", System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", Neo4jApiHarness.ApiKey);

        (await ApiResponse.SendAsync(api.Client, request)).Problem(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV")]
    [InlineData("CALL dbms.listConfig() YIELD name, value RETURN name, value", "dbms.listConfig")]
    [InlineData("CALL db.createProperty('x')", "db.createProperty")]
    [InlineData("RETURN apoc.version() AS version", "apoc.version")]
    [InlineData("USE system SHOW USERS", "USE")]
    [InlineData("RETURN 1 AS one; RETURN 2 AS two", "more than one statement")]
    [InlineData("LOAD\u001cCSV FROM 'file:///etc/passwd' AS r RETURN r", "LOAD CSV")]
    [InlineData("SHOW SETTINGS YIELD name, value RETURN name, value", "SHOW SETTINGS")]
    [InlineData("SHOW USERS", "SHOW USERS")]
    [InlineData("SHOW\u001fTRANSACTIONS", "SHOW TRANSACTIONS")]
    public async Task StatementThatReachesBeyondTheGraph_Is400NamingTheClause_AndNothingReachesNeo4j(string statement, string clause)
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        var problem = (await PostAsync(api, statement)).Problem(HttpStatusCode.BadRequest);

        Assert.Contains(clause, problem.Str("detail"), StringComparison.Ordinal);
        Assert.Empty(api.Stub.Requests);
    }

    [Theory]
    [InlineData("CALL db.labels() YIELD label RETURN label")]
    [InlineData("RETURN 'LOAD CSV; CALL dbms.x()' AS text; // a comment")]
    [InlineData("SHOW INDEXES YIELD name, type RETURN name, type")]
    [InlineData("SHOW CONSTRAINTS")]
    [InlineData("SHOW FUNCTIONS")]
    [InlineData("SHOW PROCEDURES")]
    public async Task ReadingStatement_ThatOnlyMentionsRefusedClauses_ReachesNeo4j(string statement)
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        (await PostAsync(api, statement)).Ok();

        Assert.Equal(statement, Assert.Single(api.Stub.Requests, r => r.Route == QueryApiRoute.RunInTransaction).Statement);
    }

    [Theory]
    [InlineData("""{"big": 12345678901234567890}""", "big")]
    [InlineData("""{"small": -9223372036854775809}""", "small")]
    [InlineData("""{"huge": 1e400}""", "huge")]
    [InlineData("""{"tiny": 1e-400}""", "tiny")]
    [InlineData("""{"precise": 1.00000000000000000001}""", "precise")]
    [InlineData("""{"nested": {"list": [1, 2, 1e400]}}""", "nested.list[2]")]
    public async Task NumberParameter_ThatDoesNotRoundTrip_Is400NamingIt_AndNothingReachesNeo4j(string parameters, string name)
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        var problem = (await PostRawAsync(api, $$"""{"statement": "RETURN $x AS x", "parameters": {{parameters}}}""")).Problem(HttpStatusCode.BadRequest);

        Assert.Contains($"'{name}'", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Empty(api.Stub.Requests);
    }

    [Fact]
    public async Task NumberParameters_ThatRoundTrip_AreSentAsIntegersAndFloats()
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        (await PostRawAsync(api, """{"statement": "RETURN $max AS max", "parameters": {"max": 9223372036854775807, "min": -9223372036854775808, "tenth": 0.1, "thousand": 1.5e3, "whole": 2.0}}""")).Ok();

        var run = Assert.Single(api.Stub.Requests, r => r.Route == QueryApiRoute.RunInTransaction);
        Assert.Equal(("Integer", "9223372036854775807"), (Neo4jRows.TypeOf(run, "max"), run.Parameters["max"].GetProperty("_value").GetString()));
        Assert.Equal("Integer", Neo4jRows.TypeOf(run, "min"));
        Assert.Equal(("Float", "0.1"), (Neo4jRows.TypeOf(run, "tenth"), run.Parameters["tenth"].GetProperty("_value").GetString()));
        Assert.Equal("Float", Neo4jRows.TypeOf(run, "thousand"));
        Assert.Equal("Float", Neo4jRows.TypeOf(run, "whole"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyStatement_Is400(string statement)
    {
        await using var api = await Neo4jApiHarness.StartAsync();

        (await PostAsync(api, statement)).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GraphValues_ComeBackAsPlainJson()
    {
        await using var api = await Neo4jApiHarness.StartAsync();
        api.Stub.Responder = request => request.Route == QueryApiRoute.RunInTransaction
            ? StubResponse.Rows(["d"], [TypedJson.Node("4:x:1", ["Entity", "Drug"], [KeyValuePair.Create<string, object?>("name", "apatorsen")])])
            : api.Stub.DefaultResponse(request);

        var body = (await PostAsync(api, "MATCH (d:Drug) RETURN d LIMIT 1")).Ok();

        var node = body.GetProperty("rows")[0][0];
        Assert.Equal(["Entity", "Drug"], node.Strings("labels"));
        Assert.Equal("apatorsen", node.GetProperty("properties").Str("name"));
    }
}
