using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Apatorsen.Neo4j.Tests;

/// <summary>Binding and validating <see cref="Neo4jOptions"/>, and what AddNeo4jClient registers.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Options_WhenUriIsMissing_FailValidationAtStartWithAClearMessage()
    {
        using var services = Services(new Dictionary<string, string?> { ["Neo4j:User"] = "neo4j", ["Neo4j:Password"] = "verysecret" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Neo4j:Uri is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_WhenUriIsMissing_CannotBeCreated()
    {
        using var services = Services(new Dictionary<string, string?>());

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<Neo4jQueryClient>());

        Assert.Contains("Neo4j:Uri is required", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "absolute http or https")]
    [InlineData("localhost:7474", "absolute http or https")]
    [InlineData("/db/neo4j", "absolute http or https")]
    [InlineData("http://neo4j:verysecret@localhost:7474", "must not carry credentials")]
    public void Options_WithUnusableUri_FailValidation(string uri, string expected)
    {
        using var services = Services(new Dictionary<string, string?> { ["Neo4j:Uri"] = uri });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("verysecret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithBothBasicAndBearer_FailValidation()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://localhost:7474", ["Neo4j:User"] = "neo4j", ["Neo4j:Password"] = "verysecret", ["Neo4j:BearerToken"] = "token",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("either User and Password (basic) or BearerToken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithUserButNoPassword_FailValidation()
    {
        using var services = Services(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://localhost:7474", ["Neo4j:User"] = "neo4j" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("must be set together", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo4j:RequestTimeout", "00:00:00", "RequestTimeout")]
    [InlineData("Neo4j:MaxRetryAttempts", "-1", "MaxRetryAttempts")]
    [InlineData("Neo4j:Database", "bad/name", "Database")]
    [InlineData("Neo4j:TypedJsonMediaType", "application/json", "TypedJsonMediaType")]
    public void Options_WithOutOfRangeSetting_FailValidationNamingIt(string key, string value, string expected)
    {
        using var services = Services(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://localhost:7474", [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WhenOnlyUriIsGiven_UseTheDocumentedDefaults()
    {
        using var services = Services(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://localhost:7474" });

        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal("neo4j", options.Database);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
        Assert.Equal(4, options.MaxRetryAttempts);
        Assert.Equal("application/vnd.neo4j.query", options.TypedJsonMediaType);
        Assert.Null(options.User);
        Assert.Null(options.BearerToken);
    }

    [Fact]
    public void Options_BindFromDoubleUnderscoreEnvironmentVariables()
    {
        const string prefix = "APATORSEN_NEO4J_OPTIONS_TEST_";
        Environment.SetEnvironmentVariable(prefix + "Neo4j__Uri", "https://graph.example.org:7473");
        Environment.SetEnvironmentVariable(prefix + "Neo4j__Database", "apatorsen");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            using var services = new ServiceCollection().AddLogging().AddNeo4jClient(configuration).BuildServiceProvider();

            var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

            Assert.Equal(new Uri("https://graph.example.org:7473"), options.Uri);
            Assert.Equal("apatorsen", options.Database);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Neo4j__Uri", null);
            Environment.SetEnvironmentVariable(prefix + "Neo4j__Database", null);
        }
    }

    [Fact]
    public void Configure_RunsAfterConfigurationBinding()
    {
        using var services = Services(
            new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://localhost:7474", ["Neo4j:Database"] = "fromconfig" },
            o => o.Database = "fromcode");

        Assert.Equal("fromcode", services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Database);
    }

    [Fact]
    public void AddNeo4jClient_RegistersOneSingletonClientOverTheNamedHttpClient()
    {
        using var services = Services(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://localhost:7474" });

        Assert.Same(services.GetRequiredService<Neo4jQueryClient>(), services.GetRequiredService<Neo4jQueryClient>());
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jQueryClient.HttpClientName);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, Action<Neo4jOptions>? configure = null) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddNeo4jClient(configure)
            .BuildServiceProvider();
}
