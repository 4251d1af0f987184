using Apatorsen.Neo4j.Testing;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Neo4j.Tests;

/// <summary>What the client logs: timings and statement size at Debug, never secrets or parameter values.</summary>
public sealed class LoggingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_LogsTheOperationAndStatementLengthAtDebug()
    {
        await using var harness = await ClientHarness.StartAsync();
        const string statement = "MATCH (d:Drug {id: $id}) RETURN d.name AS name";

        await harness.Client.RunAsync(statement, new Dictionary<string, object?> { ["id"] = "CHEMBL:0001" }, AccessMode.Read, Ct);

        var entry = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Debug && e.Text.Contains("read query", StringComparison.Ordinal));
        Assert.Contains($"{statement.Length} chars", entry.Text, StringComparison.Ordinal);
        Assert.Contains(" ms", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_NeverLogsPasswordsAuthorizationHeadersOrParameterValues()
    {
        const string password = "Pa55-never-logged";
        const string parameterValue = "patient-identifier-never-logged";
        await using var harness = await ClientHarness.StartAsync(o => o.Password = password);
        harness.Stub.Enqueue(StubResponse.TransientError(), StubResponse.Empty());

        await harness.Client.RunAsync("RETURN $p AS p", new Dictionary<string, object?> { ["p"] = parameterValue }, AccessMode.Read, Ct);
        await using (var transaction = await harness.Client.BeginTransactionAsync(AccessMode.Write, Ct))
        {
            await transaction.RunAsync("RETURN $p AS p", new Dictionary<string, object?> { ["p"] = parameterValue }, Ct);
        }

        harness.Stub.Responder = _ => StubResponse.Unauthorized();
        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct));

        var logged = harness.Logs.AllText;
        Assert.NotEmpty(logged);
        Assert.DoesNotContain(password, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Stub.Requests[0].Authorization!["Basic ".Length..], logged, StringComparison.Ordinal);
        // IHttpClientFactory's own trace logging lists header names with redacted values ("Authorization: *").
        Assert.DoesNotContain("Authorization: Basic", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(parameterValue, logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenRetrying_LogsAWarningWithTheErrorCode()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Stub.Enqueue(StubResponse.TransientError("Database 'neo4j' is unavailable: secret detail"), StubResponse.Empty());

        await harness.Client.RunAsync("RETURN 1", null, AccessMode.Read, Ct);

        var warning = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("Neo.TransientError.General.DatabaseUnavailable", warning.Text, StringComparison.Ordinal);
        Assert.Contains("retry 1 of 4", warning.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", warning.Text, StringComparison.Ordinal);
    }
}
