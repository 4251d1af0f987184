using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;
using Apatorsen.Importer.Export;
using Apatorsen.Neo4j;
using Spectre.Console;

namespace Apatorsen.Importer;

/// <summary>The importer's command line: options, their checks, and the commands they run.</summary>
internal static class ImporterCli
{
    private static readonly string Help = string.Join(Environment.NewLine,
        "Validates the apatorsen dataset and loads it into Neo4j over its HTTP Query API: schema first, then nodes and " +
        "relationships in batches, then removal of what the files no longer hold, then a count check.",
        "",
        "Neo4j settings: the options below, else Neo4j__Uri, Neo4j__Database, Neo4j__User, Neo4j__Password (or NEO4J_URI, " +
        "NEO4J_USER, NEO4J_PASSWORD), and the client's other Neo4j__ settings, such as Neo4j__RequestTimeout.",
        "",
        "Limits: an id has at most " + GraphSchema.MaxIdLength + " characters and a row at most 16,777,216 characters (else a dataset problem); " +
        "the connectivity check waits --check-timeout; every other statement Neo4j__RequestTimeout (default " +
        ImportSettings.DefaultRequestTimeout.TotalSeconds + " s), the index build up to " + ImportSettings.IndexWaitSeconds + " s; " +
        "while a statement runs, a line on stderr every --progress-interval.",
        "",
        "Exit codes: 0 done; 1 other failure; 2 invalid data, option or setting (nothing sent); 3 Neo4j unreachable, " +
        "silent past --check-timeout, or credentials refused; 4 the counts in Neo4j differ from the files; " +
        "5 generate --check found out-of-date files; 130 interrupted (Ctrl-C; the line before says what was written).");

    private const double MinSeconds = 0.1;

    /// <summary>Runs with the process's environment variables.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, ProcessEnvironment(), cancellationToken);

    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken = default)
    {
        // The one place the importer names its schema; every command is given it.
        var schema = ApatorsenSchema.Instance;
        var data = DataOption();
        var uri = new Option<string?>("--uri") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474." };
        var database = new Option<string?>("--database") { Description = "The database (default neo4j)." };
        var user = new Option<string?>("--user") { Description = "The user (default neo4j when a password is given)." };
        var password = new Option<string?>("--password") { Description = "The password; without one, no credentials are sent." };
        var batchSize = Ranged("--batch-size", "Rows per batch, each batch one transaction",
            $"a whole number from 1 to {ImportSettings.MaxBatchSize.ToString("N0", CultureInfo.InvariantCulture)}",
            ImportSettings.DefaultBatchSize, 1, ImportSettings.MaxBatchSize, NumberStyles.AllowLeadingSign);
        var checkTimeout = Ranged("--check-timeout", "How long the first connectivity check waits for Neo4j to answer (exit 3 after it)",
            string.Create(CultureInfo.InvariantCulture, $"a number of seconds from {MinSeconds} to {ImportSettings.MaxCheckTimeoutSeconds}"),
            ImportSettings.DefaultCheckTimeoutSeconds, MinSeconds, ImportSettings.MaxCheckTimeoutSeconds, NumberStyles.Float);
        var progressInterval = Ranged("--progress-interval", "While a statement runs longer, a progress line on stderr this often",
            string.Create(CultureInfo.InvariantCulture, $"a number of seconds from {MinSeconds} to {ImportSettings.MaxProgressIntervalSeconds}"),
            ImportSettings.DefaultProgressIntervalSeconds, MinSeconds, ImportSettings.MaxProgressIntervalSeconds, NumberStyles.Float);
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and plan the batches; connect to nothing." };

        // The command-line switch mappings of the one configuration: option → key of the Neo4j section.
        var switches = new (Option<string?> Option, string Key)[]
        {
            (uri, ImporterConfiguration.Key(nameof(Neo4jOptions.Uri))),
            (database, ImporterConfiguration.Key(nameof(Neo4jOptions.Database))),
            (user, ImporterConfiguration.Key(nameof(Neo4jOptions.User))),
            (password, ImporterConfiguration.Key(nameof(Neo4jOptions.Password))),
        };

        var root = new RootCommand(Help) { data, uri, database, user, password, batchSize, checkTimeout, progressInterval, dryRun };
        root.SetAction(async (parse, ct) =>
        {
            var settings = new ImportSettings(
                parse.GetValue(data)!,
                parse.GetValue(batchSize),
                parse.GetValue(dryRun),
                TimeSpan.FromSeconds(parse.GetValue(checkTimeout)),
                TimeSpan.FromSeconds(parse.GetValue(progressInterval)));
            var given = switches.Where(s => parse.GetResult(s.Option) is { Implicit: false })
                .ToDictionary(s => s.Key, s => parse.GetValue(s.Option), StringComparer.OrdinalIgnoreCase);
            var configuration = new ImporterConfiguration(
                environment, switches.ToDictionary(s => s.Key, s => s.Option.Name, StringComparer.OrdinalIgnoreCase), given);
            return await new ImportCommand(settings, configuration, CreateConsole(output), error, schema).RunAsync(ct);
        });

        var check = new Option<bool>("--check") { Description = "Only report files that differ from what the schema generates (exit 5)." };
        var rootDirectory = new Option<string>("--root") { Description = "The repository root.", DefaultValueFactory = _ => "." };
        var generate = new Command("generate", "Regenerate the files derived from the schema: cypher/schema.cypher, cypher/import/, docs/schema.md, docs/schema.json.")
        {
            check, rootDirectory,
        };
        generate.SetAction(parse => GenerateCommand.Run(parse.GetValue(rootDirectory)!, parse.GetValue(check), output, schema));
        root.Subcommands.Add(generate);
        root.Subcommands.Add(ExportCommandLine.Create(DataOption(), output, error, schema));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line per problem and no usage dump: the option, what it accepts, and what was given.
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(EchoedText.Escape($"error: {problem.Message}"));
            }

            return ExitCodes.InvalidInput;
        }

        // Signals are the entry point's to turn into cancellation (ImporterProgram), not System.CommandLine's.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }

    private static Option<string> DataOption()
    {
        var data = new Option<string>("--data")
        {
            Description = "The dataset directory (node and relationship CSV files).",
            DefaultValueFactory = _ => ImportSettings.DefaultDataDirectory,
        };
        data.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--data must name the dataset directory.");
            }
        });
        return data;
    }

    /// <summary>A number option whose parser also checks the range, so that any bad value is one error naming the option.</summary>
    private static Option<T> Ranged<T>(string name, string description, string accepts, T defaultValue, T min, T max, NumberStyles styles)
        where T : struct, INumber<T>
    {
        return new Option<T>(name)
        {
            Description = $"{description}: {accepts}.",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var token = result.Tokens.Single().Value;
                if (T.TryParse(token, styles, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                {
                    return value;
                }

                result.AddError($"{name} must be {accepts}; got {EchoedText.Quote(token)}.");
                return defaultValue;
            },
        };
    }

    private static Dictionary<string, string?> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);

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
