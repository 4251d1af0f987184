using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.Api.Tests.Embedded;

/// <summary>The API on the embedded graph (no Neo4j:Uri), with optional extra settings.</summary>
public sealed class EmbeddedApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Configuration values, by key (e.g. Api:CypherApiKey).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Neo4j:Uri", "");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
