using System.Net;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Neo4j.Testing;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// What the shipped settings log: nothing per request at the framework's usual levels, and an expected failure of
/// Neo4j as one line with its code, without a stack trace.
/// </summary>
public sealed class LoggingDefaultsTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task ShippedSettings_LogNothingForASuccessfulRequest(string environment)
    {
        await using var api = new ApiHost { Environment = environment };
        var client = api.CreateClient();
        var before = api.Logs.Entries.Count;

        for (var i = 0; i < 3; i++)
        {
            (await ApiResponse.GetAsync(client, "/api/search?q=hsp")).Ok();
        }

        Assert.DoesNotContain(api.Logs.Entries.Skip(before), e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShippedSettings_LogNothingForEachNeo4jRequest()
    {
        await using var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        await using var api = new ApiHost { Environment = "Production", Settings = new Dictionary<string, string?> { ["Neo4j:Uri"] = stub.Uri.ToString() } };
        var client = api.CreateClient();
        var before = api.Logs.Entries.Count;

        // The stub answers every statement with no rows: a search that finds nothing.
        Assert.Empty((await ApiResponse.GetAsync(client, "/api/search?q=hsp27")).Ok().Items());

        Assert.NotEmpty(stub.Requests);
        // The host's start-up lines may still arrive while the request runs; they are not the request's.
        Assert.DoesNotContain(api.Logs.Entries.Skip(before), e => e.Level < LogLevel.Warning && e.Category != "Microsoft.Hosting.Lifetime");
    }

    [Fact]
    public async Task ShippedSettings_StillLogTheApisOwnStartUpLine()
    {
        await using var api = new ApiHost { Environment = "Production" };
        api.CreateClient();

        Assert.Contains(api.Logs.Entries, e => e.Level == LogLevel.Information && e.Category.StartsWith("Apatorsen.", StringComparison.Ordinal));
    }

    public static TheoryData<string, HttpStatusCode, string> ExpectedFailures => new()
    {
        { "unreachable", HttpStatusCode.ServiceUnavailable, "could not be reached" },
        { "credentials", HttpStatusCode.ServiceUnavailable, "Neo.ClientError.Security.Unauthorized" },
        { "timeout", HttpStatusCode.GatewayTimeout, "Neo4j:RequestTimeout" },
        { "database", HttpStatusCode.BadGateway, "Neo.DatabaseError.General.UnknownError" },
    };

    [Theory]
    [MemberData(nameof(ExpectedFailures))]
    public async Task ExpectedNeo4jFailure_IsLoggedAsOneLine_WithTheCode_AndNoStackTrace(string failure, HttpStatusCode status, string named)
    {
        await using var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        stub.Responder = failure switch
        {
            "credentials" => _ => StubResponse.Unauthorized(),
            "timeout" => _ => StubResponse.Empty() with { Delay = TimeSpan.FromSeconds(30) },
            "database" => _ => StubResponse.Error("Neo.DatabaseError.General.UnknownError", "secret row value in the message"),
            _ => null,
        };
        await using var api = new ApiHost
        {
            Environment = "Production",
            Settings = new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = (failure == "unreachable" ? QueryApiStub.UnreachableUri() : stub.Uri).ToString(),
                ["Neo4j:MaxRetryAttempts"] = "0",
                ["Neo4j:RequestTimeout"] = "00:00:00.500",
            },
        };
        var client = api.CreateClient();
        var before = api.Logs.Entries.Count;

        (await ApiResponse.GetAsync(client, "/api/entities/UniProtKB:P04792")).Problem(status);

        var logged = api.Logs.Entries.Skip(before).Where(e => e.Level >= LogLevel.Warning).ToArray();
        var line = Assert.Single(logged);
        Assert.Null(line.Exception);
        Assert.DoesNotContain('\n', line.Text);
        Assert.Contains(named, line.Text, StringComparison.Ordinal);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret row value", line.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unreachable", "Connection refused")]
    [InlineData("credentials", "Neo.ClientError.Security.Unauthorized")]
    public async Task ReadinessProbe_WhileNeo4jFails_LogsOneLineNamingTheCause(string failure, string named)
    {
        await using var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        stub.Responder = _ => StubResponse.Unauthorized();
        await using var api = new ApiHost
        {
            Environment = "Production",
            Settings = new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = (failure == "unreachable" ? QueryApiStub.UnreachableUri() : stub.Uri).ToString(),
                ["Neo4j:MaxRetryAttempts"] = "0",
            },
        };
        var client = api.CreateClient();
        var before = api.Logs.Entries.Count;

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var line = Assert.Single(api.Logs.Entries.Skip(before), e => e.Level >= LogLevel.Warning);
        Assert.Null(line.Exception);
        Assert.DoesNotContain('\n', line.Text);
        Assert.Contains(named, line.Text, StringComparison.Ordinal);
    }
}
