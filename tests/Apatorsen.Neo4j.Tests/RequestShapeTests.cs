using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Neo4j.Tests;

/// <summary>The exact HTTP request the client sends for an implicit transaction (docs-query-api query.adoc, routing.adoc, query-counters.adoc).</summary>
public sealed class RequestShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_Read_PostsStatementWithReadAccessModeToTheDatabasesQueryEndpoint()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.RunAsync("MATCH (d:Drug) RETURN d.name AS name", null, AccessMode.Read, Ct);

        var request = Assert.Single(harness.Stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal(QueryApiRoute.Query, request.Route);
        Assert.Equal("MATCH (d:Drug) RETURN d.name AS name", request.Statement);
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal(false, request.IncludeCounters);
        Assert.Empty(request.Parameters);
    }

    [Fact]
    public async Task RunAsync_Write_SendsWriteAccessMode()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.RunAsync("CREATE (:Drug)", null, AccessMode.Write, Ct);

        Assert.Equal("Write", Assert.Single(harness.Stub.Requests).AccessMode);
    }

    [Fact]
    public async Task RunAsync_SendsTypedJsonAsAcceptAndContentType()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.RunAsync("RETURN 1 AS one", null, AccessMode.Read, Ct);

        var request = Assert.Single(harness.Stub.Requests);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
    }

    [Fact]
    public async Task RunAsync_WhenConfiguredForVersion11_SendsTheVersionedMediaType()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.TypedJsonMediaType = Neo4jMediaTypes.TypedJsonVersion11);

        await harness.Client.RunAsync("RETURN 1 AS one", null, AccessMode.Read, Ct);

        var request = Assert.Single(harness.Stub.Requests);
        Assert.Equal("application/vnd.neo4j.query.v1.1", request.Accept);
        Assert.Equal("application/vnd.neo4j.query.v1.1", request.ContentType);
    }

    [Fact]
    public async Task RunAsync_WithAnotherDatabase_PostsToThatDatabasesPath()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.Database = "apatorsen");

        await harness.Client.RunAsync("RETURN 1 AS one", null, AccessMode.Read, Ct);

        Assert.Equal("/db/apatorsen/query/v2", Assert.Single(harness.Stub.Requests).Path);
    }

    [Fact]
    public async Task RunAsync_WithCountersRequested_SendsIncludeCountersAndReturnsTheCounters()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.Json("""
            {
              "data": { "fields": [ "n.name" ], "values": [ [ { "$type": "String", "_value": "Peter" } ] ] },
              "counters": {
                "containsUpdates": true, "nodesCreated": 1, "nodesDeleted": 0, "propertiesSet": 1, "relationshipsCreated": 0,
                "relationshipsDeleted": 0, "labelsAdded": 1, "labelsRemoved": 0, "indexesAdded": 0, "indexesRemoved": 0,
                "constraintsAdded": 0, "constraintsRemoved": 0, "containsSystemUpdates": false, "systemUpdates": 0
              },
              "bookmarks": [ "FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA=" ]
            }
            """));

        var result = await harness.Client.RunAsync(
            "CREATE (n:Person {name: $name}) RETURN n.name", new Dictionary<string, object?> { ["name"] = "Peter" }, AccessMode.Write,
            new RunOptions { IncludeCounters = true }, Ct);

        Assert.Equal(true, Assert.Single(harness.Stub.Requests).IncludeCounters);
        Assert.Equal(
            new QueryCounters { ContainsUpdates = true, NodesCreated = 1, PropertiesSet = 1, LabelsAdded = 1 },
            result.Counters);
        Assert.Equal(["FB:kcwQaCYpl4jjRRiD7NlEZ0YJ9MkB8pA="], result.Bookmarks);
    }

    [Fact]
    public async Task RunAsync_WithoutCountersRequested_ReturnsNoCounters()
    {
        await using var harness = await ClientHarness.StartAsync();

        var result = await harness.Client.RunAsync("RETURN 1 AS one", null, AccessMode.Read, Ct);

        Assert.Null(result.Counters);
    }

    [Fact]
    public async Task RunAsync_WithBookmarks_SendsThemAsGiven()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.RunAsync(
            "MATCH (n) RETURN count(n) AS n", null, AccessMode.Read,
            new RunOptions { Bookmarks = ["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"] }, Ct);

        Assert.Equal(["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ", "FB:kcwQy9mp3ioyRom386bZDRRcuCiQ"], Assert.Single(harness.Stub.Requests).Bookmarks);
    }

    [Fact]
    public async Task RunAsync_WhenServerAnswersTheDocumentedTypedExample_ReturnsFieldsAndMappedRows()
    {
        await using var harness = await ClientHarness.StartAsync();
        // typed-json.adoc, "Both parameters and result data in extended JSON format".
        harness.Stub.Enqueue(StubResponse.Json("""
            {
              "data": {
                "fields": [ "person", "name" ],
                "values": [ [
                  { "$type": "Node", "_value": { "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": [ "Person" ],
                    "_properties": { "name": { "$type": "String", "_value": "Phil" } } } },
                  { "$type": "String", "_value": "Phil" }
                ] ]
              },
              "bookmarks": [ "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q" ]
            }
            """));

        var result = await harness.Client.RunAsync(
            "MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name", new Dictionary<string, object?> { ["name"] = "Phil" }, AccessMode.Write, Ct);

        Assert.Equal(["person", "name"], result.Fields);
        var row = Assert.Single(result.Rows);
        var person = Assert.IsType<Neo4jNode>(row["person"]);
        Assert.Equal(["Person"], person.Labels);
        Assert.Equal("Phil", row.Get<string>("name"));
        Assert.Equal("Phil", row[1]);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
        Assert.Equal("""{"$type":"String","_value":"Phil"}""", Assert.Single(harness.Stub.Requests).Parameters["name"].GetRawText());
    }

    [Fact]
    public async Task RunAsync_RowValues_ConvertBetweenNumericTypesOnRequest()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.Rows(["phase", "n"], [2L, 3_000_000_000L]));

        var row = Assert.Single((await harness.Client.RunAsync("RETURN 2 AS phase", null, AccessMode.Read, Ct)).Rows);

        Assert.Equal(2, row.Get<int>("phase"));
        Assert.Equal(2L, row.Get<long>("phase"));
        Assert.Throws<OverflowException>(() => row.Get<int>("n"));
        Assert.Throws<InvalidCastException>(() => row.Get<string>("phase"));
        Assert.Throws<KeyNotFoundException>(() => row["missing"]);
    }
}
