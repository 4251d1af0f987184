using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.IntegrationTests.Api;
using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

/// <summary>How a statement reaches the server.</summary>
public enum TransactionKind
{
    /// <summary>Inside an explicit transaction opened with <c>accessMode: Read</c>, then rolled back.</summary>
    Explicit,

    /// <summary>As an implicit transaction with <c>accessMode: Read</c>, as the API runs its queries.</summary>
    Implicit,

    /// <summary>Sent by a user to the API's POST /api/cypher, with the right API key.</summary>
    ApiCypherEndpoint,
}

/// <summary>
/// The API runs every query in read access mode; this proves that Neo4j itself then refuses every kind of write, so
/// that a query that writes by mistake (or by injection) cannot change the graph. Each test lays out its own probe
/// nodes, index and constraint, tries one writing statement in read mode, and compares a snapshot of the database
/// (node and relationship counts, index and constraint names, the probes' labels, properties and relationships)
/// before and after. The same corpus goes through the API's POST /api/cypher, which a user can reach, and which
/// refuses some statements itself before Neo4j sees them (LOAD CSV among these). Read mode does not stop statements
/// that read beyond the graph; POST /api/cypher refuses those itself (<see cref="BeyondTheGraph"/>).
/// </summary>
[Collection(Neo4jCollectionDefinition.Name)]
public sealed class ReadAccessModeTests(Neo4jFixture neo4j, Neo4jApiFixture api) : IAsyncLifetime, IClassFixture<Neo4jApiFixture>
{
    private const string ProbeLabel = "ApatorsenReadOnlyProbe";
    private const string ProbeIndex = "apatorsen_probe_name";
    private const string ProbeConstraint = "apatorsen_probe_id";

    // Every statement reads $prefix, the ids of this test's probes: a, b (a -[:PROBE_LINK]-> b) and c (alone).
    private static readonly Dictionary<string, string> Corpus = new(StringComparer.Ordinal)
    {
        ["CREATE node"] = $"CREATE (:{ProbeLabel} {{id: $prefix + 'created'}})",
        ["CREATE relationship"] = $"MATCH (a:{ProbeLabel} {{id: $prefix + 'a'}}) MATCH (c:{ProbeLabel} {{id: $prefix + 'c'}}) CREATE (a)-[:PROBE_LINK]->(c)",
        ["MERGE a new node"] = $"MERGE (n:{ProbeLabel} {{id: $prefix + 'merged'}}) RETURN n.id AS id",
        ["MERGE ON MATCH SET"] = $"MERGE (n:{ProbeLabel} {{id: $prefix + 'a'}}) ON MATCH SET n.touched = true",
        ["SET property"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'a'}}) SET n.name = 'changed'",
        ["SET += map"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'a'}}) SET n += {{touched: true}}",
        ["SET label"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'a'}}) SET n:ApatorsenTouchedProbe",
        ["REMOVE property"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'a'}}) REMOVE n.name",
        ["REMOVE label"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'a'}}) REMOVE n:{ProbeLabel}",
        ["DELETE relationship"] = $"MATCH (:{ProbeLabel} {{id: $prefix + 'a'}})-[r:PROBE_LINK]->() DELETE r",
        ["DELETE node"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'c'}}) DELETE n",
        ["DETACH DELETE"] = $"MATCH (n:{ProbeLabel} {{id: $prefix + 'a'}}) DETACH DELETE n",
        ["LOAD CSV"] = $"LOAD CSV FROM 'file:///apatorsen-read-only-probe.csv' AS row CREATE (:{ProbeLabel} {{id: $prefix + row[0]}})",
        ["CALL IN TRANSACTIONS"] = $"UNWIND range(1, 3) AS i CALL (i) {{ CREATE (:{ProbeLabel} {{id: $prefix + 'batch-' + toString(i)}}) }} IN TRANSACTIONS OF 1 ROW",
        ["CREATE INDEX"] = $"CREATE INDEX apatorsen_probe_created IF NOT EXISTS FOR (n:{ProbeLabel}) ON (n.touched)",
        ["CREATE CONSTRAINT"] = $"CREATE CONSTRAINT apatorsen_probe_created_unique IF NOT EXISTS FOR (n:{ProbeLabel}) REQUIRE n.name IS UNIQUE",
        ["DROP INDEX"] = $"DROP INDEX {ProbeIndex}",
        ["DROP CONSTRAINT"] = $"DROP CONSTRAINT {ProbeConstraint}",
    };

    // Statements a read transaction would run, which reach the server's files, the network, its configuration, other
    // databases or other users' work; each with the clause the API's refusal names.
    private static readonly Dictionary<string, string> BeyondTheGraph = new(StringComparer.Ordinal)
    {
        ["LOAD CSV FROM 'file:///apatorsen-read-only-probe.csv' AS row RETURN row"] = "LOAD CSV",
        ["LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"] = "LOAD CSV",
        ["CALL dbms.components() YIELD name RETURN name"] = "dbms.components",
        ["CALL dbms.listConfig() YIELD name RETURN name"] = "dbms.listConfig",
        ["CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data"] = "db.stats.retrieve",
        ["RETURN apoc.version() AS version"] = "apoc.version",
        ["USE system SHOW USERS"] = "USE",
        ["SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId"] = "SHOW TRANSACTIONS",
        ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'"] = "TERMINATE TRANSACTIONS",
        ["RETURN 1 AS one; RETURN 2 AS two"] = "more than one statement",
        ["SHOW SETTINGS YIELD name, value RETURN name, value"] = "SHOW SETTINGS",
        ["SHOW USERS"] = "SHOW USERS",
        ["SHOW DATABASES"] = "SHOW DATABASES",
        ["LOAD\u001cCSV FROM 'file:///apatorsen-read-only-probe.csv' AS row RETURN row"] = "LOAD CSV",
        ["CALL\u001cdbms\u001c.listConfig() YIELD name RETURN name"] = "dbms.listConfig",
        ["USE\u001fsystem SHOW USERS"] = "USE",
        ["USE (system) SHOW USERS"] = "USE",
    };

    // The API's own refusal carries no Neo4j code.
    private const string RefusedByTheApi = "(refused by the API)";

    private readonly string _prefix = $"apatorsen-read-only-probe:{Guid.NewGuid():N}:";

    public static TheoryData<TransactionKind, string> Cases
    {
        get
        {
            var cases = new TheoryData<TransactionKind, string>();
            foreach (var kind in Enum.GetValues<TransactionKind>())
            {
                foreach (var name in Corpus.Keys)
                {
                    cases.Add(kind, name);
                }
            }

            return cases;
        }
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Dictionary<string, object?> Parameters => new(StringComparer.Ordinal) { ["prefix"] = _prefix };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WritingStatement_InReadAccessMode_IsRefused_AndChangesNothing(TransactionKind transaction, string statement)
    {
        neo4j.EnsureAvailable();
        var before = await SnapshotAsync();

        var (code, message) = await RunRefusedAsync(transaction, Corpus[statement]);

        var after = await SnapshotAsync();
        Assert.True(
            code?.StartsWith("Neo.ClientError.", StringComparison.Ordinal) == true || (transaction == TransactionKind.ApiCypherEndpoint && code == RefusedByTheApi),
            $"{statement} in a read {transaction} transaction was refused with {code}: {message}; "
            + "expected a Neo.ClientError answer from the server (Neo.ClientError.Statement.AccessMode), or the API's own refusal.");
        Assert.Equal(before, after);
    }

    public static TheoryData<string> BeyondTheGraphStatements => [.. BeyondTheGraph.Keys];

    [Theory]
    [MemberData(nameof(BeyondTheGraphStatements))]
    public async Task StatementThatReadsBeyondTheGraph_IsRefusedByTheApi_NamingTheClause(string statement)
    {
        neo4j.EnsureAvailable();

        var (code, message) = await PostToApiAsync(statement);

        Assert.Equal(RefusedByTheApi, code);
        Assert.Contains(BeyondTheGraph[statement], message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowedProcedure_RunsThroughTheApi()
    {
        neo4j.EnsureAvailable();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher")
        {
            Content = JsonContent.Create(new { statement = "CALL db.labels() YIELD label WHERE label = $label RETURN label", parameters = new { label = ProbeLabel } }),
        };
        request.Headers.Add("X-Api-Key", Neo4jApiFixture.CypherApiKey);

        var body = (await ApiResponse.SendAsync(api.Client, request)).Ok();

        Assert.Equal(ProbeLabel, body.GetProperty("rows")[0][0].GetString());
    }

    [Theory]
    [InlineData("SHOW INDEXES YIELD name RETURN name")]
    [InlineData("SHOW CONSTRAINTS YIELD name RETURN name")]
    [InlineData("SHOW FUNCTIONS YIELD name RETURN name")]
    [InlineData("SHOW PROCEDURES YIELD name RETURN name")]
    public async Task AllowedShowCommand_RunsThroughTheApi(string statement)
    {
        neo4j.EnsureAvailable();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = JsonContent.Create(new { statement }) };
        request.Headers.Add("X-Api-Key", Neo4jApiFixture.CypherApiKey);

        var body = (await ApiResponse.SendAsync(api.Client, request)).Ok();

        Assert.Equal(["name"], body.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task ReadingStatement_InReadAccessMode_Runs()
    {
        neo4j.EnsureAvailable();

        var result = await neo4j.Client.RunAsync(
            $"MATCH (n:{ProbeLabel}) WHERE n.id STARTS WITH $prefix RETURN count(n) AS probes", Parameters, AccessMode.Read, Token);

        Assert.Equal(3L, Assert.Single(result.Rows)["probes"]);
    }

    public async ValueTask InitializeAsync()
    {
        if (!neo4j.IsAvailable)
        {
            return;
        }

        await CleanUpAsync();
        // Data and schema changes cannot share a transaction: one implicit transaction each.
        await WriteAsync(
            $"CREATE (a:{ProbeLabel} {{id: $prefix + 'a', name: 'probe a'}})-[:PROBE_LINK {{note: 'probe'}}]->(b:{ProbeLabel} {{id: $prefix + 'b', name: 'probe b'}}), "
            + $"(:{ProbeLabel} {{id: $prefix + 'c', name: 'probe c'}})");
        await WriteAsync($"CREATE INDEX {ProbeIndex} IF NOT EXISTS FOR (n:{ProbeLabel}) ON (n.name)");
        await WriteAsync($"CREATE CONSTRAINT {ProbeConstraint} IF NOT EXISTS FOR (n:{ProbeLabel}) REQUIRE n.id IS UNIQUE");
    }

    public async ValueTask DisposeAsync()
    {
        if (neo4j.IsAvailable)
        {
            await CleanUpAsync();
        }
    }

    private async Task<(string? Code, string Message)> RunRefusedAsync(TransactionKind kind, string statement)
    {
        switch (kind)
        {
            case TransactionKind.Implicit:
                var implicitRefusal = await Assert.ThrowsAnyAsync<Neo4jException>(() => neo4j.Client.RunAsync(statement, Parameters, AccessMode.Read, Token));
                return (implicitRefusal.Code, implicitRefusal.Message);
            case TransactionKind.ApiCypherEndpoint:
                return await PostToApiAsync(statement);
            default:
                // Disposal rolls the transaction back if the statement was, against expectation, accepted.
                await using (var transaction = await neo4j.Client.BeginTransactionAsync(AccessMode.Read, Token))
                {
                    var refusal = await Assert.ThrowsAnyAsync<Neo4jException>(() => transaction.RunAsync(statement, Parameters, Token));
                    return (refusal.Code, refusal.Message);
                }
        }
    }

    private async Task<(string? Code, string Message)> PostToApiAsync(string statement)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher")
        {
            Content = JsonContent.Create(new { statement, parameters = new { prefix = _prefix } }),
        };
        request.Headers.Add("X-Api-Key", Neo4jApiFixture.CypherApiKey);
        var response = await ApiResponse.SendAsync(api.Client, request);
        var problem = response.Problem(HttpStatusCode.BadRequest);
        return (problem.TryGetProperty("code", out var code) ? code.GetString() : RefusedByTheApi, problem.GetProperty("detail").GetString() ?? "");
    }

    private async Task<string> SnapshotAsync()
    {
        var snapshot = new StringBuilder();
        foreach (var query in new[]
        {
            "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes AS nodes, count(r) AS relationships",
            "SHOW INDEXES YIELD name RETURN name AS indexName ORDER BY indexName",
            "SHOW CONSTRAINTS YIELD name RETURN name AS constraintName ORDER BY constraintName",
            "MATCH (n) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r]->(m) "
            + "WITH n, collect(type(r) + ' ' + coalesce(r.note, '') + ' -> ' + m.id) AS outgoing "
            + "RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, outgoing AS outgoing ORDER BY id",
        })
        {
            var result = await neo4j.Client.RunAsync(query, Parameters, AccessMode.Read, Token);
            foreach (var row in result.Rows)
            {
                snapshot.AppendJoin(" | ", row.Select(Format)).Append('\n');
            }
        }

        return snapshot.ToString();
    }

    private async Task CleanUpAsync()
    {
        await WriteAsync("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n");
        foreach (var index in new[] { ProbeIndex, "apatorsen_probe_created" })
        {
            await WriteAsync($"DROP INDEX {index} IF EXISTS");
        }

        foreach (var constraint in new[] { ProbeConstraint, "apatorsen_probe_created_unique" })
        {
            await WriteAsync($"DROP CONSTRAINT {constraint} IF EXISTS");
        }
    }

    private async Task WriteAsync(string statement) => await neo4j.Client.RunAsync(statement, Parameters, AccessMode.Write, Token);

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}: {Format(e.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Format).Order(StringComparer.Ordinal)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
