using System.CommandLine;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>The importer's command line: options, environment fallbacks and the commands they run.</summary>
internal static class ImporterCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, Environment.GetEnvironmentVariable, cancellationToken);

    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var data = new Option<string>("--data")
        {
            Description = "The dataset directory (node and relationship CSV files).",
            DefaultValueFactory = _ => ImportSettings.DefaultDataDirectory,
        };
        var uri = new Option<string?>("--uri") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474 (else Neo4j__Uri or NEO4J_URI)." };
        uri.Validators.Add(result =>
        {
            if (ParseUri(result.GetValueOrDefault<string?>()) is null)
            {
                result.AddError("--uri must be an absolute http:// or https:// address, e.g. http://localhost:7474.");
            }
        });
        var database = new Option<string?>("--database") { Description = "The database (else Neo4j__Database; default neo4j)." };
        var user = new Option<string?>("--user") { Description = "The user (else Neo4j__User or NEO4J_USER; default neo4j)." };
        var password = new Option<string?>("--password") { Description = "The password (else Neo4j__Password or NEO4J_PASSWORD)." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per batch; each batch is one transaction.",
            DefaultValueFactory = _ => ImportSettings.DefaultBatchSize,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                result.AddError("--batch-size must be between 1 and 1000000.");
            }
        });
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and plan the batches; connect to nothing." };

        var root = new RootCommand(
            "Validates the apatorsen dataset and loads it into Neo4j over its HTTP Query API: schema first, then nodes and " +
            "relationships in batches, then removal of what the files no longer hold, then a count check. " +
            "Exit codes: 0 done, 2 invalid data (nothing sent), 3 Neo4j unreachable or credentials refused, 4 counts differ, 1 other failure.")
        {
            data, uri, database, user, password, batchSize, dryRun,
        };
        root.SetAction(async (parse, ct) =>
        {
            var address = parse.GetValue(uri) ?? environment("Neo4j__Uri") ?? environment("NEO4J_URI");
            var neo4jUri = ParseUri(address);
            // Checked before the data, whose validation may take long; --uri itself is checked by its validator.
            if (!parse.GetValue(dryRun) && neo4jUri is null)
            {
                await error.WriteLineAsync(address is null
                    ? "error: no Neo4j address: pass --uri or set Neo4j__Uri (or use --dry-run to validate only)."
                    : "error: Neo4j__Uri (or NEO4J_URI) must be an absolute http:// or https:// address, e.g. http://localhost:7474.");
                return ExitCodes.Failure;
            }

            var settings = new ImportSettings(
                parse.GetValue(data)!,
                parse.GetValue(batchSize),
                parse.GetValue(dryRun),
                neo4jUri,
                parse.GetValue(database) ?? environment("Neo4j__Database") ?? "neo4j",
                parse.GetValue(user) ?? environment("Neo4j__User") ?? environment("NEO4J_USER") ?? "neo4j",
                parse.GetValue(password) ?? environment("Neo4j__Password") ?? environment("NEO4J_PASSWORD"));
            var console = CreateConsole(output);
            return await new ImportCommand(settings, console, error).RunAsync(ct);
        });

        var check = new Option<bool>("--check") { Description = "Only report files that differ from what the schema generates (exit 5)." };
        var rootDirectory = new Option<string>("--root") { Description = "The repository root.", DefaultValueFactory = _ => "." };
        var generate = new Command("generate", "Regenerate the files derived from the schema: cypher/schema.cypher, cypher/import/, docs/schema.md, docs/schema.json.")
        {
            check, rootDirectory,
        };
        generate.SetAction(parse => GenerateCommand.Run(parse.GetValue(rootDirectory)!, parse.GetValue(check), output));
        root.Subcommands.Add(generate);

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    private static Uri? ParseUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            ? parsed
            : null;

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!terminal)
        {
            // Logs and captured output are read by tools; do not wrap them at a guessed terminal width.
            console.Profile.Width = 200;
        }

        return console;
    }
}
