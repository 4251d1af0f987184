using Apatorsen.Neo4j.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Neo4j.Tests;

/// <summary>A <see cref="QueryApiStub"/> and a <see cref="Neo4jQueryClient"/> wired to it through the real DI registration.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "verysecret";

    private readonly ServiceProvider _services;

    private ClientHarness(QueryApiStub stub, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Stub = stub;
        _services = services;
        Logs = logs;
        Client = services.GetRequiredService<Neo4jQueryClient>();
    }

    public QueryApiStub Stub { get; }

    public Neo4jQueryClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public static async Task<ClientHarness> StartAsync(Action<Neo4jOptions>? configure = null)
    {
        var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddNeo4jClient(options =>
            {
                options.Uri = stub.Uri;
                options.User = User;
                options.Password = Password;
                options.RetryBaseDelay = TimeSpan.Zero;
                options.RetryMaxDelay = TimeSpan.Zero;
                configure?.Invoke(options);
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new ClientHarness(stub, services, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
