namespace Apatorsen.Neo4j.Tests;

/// <summary>The Authorization header (docs-query-api authentication-authorization.adoc).</summary>
public sealed class AuthorizationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_WithUserAndPassword_SendsTheDocumentedBasicHeader()
    {
        await using var harness = await ClientHarness.StartAsync(o => (o.User, o.Password) = ("neo4j", "verysecret"));

        await harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct);

        // The documentation's own example: neo4j:verysecret.
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", Assert.Single(harness.Stub.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_WithNonAsciiPassword_EncodesBasicCredentialsAsUtf8()
    {
        await using var harness = await ClientHarness.StartAsync(o => (o.User, o.Password) = ("neo4j", "pässwörd"));

        await harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct);

        Assert.Equal("Basic bmVvNGo6cMOkc3N3w7ZyZA==", Assert.Single(harness.Stub.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_WithBearerToken_SendsTheTokenAsIssued()
    {
        await using var harness = await ClientHarness.StartAsync(o => (o.User, o.Password, o.BearerToken) = (null, null, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhcGkifQ.c2ln"));

        await harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct);

        Assert.Equal("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhcGkifQ.c2ln", Assert.Single(harness.Stub.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_WithoutCredentials_SendsNoAuthorizationHeader()
    {
        await using var harness = await ClientHarness.StartAsync(o => (o.User, o.Password) = (null, null));

        await harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct);

        Assert.Null(Assert.Single(harness.Stub.Requests).Authorization);
    }
}
