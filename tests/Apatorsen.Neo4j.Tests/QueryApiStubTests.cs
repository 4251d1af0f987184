using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Neo4j.Tests;

/// <summary>The stub other test projects rely on: routes, recording, scripted answers, and the default transaction lifecycle.</summary>
public sealed class QueryApiStubTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stub_RecordsPathHeadersAndBodyFieldsOfEachRequest()
    {
        await using var stub = await QueryApiStub.StartAsync(Ct);
        using var http = new HttpClient { BaseAddress = stub.Uri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "db/movies/query/v2")
        {
            Content = new StringContent(
                """{"statement":"RETURN $n AS n","parameters":{"n":{"$type":"Integer","_value":"7"}},"accessMode":"Read","includeCounters":true}""",
                Encoding.UTF8),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "bmVvNGo6dmVyeXNlY3JldA==");

        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var recorded = Assert.Single(stub.Requests);
        Assert.Equal((QueryApiRoute.Query, "movies"), (recorded.Route, recorded.Database));
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", recorded.Authorization);
        Assert.Equal("RETURN $n AS n", recorded.Statement);
        Assert.Equal("Read", recorded.AccessMode);
        Assert.Equal(true, recorded.IncludeCounters);
        Assert.Equal(7L, recorded.Parameter("n"));
        Assert.Contains("\"counters\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Stub_RecordsTheMostRequestsItHandledAtOnce(int concurrent)
    {
        await using var stub = await QueryApiStub.StartAsync(Ct);
        stub.Responder = _ => StubResponse.Empty() with { Delay = TimeSpan.FromMilliseconds(200) };
        using var http = new HttpClient { BaseAddress = stub.Uri };

        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, concurrent).Select(async _ =>
            {
                using var response = await http.PostAsync("db/neo4j/query/v2", new StringContent("{}"), Ct);
            }));
        }

        Assert.Equal(2 * concurrent, stub.Requests.Count);
        Assert.Equal(concurrent, stub.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Stub_AnswersEnqueuedResponsesInOrderThenFallsBackToTheResponder()
    {
        await using var stub = await QueryApiStub.StartAsync(Ct);
        stub.Enqueue(StubResponse.TransientError(), StubResponse.SyntaxError());
        stub.Responder = _ => StubResponse.Unauthorized();
        using var http = new HttpClient { BaseAddress = stub.Uri };

        var statuses = new List<(int Status, string Body)>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("db/neo4j/query/v2", new StringContent("{}"), Ct);
            statuses.Add(((int)response.StatusCode, await response.Content.ReadAsStringAsync(Ct)));
        }

        Assert.Contains("Neo.TransientError", statuses[0].Body, StringComparison.Ordinal);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", statuses[1].Body, StringComparison.Ordinal);
        Assert.Equal(401, statuses[2].Status);
    }

    [Fact]
    public async Task Stub_RejectsUnknownTransactionsAndMissingAffinityLikeTheServer()
    {
        await using var stub = await QueryApiStub.StartAsync(Ct);
        using var http = new HttpClient { BaseAddress = stub.Uri };

        using var open = await http.PostAsync("db/neo4j/query/v2/tx", new StringContent("{}"), Ct);
        using var withoutAffinity = await http.PostAsync("db/neo4j/query/v2/tx/tx1", new StringContent("""{"statement":"RETURN 1"}"""), Ct);
        using var unknown = await http.PostAsync("db/neo4j/query/v2/tx/nope/commit", null, Ct);

        Assert.Equal([QueryApiStub.DefaultClusterAffinity], open.Headers.GetValues("neo4j-cluster-affinity"));
        Assert.Contains("Transaction with Id: \\\"tx1\\\" was not found", await withoutAffinity.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("was not found", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(QueryApiRoute.CommitTransaction, stub.Requests[^1].Route);
        Assert.Equal("nope", stub.Requests[^1].TransactionId);
    }

    [Fact]
    public async Task Stub_NeverAnswers_KeepsTheRequestOpenUntilTheClientGivesUp()
    {
        await using var stub = await QueryApiStub.StartAsync(Ct);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stub.Responder = _ =>
        {
            arrived.TrySetResult();
            return StubResponse.NeverAnswers();
        };
        using var http = new HttpClient { BaseAddress = stub.Uri };
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var sending = http.PostAsync("db/neo4j/query/v2", new StringContent("{}"), giveUp.Token);
        await arrived.Task.WaitAsync(Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(200), Ct);
        var answeredBeforeGivingUp = sending.IsCompleted;
        await giveUp.CancelAsync();

        Assert.False(answeredBeforeGivingUp);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Stub_AnswersOtherPathsWith404()
    {
        await using var stub = await QueryApiStub.StartAsync(Ct);
        using var http = new HttpClient { BaseAddress = stub.Uri };

        using var response = await http.GetAsync("db/neo4j/tx/commit", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(QueryApiRoute.Unknown, Assert.Single(stub.Requests).Route);
    }

    [Fact]
    public void TypedJson_BuildsAndDecodesTheDocumentedShapes()
    {
        var node = TypedJson.Node("4:x:1", ["Drug"], new Dictionary<string, object?> { ["phase"] = 2, ["name"] = "apatorsen" });

        Assert.Equal(
            """{"$type":"Node","_value":{"_element_id":"4:x:1","_labels":["Drug"],"_properties":{"phase":{"$type":"Integer","_value":"2"},"name":{"$type":"String","_value":"apatorsen"}}}}""",
            node.ToJsonString());
        using var date = System.Text.Json.JsonDocument.Parse(TypedJson.From(new DateOnly(2015, 3, 26)).ToJsonString());
        Assert.Equal(new TypedValue("Date", "2015-03-26"), TypedJson.Decode(date.RootElement));
    }
}
