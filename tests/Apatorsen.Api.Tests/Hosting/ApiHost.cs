using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// The API with the settings a test gives (the embedded graph unless Neo4j:Uri is set), in the environment it names,
/// keeping every log entry that passes the configured levels, taking the client's address from
/// <see cref="ClientAddressHeader"/> (the test server has no remote address of its own), and counting how much of
/// the request bodies the API read. A test that must see or stop requests before the API does overrides
/// <see cref="InterceptAsync"/>.
/// </summary>
internal class ApiHost : WebApplicationFactory<Program>
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private long _bodyBytesRead;

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The host environment; Production reads appsettings.json alone, as a deployed API does.</summary>
    public string Environment { get; init; } = "Testing";

    public CapturedLogs Logs { get; } = new();

    /// <summary>Bytes of request bodies that the API (the framework's binding included) has read so far.</summary>
    public long BodyBytesRead => Interlocked.Read(ref _bodyBytesRead);

    /// <summary>A client whose requests come from this address.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    /// <summary>Runs in front of the API for every request; <paramref name="next"/> hands the request on.</summary>
    protected virtual Task InterceptAsync(HttpContext context, Func<Task> next) => next();

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
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new TestHooks(this)));
    }

    private sealed class TestHooks(ApiHost host) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                context.Request.Body = new CountingStream(context.Request.Body, read => Interlocked.Add(ref host._bodyBytesRead, read));
                return host.InterceptAsync(context, () => nextMiddleware(context));
            });
            next(app);
        };
    }

    private sealed class CountingStream(Stream inner, Action<int> onRead) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Counted(int read)
        {
            onRead(read);
            return read;
        }
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
