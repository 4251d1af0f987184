using System.Text.RegularExpressions;
using Apatorsen.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Apatorsen.Importer;

/// <summary>
/// The Neo4j client of one run, with its <see cref="Neo4jOptions"/> bound from the importer's configuration and
/// validated once, before the data is read. A setting that fails validation is reported with where it came from.
/// </summary>
internal sealed partial class Neo4jConnection : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private Neo4jConnection(ServiceProvider services, Neo4jOptions options)
    {
        _services = services;
        Options = options;
        Client = services.GetRequiredService<Neo4jQueryClient>();
    }

    public Neo4jOptions Options { get; }

    public Neo4jQueryClient Client { get; }

    /// <summary>Where the client connects, for messages: address and database, never credentials.</summary>
    public string Location => $"{Options.Uri} (database {Options.Database})";

    /// <summary>Binds and validates the Neo4j settings; returns the connection, or null and one line per problem.</summary>
    public static Neo4jConnection? Create(ImporterConfiguration configuration, out IReadOnlyList<string> problems)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNeo4jClient(configuration.Root);
        services.PostConfigure<Neo4jOptions>(options =>
        {
            // With a password the user defaults to neo4j; without one the server is assumed to run without
            // authentication (NEO4J_AUTH=none) and nothing is sent.
            if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrEmpty(options.User) && string.IsNullOrEmpty(options.BearerToken))
            {
                options.User = "neo4j";
            }
        });
        var provider = services.BuildServiceProvider();
        try
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            problems = [];
            return new Neo4jConnection(provider, options);
        }
        catch (OptionsValidationException e)
        {
            problems = [.. e.Failures.Select(failure => Explain(failure, configuration))];
        }
        catch (InvalidOperationException e)
        {
            // A value the binder cannot convert, such as Neo4j__RequestTimeout=soon; the message names the key.
            problems = [e.Message];
        }

        provider.Dispose();
        return null;
    }

    /// <summary>As <see cref="Create"/>, writing each problem on <paramref name="error"/> as one line.</summary>
    public static async Task<Neo4jConnection?> CreateOrReportAsync(ImporterConfiguration configuration, TextWriter error)
    {
        var connection = Create(configuration, out var problems);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(Apatorsen.Graph.Dataset.EchoedText.Escape($"error: {problem}"));
        }

        return connection;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    // "DataAnnotation validation failed for 'Neo4jOptions' members: 'Uri' with the error: '...'." becomes the error
    // itself, followed by where the member's value came from, or how to give one.
    private static string Explain(string failure, ImporterConfiguration configuration)
    {
        var match = ValidationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var message = match.Groups["message"].Value;
        var keys = match.Groups["members"].Value.Split(',').Select(m => ImporterConfiguration.Key(m.Trim())).ToList();
        if (keys.Count == 1)
        {
            return configuration.SourceOf(keys[0]) is { } source
                ? $"{message} (the value comes from {source})"
                : $"{message} To give it, {configuration.WaysToSet(keys[0])}{DryRunHint(keys[0])}.";
        }

        var parts = keys.Select(key => configuration.SourceOf(key) is { } source ? $"{key} comes from {source}" : $"{key}: {configuration.WaysToSet(key)}");
        return $"{message} ({string.Join("; ", parts)})";
    }

    private static string DryRunHint(string key) =>
        key == ImporterConfiguration.Key(nameof(Neo4jOptions.Uri)) ? " (or use --dry-run to validate only)" : "";

    [GeneratedRegex("^DataAnnotation validation failed for '[^']*' members: '(?<members>[^']*)' with the error: '(?<message>.*)'\\.$", RegexOptions.Singleline)]
    private static partial Regex ValidationFailure();
}
