using Apatorsen.Neo4j.Testing;

namespace Apatorsen.Neo4j.Tests;

/// <summary>
/// Server errors (202 with an <c>errors</c> body, docs-query-api query.adoc), 401, unreachable servers, timeouts,
/// cancellation, and which of them are retried.
/// </summary>
public sealed class ErrorHandlingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_WhenServerAnswers202WithClientError_ThrowsClientExceptionWithCodeAndMessage()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.Json("""
            { "errors": [ { "code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRN'" } ] }
            """));

        var ex = await Assert.ThrowsAsync<Neo4jClientException>(() => harness.Client.RunAsync("RETRN 1", null, AccessMode.Read, Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal("Invalid input 'RETRN'", ex.ServerMessage);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'RETRN'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenServerReturnsClientError_DoesNotRetry()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Responder = _ => StubResponse.SyntaxError();

        await Assert.ThrowsAsync<Neo4jClientException>(() => harness.Client.RunAsync("RETRN 1", null, AccessMode.Read, Ct));

        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenErrorComesWithAnotherStatusAsNewerServersSend_StillThrowsByCode()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.Error("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist.", statusCode: 404));

        var ex = await Assert.ThrowsAsync<Neo4jClientException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", ex.Code);
    }

    [Fact]
    public async Task RunAsync_WhenServerReturnsDatabaseError_ThrowsDatabaseExceptionWithoutRetrying()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Responder = _ => StubResponse.Error("Neo.DatabaseError.General.UnknownError", "Something broke.");

        var ex = await Assert.ThrowsAsync<Neo4jDatabaseException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Equal("Neo.DatabaseError.General.UnknownError", ex.Code);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenServerReturnsTransientError_RetriesThenSucceeds()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.TransientError(), StubResponse.TransientError(), StubResponse.Rows(["one"], [1L]));

        var result = await harness.Client.RunAsync("RETURN 1 AS one", new Dictionary<string, object?> { ["x"] = 1 }, AccessMode.Read, Ct);

        Assert.Equal(1L, Assert.Single(result.Rows)["one"]);
        var requests = harness.Stub.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
    }

    [Fact]
    public async Task RunAsync_WhenTransientErrorPersists_GivesUpAfterMaxRetryAttempts()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.MaxRetryAttempts = 2);
        harness.Stub.Responder = _ => StubResponse.TransientError();

        var ex = await Assert.ThrowsAsync<Neo4jTransientException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", ex.Code);
        Assert.Equal(3, harness.Stub.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_WhenRetriesAreOff_SendsOnce()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.MaxRetryAttempts = 0);
        harness.Stub.Responder = _ => StubResponse.TransientError();

        await Assert.ThrowsAsync<Neo4jTransientException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenTransactionWasTerminatedOnPurpose_DoesNotRetry()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Responder = _ => StubResponse.Error("Neo.TransientError.Transaction.Terminated", "The transaction has been terminated.");

        await Assert.ThrowsAsync<Neo4jTransientException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenServerAnswers401_ThrowsAuthenticationExceptionWithoutThePasswordAndDoesNotRetry()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.Password = "s3cret-Pa55word");
        harness.Stub.Responder = _ => StubResponse.Unauthorized();

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
        Assert.Contains("Invalid username or password.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'neo4j'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Pa55word", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Assert.Single(harness.Stub.Requests).Authorization!["Basic ".Length..], ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenBearerTokenIsRefused_ThrowsAuthenticationExceptionWithoutTheToken()
    {
        await using var harness = await ClientHarness.StartAsync(o => (o.User, o.Password, o.BearerToken) = (null, null, "eyJhbGciOiJSUzI1NiJ9.secret-claims.sig"));
        harness.Stub.Responder = _ => StubResponse.Unauthorized("Invalid token.");

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Contains("bearer token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-claims", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenServerIsUnreachable_ThrowsUnavailableExceptionNamingTheUriAfterBoundedRetries()
    {
        var unreachable = QueryApiStub.UnreachableUri();
        await using var harness = await ClientHarness.StartAsync(o => (o.Uri, o.MaxRetryAttempts) = (unreachable, 2));

        var ex = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Equal(3, ex.Attempts);
        Assert.Equal(unreachable, ex.Server);
        Assert.Contains(unreachable.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientHarness.Password, ex.ToString(), StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task RunAsync_WhenConnectionDropsOnce_RetriesThenSucceeds()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.ConnectionDropped(), StubResponse.Rows(["one"], [1L]));

        var result = await harness.Client.RunAsync("RETURN 1 AS one", null, AccessMode.Read, Ct);

        Assert.Single(result.Rows);
        Assert.Equal(2, harness.Stub.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_WhenGatewayAnswers503_RetriesAndThenReportsUnavailable()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.MaxRetryAttempts = 1);
        harness.Stub.Responder = _ => new StubResponse { StatusCode = 503 };

        var ex = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Contains("503", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Stub.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_WhenServerIsTooSlow_ThrowsTimeoutExceptionWithoutRetrying()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.RequestTimeout = TimeSpan.FromSeconds(1));
        harness.Stub.Responder = _ => StubResponse.Empty() with { Delay = TimeSpan.FromSeconds(10) };

        var ex = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Equal(TimeSpan.FromSeconds(1), ex.Timeout);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenCallerCancels_ThrowsOperationCanceledUnwrappedAndDoesNotRetry()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Responder = _ => StubResponse.Empty() with { Delay = TimeSpan.FromSeconds(10) };
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancellation.CancelAfter(TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, cancellation.Token));

        Assert.Equal(cancellation.Token, ex.CancellationToken);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenCancelledBeforeStarting_SendsNothing()
    {
        await using var harness = await ClientHarness.StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, new CancellationToken(canceled: true)));

        Assert.Empty(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_WhenAddressIsNotAQueryApi_ThrowsProtocolExceptionNamingTheStatus()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Responder = _ => new StubResponse { StatusCode = 404, Body = "<html>Not Found</html>", ContentType = "text/html" };

        var ex = await Assert.ThrowsAsync<Neo4jProtocolException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        Assert.Contains("404", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenServerAnswersPlainJson_ThrowsProtocolException()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.Json("""{ "data": { "fields": ["n"], "values": [ [ 42 ] ] } }"""));

        await Assert.ThrowsAsync<Neo4jProtocolException>(() => harness.Client.RunAsync("RETURN 42 AS n", null, AccessMode.Read, Ct));
    }
}
