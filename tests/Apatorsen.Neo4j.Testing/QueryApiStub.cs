using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Apatorsen.Neo4j.Testing;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP Query API on <c>http://127.0.0.1:{random port}/</c>. It serves the routes
/// of docs-query-api query.adoc and transactions.adoc, records every request (<see cref="Requests"/>), and answers
/// from, in order: the queue of <see cref="Enqueue"/>d responses, the <see cref="Responder"/>, or
/// <see cref="DefaultResponse"/> (empty successes, and a transaction lifecycle that rejects unknown ids and missing
/// affinity headers as the server does). Point the client at <see cref="Uri"/> (configuration key <c>Neo4j:Uri</c>).
/// </summary>
/// <example>
/// <code>
/// await using var stub = await QueryApiStub.StartAsync(ct);
/// stub.Enqueue(StubResponse.TransientError(), StubResponse.Rows(["name"], ["Apatorsen"]));
/// // ... run the code under test against stub.Uri ...
/// Assert.Equal(2, stub.Requests.Count);
/// </code>
/// </example>
public sealed class QueryApiStub : IAsyncDisposable
{
    /// <summary>The <c>neo4j-cluster-affinity</c> value the stub sends when it opens a transaction (the documentation's example).</summary>
    public const string DefaultClusterAffinity = "MTAuOC41Ljc6MTc0NzQ=";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<StubResponse> _scripted = new();
    private readonly Dictionary<string, string?> _openTransactions = new(StringComparer.Ordinal);
    private int _transactionCount;
    private int _inFlight;
    private int _maxInFlight;

    private QueryApiStub(WebApplication app)
    {
        _app = app;
        app.Run(HandleAsync);
    }

    /// <summary>The stub's base address, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Uri { get; private set; } = null!;

    /// <summary>Answers requests when no enqueued response is left; null (the default) means <see cref="DefaultResponse"/>.</summary>
    public Func<RecordedRequest, StubResponse>? Responder { get; set; }

    /// <summary>Every request received so far, in order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// The most requests the stub was handling at one moment (from arrival to the end of the answer, delays included):
    /// how many statements a client had in flight. Give answers a <see cref="StubResponse.Delay"/> so that they overlap.
    /// </summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Transaction ids the stub considers open (opened and neither committed nor rolled back).</summary>
    public IReadOnlyCollection<string> OpenTransactions
    {
        get
        {
            lock (_gate)
            {
                return [.. _openTransactions.Keys];
            }
        }
    }

    /// <summary>Starts a stub on a free loopback port.</summary>
    public static async Task<QueryApiStub> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var stub = new QueryApiStub(builder.Build());
        await stub._app.StartAsync(cancellationToken);
        var address = stub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Uri = new Uri(address.EndsWith('/') ? address : address + "/");
        return stub;
    }

    /// <summary>
    /// An http address on the loopback interface where nothing listens, for "server down" tests
    /// (a port that was free a moment ago; connections to it are refused).
    /// </summary>
    public static Uri UnreachableUri()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Queues answers for the next requests, in order, ahead of <see cref="Responder"/>.</summary>
    public void Enqueue(params StubResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        lock (_gate)
        {
            foreach (var response in responses)
            {
                _scripted.Enqueue(response);
            }
        }
    }

    /// <summary>
    /// The built-in answer: an empty result for a query (with zero counters when asked), a new transaction
    /// (<c>tx1</c>, <c>tx2</c>, ...) with <see cref="DefaultClusterAffinity"/> for an open, and empty successes for
    /// statements, commits and rollbacks of open transactions. A transaction route with an unknown id, or without the
    /// affinity header the transaction was opened with, gets the documented "was not found" error; other paths get 404.
    /// </summary>
    public StubResponse DefaultResponse(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Route)
        {
            case QueryApiRoute.Query:
                return request.IncludeCounters == true ? StubResponse.Empty().WithCounters() : StubResponse.Empty();
            case QueryApiRoute.BeginTransaction:
                return StubResponse.TransactionOpened($"tx{Interlocked.Increment(ref _transactionCount)}");
            case QueryApiRoute.RunInTransaction or QueryApiRoute.CommitTransaction or QueryApiRoute.RollbackTransaction:
                string? affinity;
                bool known;
                lock (_gate)
                {
                    known = _openTransactions.TryGetValue(request.TransactionId!, out affinity);
                }

                if (!known || (affinity is not null && request.ClusterAffinity != affinity))
                {
                    return StubResponse.TransactionNotFound(request.TransactionId!);
                }

                return request.Route == QueryApiRoute.RunInTransaction
                    ? StubResponse.Empty().WithTransaction(request.TransactionId!)
                    : StubResponse.Empty();
            default:
                return new StubResponse { StatusCode = StatusCodes.Status404NotFound, Body = "Not a Query API route.", ContentType = "text/plain" };
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
        {
            Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
        }

        try
        {
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = await RecordedRequestReader.ReadAsync(context.Request, context.RequestAborted);
        StubResponse? response;
        lock (_gate)
        {
            _requests.Add(request);
            _scripted.TryDequeue(out response);
        }

        response ??= (Responder ?? DefaultResponse)(request);
        TrackTransactions(request, response);

        if (response.Delay > TimeSpan.Zero || response.Delay == Timeout.InfiniteTimeSpan)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (response.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = response.ContentType ?? EchoedContentType(request);
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    // Whatever answered (script, responder or default), the stub's idea of open transactions follows the answers.
    private void TrackTransactions(RecordedRequest request, StubResponse response)
    {
        if (response.StatusCode is < 200 or > 299 || response.DropConnection)
        {
            return;
        }

        lock (_gate)
        {
            switch (request.Route)
            {
                case QueryApiRoute.BeginTransaction when TransactionIdIn(response.Body) is { } id:
                    _openTransactions[id] = response.Headers.TryGetValue("neo4j-cluster-affinity", out var affinity) ? affinity : null;
                    break;
                case QueryApiRoute.RunInTransaction when response.Body?.Contains("\"errors\"", StringComparison.Ordinal) == true:
                case QueryApiRoute.CommitTransaction or QueryApiRoute.RollbackTransaction:
                    _openTransactions.Remove(request.TransactionId!);
                    break;
            }
        }
    }

    private static string? TransactionIdIn(string? body)
    {
        if (body is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
    }

    private static string EchoedContentType(RecordedRequest request) =>
        request.Accept is { } accept && accept.StartsWith("application/vnd.neo4j.query", StringComparison.Ordinal)
            ? accept
            : "application/vnd.neo4j.query";
}
