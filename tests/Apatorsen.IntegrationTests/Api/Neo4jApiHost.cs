using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.IntegrationTests.Api;

/// <summary>The API, in the test process, on the Neo4j backend reading from <c>server</c>.</summary>
internal static class Neo4jApiHost
{
    public static WebApplicationFactory<Program> Create(Neo4jFixture server, string? cypherApiKey = null) =>
        new Factory(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = server.HttpUri.ToString(),
            ["Neo4j:User"] = server.User.Length == 0 ? null : server.User,
            ["Neo4j:Password"] = server.User.Length == 0 ? null : server.Password,
            ["Neo4j:Database"] = server.Database,
            ["Api:CypherApiKey"] = cypherApiKey,
        });

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
