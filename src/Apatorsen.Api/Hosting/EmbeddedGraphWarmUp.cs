using System.Diagnostics;
using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Health;
using Apatorsen.Api.Settings;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Hosting;

/// <summary>
/// Resolves the embedded graph while the host starts (a bad dataset fails start-up), then, once the server listens,
/// sends the <see cref="WarmUpRequests"/> through its own loopback address, so that the first call of each route
/// (compiling it, building its JSON metadata) is not paid by a user. Readiness waits for it
/// (<see cref="WarmUpProgress"/>), but never for long: it stops after <see cref="TimeBox"/>, a failed request is a
/// warning, and without a usable address (the test server, a unix socket) or with Api:WarmUp off it is over at once.
/// </summary>
internal sealed class EmbeddedGraphWarmUp(
    EmbeddedGraph graph,
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<ApiOptions> options,
    IOptions<HostFilteringOptions> hostFiltering,
    WarmUpProgress progress,
    ILogger<EmbeddedGraphWarmUp> logger) : IHostedService
{
    public static readonly TimeSpan TimeBox = TimeSpan.FromSeconds(30);

    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Embedded graph {Version}: {Nodes} nodes, {Relationships} relationships", graph.Version, graph.NodeList.Count, graph.Relationships.Count);
        if (!options.Value.WarmUp)
        {
            progress.Finish();
            return Task.CompletedTask;
        }

        // Decided as the host reports started, before a client can ask: the test server has no address, so its
        // clients find the API ready from their first request.
        lifetime.ApplicationStarted.Register(Begin);
        return Task.CompletedTask;
    }

    // The host signals ApplicationStopping before it stops its services, which cancels the warm-up.
    public async Task StopAsync(CancellationToken cancellationToken) =>
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private void Begin()
    {
        var address = LoopbackAddress.Of(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (address is null)
        {
            progress.Finish();
            return;
        }

        _running = Task.Run(() => RunAsync(address));
    }

    private async Task RunAsync(Uri address)
    {
        var started = Stopwatch.GetTimestamp();
        // Stopping begins before the server waits for its requests to end: the warm-up's must not be one of them.
        using var timeBox = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        timeBox.CancelAfter(TimeBox);
        try
        {
            var requests = WarmUpRequests.For(graph);
            var failed = await SendAsync(address, requests, timeBox.Token);
            logger.LogInformation("Warmed up with {Count} requests ({Failed} failed) in {Milliseconds:F0} ms", requests.Count, failed, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The warm-up stopped after {Seconds} s; the API is ready without the rest of it", TimeBox.TotalSeconds);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("The warm-up could not reach the API at {Address} ({Reason}); the API is ready without it", address, ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The warm-up failed; the API is ready without it");
        }
        finally
        {
            progress.Finish();
        }
    }

    // Sends each request in turn; an answer that is not a success is a warning, and the next request is sent.
    private async Task<int> SendAsync(Uri address, IReadOnlyList<WarmUpRequest> requests, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Host = AllowedHost(hostFiltering.Value.AllowedHosts);
        var failed = 0;
        foreach (var request in requests)
        {
            using var message = new HttpRequestMessage(request.Method, request.Path);
            if (request.JsonBody is not null)
            {
                message.Content = new StringContent(request.JsonBody, System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                failed++;
                logger.LogWarning("Warm-up request {Request} answered {Status}; going on", request, (int)response.StatusCode);
            }
        }

        return failed;
    }

    // The loopback address is no host AllowedHosts names, unless it allows any: then the first it names (a
    // wildcard's subdomain for *.example.org), which host filtering lets through to the routes.
    private static string? AllowedHost(IList<string> allowedHosts) =>
        allowedHosts.Count == 0 || allowedHosts.Contains("*") ? null
        : allowedHosts[0].StartsWith("*.", StringComparison.Ordinal) ? "warm-up" + allowedHosts[0][1..]
        : allowedHosts[0];
}
