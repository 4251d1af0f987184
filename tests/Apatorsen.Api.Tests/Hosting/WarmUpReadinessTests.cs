using System.Collections.Concurrent;
using System.Net;
using Apatorsen.Api.Health;
using Apatorsen.Api.Tests.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Api.Tests.Hosting;

/// <summary>
/// Readiness waits for the start-up warm-up, which needs a real server (Kestrel) to send its requests to; the test
/// server has no address, so there the API is ready at once. The warm-up's first request (/api/search) is held, or
/// failed, by a hook in front of the app, so each state can be looked at for as long as the test needs.
/// </summary>
public sealed class WarmUpReadinessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // Far less than the host's shutdown timeout (30 s), after which the server would abort a held request anyway.
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task OnKestrel_ReadyIs503WhileTheWarmUpRuns_And200OnceItHasFinished()
    {
        await using var api = new HookedApi { Hold = true };
        var client = api.StartOnKestrel();
        await api.FirstSearch.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        var warming = await ApiResponse.GetAsync(client, "/health/ready");
        var live = await ApiResponse.GetAsync(client, "/health/live");
        api.Release.SetResult();
        await api.Progress.Finished.WaitAsync(Patience, TestContext.Current.CancellationToken);
        var ready = await ApiResponse.GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, warming.Status);
        Assert.Equal(HealthEndpoints.WarmingUp, warming.Body);
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Body);
        Assert.Contains(api.Seen, path => path.StartsWith("/api/paths", StringComparison.Ordinal));
        Assert.Contains(api.Seen, path => path == "/trapi/query");
    }

    [Fact]
    public async Task OnKestrel_AFailingWarmUpRequest_IsAWarning_AndTheRestAreStillSent()
    {
        await using var api = new HookedApi { FailSearch = true };
        var client = api.StartOnKestrel();
        await api.Progress.Finished.WaitAsync(Patience, TestContext.Current.CancellationToken);

        var ready = await ApiResponse.GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        var warning = Assert.Single(api.Logs.Entries, e => e.Level == LogLevel.Warning && e.Category.EndsWith("EmbeddedGraphWarmUp", StringComparison.Ordinal));
        Assert.Contains("GET /api/search", warning.Text, StringComparison.Ordinal);
        Assert.Contains("500", warning.Text, StringComparison.Ordinal);
        Assert.Contains(api.Seen, path => path.StartsWith("/api/paths", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("api.example.org")]
    [InlineData("*.example.org;localhost")]
    public async Task OnKestrel_BehindAllowedHosts_TheWarmUpNamesAHostTheyAllow(string allowedHosts)
    {
        await using var api = new HookedApi { Settings = new Dictionary<string, string?> { ["AllowedHosts"] = allowedHosts } };
        api.StartOnKestrel();
        await api.Progress.Finished.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.EndsWith("EmbeddedGraphWarmUp", StringComparison.Ordinal));
        Assert.Contains(api.Seen, path => path.StartsWith("/api/paths", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnKestrel_WithWarmUpOff_ReadyAtOnce_AndNoWarmUpRequestIsSent()
    {
        await using var api = new HookedApi { Hold = true, Settings = new Dictionary<string, string?> { ["Api:WarmUp"] = "false" } };
        var client = api.StartOnKestrel();

        var ready = await ApiResponse.GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.DoesNotContain(api.Seen, path => path.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnKestrel_StoppingDuringTheWarmUp_AbortsItsRequest_AndLogsNoWarning()
    {
        var api = new HookedApi { Hold = true };
        api.StartOnKestrel();
        var progress = api.Progress;
        await api.FirstSearch.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        // Without the warm-up giving up its request, the server would wait for it until its shutdown timeout.
        await api.DisposeAsync().AsTask().WaitAsync(StopPatience, TestContext.Current.CancellationToken);

        Assert.True(api.Aborted.Task.IsCompleted, "The held warm-up request was not aborted.");
        Assert.True(progress.IsFinished);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.EndsWith("EmbeddedGraphWarmUp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnTheTestServer_ThereIsNoAddress_SoTheApiIsReadyAtOnce_WithoutWarmingUp()
    {
        await using var api = new HookedApi { Hold = true };
        var client = api.CreateClient();

        var ready = await ApiResponse.GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.True(api.Progress.IsFinished);
        Assert.DoesNotContain(api.Seen, path => path.StartsWith("/api/", StringComparison.Ordinal));
    }

    /// <summary>The embedded API with a hook that records every request and holds or fails the warm-up's search.</summary>
    private sealed class HookedApi : ApiHost
    {
        /// <summary>Hold /api/search until <see cref="Release"/> is set (or the request is aborted).</summary>
        public bool Hold { get; init; }

        /// <summary>Answer /api/search with 500.</summary>
        public bool FailSearch { get; init; }

        public TaskCompletionSource FirstSearch { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Aborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Seen { get; } = new();

        public WarmUpProgress Progress => Services.GetRequiredService<WarmUpProgress>();

        /// <summary>Starts the API on Kestrel at a free loopback port; a client of that address.</summary>
        public HttpClient StartOnKestrel()
        {
            UseKestrel(0);
            StartServer();
            return CreateClient();
        }

        protected override async Task InterceptAsync(HttpContext context, Func<Task> next)
        {
            Seen.Enqueue(context.Request.Path + context.Request.QueryString);
            if (context.Request.Path == "/api/search")
            {
                FirstSearch.TrySetResult();
                if (FailSearch)
                {
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                }

                if (Hold)
                {
                    try
                    {
                        await Release.Task.WaitAsync(context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        Aborted.TrySetResult();
                        return;
                    }
                }
            }

            await next();
        }
    }
}
