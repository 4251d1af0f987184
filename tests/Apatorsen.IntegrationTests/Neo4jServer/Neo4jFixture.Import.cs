using Apatorsen.Importer;

namespace Apatorsen.IntegrationTests;

public sealed partial class Neo4jFixture
{
    /// <summary>The dataset the project ships.</summary>
    public static string ShippedData { get; } = RepositoryRoot.Combine("data", "apatorsen");

    /// <summary>
    /// Runs the importer's own command line against this Neo4j (skipping the calling test when there is none) and
    /// returns its exit code and output.
    /// </summary>
    public Task<(int ExitCode, string Output, string Error)> ImportAsync(string dataDirectory, CancellationToken cancellationToken) =>
        ImportAsync(dataDirectory, "apatorsen", cancellationToken);

    /// <summary>As <see cref="ImportAsync(string, CancellationToken)"/>, the files loaded as the dataset <paramref name="dataset"/>.</summary>
    public Task<(int ExitCode, string Output, string Error)> ImportAsync(string dataDirectory, string dataset, CancellationToken cancellationToken) =>
        RunImporterAsync(["--data", dataDirectory, "--dataset", dataset], cancellationToken);

    /// <summary>
    /// Runs the importer's command line with <paramref name="args"/> (any command: an import, <c>remove</c>,
    /// <c>finish</c>) against this Neo4j, skipping the calling test when there is none.
    /// </summary>
    public async Task<(int ExitCode, string Output, string Error)> RunImporterAsync(string[] args, CancellationToken cancellationToken)
    {
        EnsureAvailable();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Neo4j__Uri"] = HttpUri.ToString(),
            ["Neo4j__Database"] = Database,
            ["Neo4j__User"] = User.Length == 0 ? null : User,
            ["Neo4j__Password"] = User.Length == 0 ? null : Password,
        };
        var exit = await ImporterCli.RunAsync(args, output, error, environment, cancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
