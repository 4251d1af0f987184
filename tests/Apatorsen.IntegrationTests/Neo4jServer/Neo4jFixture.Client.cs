using Apatorsen.Neo4j;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Apatorsen.IntegrationTests;

public sealed partial class Neo4jFixture
{
    private Neo4jQueryClient? _client;

    /// <summary>A Query API client with the fixture's credentials; skips the calling test when no Neo4j is available.</summary>
    public Neo4jQueryClient Client
    {
        get
        {
            EnsureAvailable();
            return _client ??= CreateClient(User, Password);
        }
    }

    /// <summary>
    /// A client for the same server with other credentials, e.g. a wrong password. Skips the calling test when no
    /// Neo4j is available.
    /// </summary>
    public Neo4jQueryClient CreateClient(string user, string password, int maxRetryAttempts = 2)
    {
        EnsureAvailable();
        var options = new Neo4jOptions
        {
            Uri = HttpUri,
            Database = Database,
            User = user.Length == 0 ? null : user,
            Password = user.Length == 0 ? null : password,
            MaxRetryAttempts = maxRetryAttempts,
            RequestTimeout = TimeSpan.FromSeconds(60),
        };
        // The client sets its own per-request timeout, as AddNeo4jClient configures it.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _owned.Add(http);
        return new Neo4jQueryClient(new SingleHttpClientFactory(http), Options.Create(options), NullLogger<Neo4jQueryClient>.Instance);
    }

    private sealed class SingleHttpClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
