using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Volumes;

namespace Apatorsen.IntegrationTests;

/// <summary>Where the <see cref="Neo4jFixture"/> found its Neo4j.</summary>
public enum Neo4jSource
{
    /// <summary>No Neo4j: the tests that need one skip, with <see cref="Neo4jFixture.SkipReason"/>.</summary>
    None,

    /// <summary>The server named by <c>NEO4J_URI</c>.</summary>
    Environment,

    /// <summary>A container of <see cref="Neo4jImage.Configured"/> started by the fixture.</summary>
    Container,
}

/// <summary>
/// Finds a Neo4j for the tests, in this order: the server named by <c>NEO4J_URI</c> (with <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>); else, when a Docker engine answers, a container of the official
/// image it starts itself; else none, and <see cref="SkipReason"/> says what is missing. Tests that need Neo4j call
/// <see cref="EnsureAvailable"/> first, so that they are reported as skipped with that reason, never as passed.
/// Shared by every class of <see cref="Neo4jCollectionDefinition"/>.
/// </summary>
/// <remarks>
/// A misconfigured <c>NEO4J_URI</c> (not HTTP, unreachable, wrong password) or a container that fails to start is an
/// error, not a skip: whoever set the variable or runs Docker expects these tests to run. The tests write to the
/// database (and clean up after themselves): point <c>NEO4J_URI</c> at a disposable database.
/// </remarks>
public sealed partial class Neo4jFixture : IAsyncLifetime
{
    public const string UriVariable = "NEO4J_URI";
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string DatabaseVariable = "NEO4J_DATABASE";

    private const int HttpPort = 7474;
    private const int BoltPort = 7687;
    private static readonly TimeSpan DockerProbeTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ContainerStartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan QueryApiReadyTimeout = TimeSpan.FromSeconds(90);

    private readonly List<IDisposable> _owned = [];
    private readonly List<IAsyncDisposable> _ownedAfterContainer = [];
    private IContainer? _container;
    private Uri? _httpUri;

    /// <summary>Where the Neo4j came from, or <see cref="Neo4jSource.None"/>.</summary>
    public Neo4jSource Source { get; private set; }

    /// <summary>Whether a Neo4j answered; when false, <see cref="SkipReason"/> says why not.</summary>
    public bool IsAvailable => Source != Neo4jSource.None;

    /// <summary>Why the tests that need Neo4j skip: what is missing and how to provide it. Null when available.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The server's HTTP address (the Query API's base), e.g. <c>http://127.0.0.1:32771</c>.</summary>
    public Uri HttpUri => _httpUri ?? throw new InvalidOperationException(SkipReason ?? "The fixture has not been initialised.");

    /// <summary>The user to authenticate as; empty when the server has authentication disabled.</summary>
    public string User { get; private set; } = "";

    /// <summary>The password of <see cref="User"/>; never logged.</summary>
    public string Password { get; private set; } = "";

    /// <summary>The database the tests use.</summary>
    public string Database { get; private set; } = "neo4j";

    /// <summary>The image of the container, when <see cref="Source"/> is <see cref="Neo4jSource.Container"/>.</summary>
    public string? Image { get; private set; }

    /// <summary>A line for test output: what the tests run against, without credentials.</summary>
    public string Description => Source switch
    {
        Neo4jSource.Environment => $"{UriVariable} {_httpUri} (database {Database})",
        Neo4jSource.Container => $"container {Image} at {_httpUri}",
        _ => SkipReason ?? "no Neo4j",
    };

    /// <summary>Skips the calling test, with <see cref="SkipReason"/>, when no Neo4j is available.</summary>
    public void EnsureAvailable()
    {
        if (!IsAvailable)
        {
            Assert.Skip(SkipReason ?? "No Neo4j is available.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var uri = System.Environment.GetEnvironmentVariable(UriVariable);
        if (!string.IsNullOrWhiteSpace(uri))
        {
            await UseConfiguredServerAsync(uri.Trim(), cancellationToken);
            return;
        }

        var container = await TryBuildContainerAsync();
        if (container is null)
        {
            return;
        }

        await StartContainerAsync(container, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
        if (_container is not null)
        {
            await _container.DisposeAsync();
            _container = null;
        }

        foreach (var owned in _ownedAfterContainer)
        {
            await owned.DisposeAsync();
        }

        _ownedAfterContainer.Clear();
    }

    private async Task UseConfiguredServerAsync(string uri, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException(
                $"{UriVariable} is '{uri}', but these tests use Neo4j's HTTP Query API: set it to the server's HTTP address, such as http://localhost:7474 (not bolt:// or neo4j://).");
        }

        User = System.Environment.GetEnvironmentVariable(UserVariable) is { Length: > 0 } user ? user : "neo4j";
        Password = System.Environment.GetEnvironmentVariable(PasswordVariable) ?? "";
        Database = System.Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } database ? database : "neo4j";
        if (Password.Length == 0)
        {
            // A server with authentication disabled takes no credentials at all.
            User = "";
        }

        _httpUri = parsed;
        await WaitForQueryApiAsync(cancellationToken);
        Source = Neo4jSource.Environment;
    }

    private async Task<IContainer?> TryBuildContainerAsync()
    {
        Image = Neo4jImage.Configured;
        Password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
        User = "neo4j";
        try
        {
            // Building resolves the Docker endpoint (Testcontainers pings DOCKER_HOST, ~/.testcontainers.properties, the
            // default socket, ...); a daemon that hangs must not hang the test run, hence the bound.
            return await Task.Run(() => BuildContainer(null)).WaitAsync(DockerProbeTimeout);
        }
        catch (DockerUnavailableException ex)
        {
            SkipReason = Unavailable(DockerDetail(ex));
        }
        catch (TimeoutException)
        {
            SkipReason = Unavailable($"the Docker engine did not answer within {DockerProbeTimeout.TotalSeconds:0} s");
        }

        Image = null;
        Password = "";
        User = "";
        return null;
    }

    // With a volume: the server on a store written beforehand (StartBulkLoadedContainerAsync).
    private IContainer BuildContainer(IVolume? data)
    {
        var builder = new ContainerBuilder(Image!);
        if (data is not null)
        {
            builder = builder.WithVolumeMount(data, "/data");
        }

        return builder
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            // Small: the tests hold a few hundred nodes.
            .WithEnvironment("NEO4J_server_memory_heap_max__size", "512m")
            .WithEnvironment("NEO4J_server_memory_pagecache_size", "128m")
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithPortBinding(BoltPort, assignRandomHostPort: true)
            // As Testcontainers' own Neo4j module: the server is up when GET / on the HTTP port answers 200.
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(
                request => request.ForPort(HttpPort).ForPath("/").ForStatusCode(HttpStatusCode.OK),
                strategy => strategy.WithTimeout(TimeSpan.FromMinutes(3))))
            .Build();
    }

    private async Task StartContainerAsync(IContainer container, CancellationToken cancellationToken)
    {
        _container = container;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ContainerStartTimeout);
        try
        {
            await container.StartAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"A Docker engine answered, but the Neo4j container ({Image}) did not start within {ContainerStartTimeout.TotalMinutes:0} min: {ex.Message}. "
                + $"Check that the image can be pulled, or set {UriVariable} to a running Neo4j.",
                ex);
        }

        _httpUri = new UriBuilder(Uri.UriSchemeHttp, container.Hostname, container.GetMappedPublicPort(HttpPort)).Uri;
        // GET / answers before the default database is online: wait until a query runs.
        await WaitForQueryApiAsync(cancellationToken);
        Source = Neo4jSource.Container;
    }

    private async Task WaitForQueryApiAsync(CancellationToken cancellationToken)
    {
        var endpoint = $"{_httpUri!.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(Database)}/query/v2";
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        _owned.Add(http);
        var started = Stopwatch.StartNew();
        var last = "no answer yet";
        while (true)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Post, endpoint))
            {
                request.Content = new StringContent("""{"statement": "RETURN 1 AS ok"}""", Encoding.UTF8, "application/json");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (User.Length > 0)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue(
                        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
                }

                try
                {
                    using var response = await http.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    if (response.StatusCode == HttpStatusCode.Unauthorized)
                    {
                        // Retrying would only lock the account (Neo4j blocks a user after repeated failures).
                        throw new InvalidOperationException(
                            $"Neo4j at {_httpUri} refused the credentials of user '{User}' (HTTP 401); check {UserVariable} and {PasswordVariable}.");
                    }

                    if (response.IsSuccessStatusCode && FirstError(body) is null)
                    {
                        return;
                    }

                    last = $"HTTP {(int)response.StatusCode}: {FirstError(body) ?? Head(body)}";
                }
                catch (HttpRequestException ex)
                {
                    last = ex.Message;
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    last = "no answer within 10 s";
                }
            }

            if (started.Elapsed > QueryApiReadyTimeout)
            {
                throw new InvalidOperationException(
                    $"Neo4j at {_httpUri} did not run RETURN 1 through the Query API ({endpoint}) within {QueryApiReadyTimeout.TotalSeconds:0} s; last answer: {last}. "
                    + "The Query API needs Neo4j 5.19 or later (on by default from 5.25).");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static string Unavailable(string docker) =>
        $"No Neo4j to test against: no {UriVariable} is set and no Docker engine answered ({docker}). "
        + $"Set {UriVariable} (with {UserVariable}, {PasswordVariable}) to a Neo4j's HTTP address such as http://localhost:7474, or start Docker.";

    // Testcontainers' message is several lines of advice; keep the lines that name the endpoints it tried.
    private static string DockerDetail(DockerUnavailableException ex)
    {
        var tried = ex.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("Failed to connect to Docker endpoint", StringComparison.Ordinal))
            .Select(line => line.TrimEnd('.'))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return tried.Length > 0 ? string.Join("; ", tried) : ex.Message.Split('\n')[0].Trim();
    }

    private static string? FirstError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                    return $"{code}: {message}";
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Head(string body) => body.Length <= 200 ? body : body[..200] + "...";
}
