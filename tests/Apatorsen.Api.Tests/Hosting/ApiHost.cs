using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// The API with the settings a test gives (the embedded graph unless Neo4j:Uri is set), in the environment it names,
/// keeping every log entry that passes the configured levels, and taking the client's address from
/// <see cref="ClientAddressHeader"/> (the test server has no remote address of its own).
/// </summary>
internal sealed class ApiHost : WebApplicationFactory<Program>
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The host environment; Production reads appsettings.json alone, as a deployed API does.</summary>
    public string Environment { get; init; } = "Testing";

    public CapturedLogs Logs { get; } = new();

    /// <summary>A client whose requests come from this address.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        if (!Settings.ContainsKey("Neo4j:Uri"))
        {
            builder.UseSetting("Neo4j:Uri", "");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Every log entry the host's filters let through: category, level, text and exception.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, string Text, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Text}{(Exception is null ? "" : " [" + Exception.GetType().Name + "]")}";
}
