using Apatorsen.Neo4j;

namespace Apatorsen.IntegrationTests.Neo4jServer;

[Collection(Neo4jCollectionDefinition.Name)]
public sealed class AuthenticationTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task WrongPassword_IsRefusedWithNeo4jAuthenticationException_NamingTheUserButNotThePassword()
    {
        neo4j.EnsureAvailable();
        Assert.SkipWhen(neo4j.User.Length == 0, $"{neo4j.Description} has authentication disabled: no password can be wrong.");
        var wrongPassword = neo4j.Password + "-not-the-password";
        // One attempt only: Neo4j locks a user out for a while after repeated failures (dbms.security.auth_max_failed_attempts).
        var client = neo4j.CreateClient(neo4j.User, wrongPassword, maxRetryAttempts: 0);

        var refused = await Assert.ThrowsAsync<Neo4jAuthenticationException>(
            () => client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, TestContext.Current.CancellationToken));

        Assert.Contains("refused the credentials", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"'{neo4j.User}'", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(neo4j.Password, refused.Message, StringComparison.Ordinal);
        Assert.True(refused.Code is null || refused.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal), refused.Code);
    }

    [Fact]
    public async Task RightPassword_StillWorks_AfterAWrongOne()
    {
        neo4j.EnsureAvailable();

        var result = await neo4j.Client.RunAsync("RETURN 1 AS ok", null, AccessMode.Read, TestContext.Current.CancellationToken);

        Assert.Equal(1L, Assert.Single(result.Rows)["ok"]);
    }
}
