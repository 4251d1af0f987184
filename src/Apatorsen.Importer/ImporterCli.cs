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
        "Validates a dataset and loads it into Neo4j over its HTTP Query API: schema first, then nodes and relationships in " +
        "batches (--concurrency in flight, each one transaction; a transient error such as a deadlock retries that batch alone), " +
        "then removal of what the files no longer hold, a count check, and the dataset's (:Dataset) record. Unchanged files " +
        "send no batch.",
        "",
        "Datasets: several share one graph, each under its --dataset name (default: the data folder's name). A node may " +
        "belong to several; a relationship belongs to the dataset that states it; loading, reloading or removing one dataset " +
        "(remove --dataset NAME) never changes another's. A shared node goes only when no dataset holds it.",
        "",
        "Bulk first load: `bulk` prints the neo4j-admin database import full command for the files (Neo4j stopped; it " +
        "replaces the database), `finish` completes the result on the started server. See docs/neo4j.md.",
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
        var dataset = DatasetOption(required: false);
        var run = new RunOptions();
        var neo4j = new Neo4jSwitches();
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and plan the batches; connect to nothing." };

        var root = new RootCommand(Help) { data, dataset, dryRun };
        neo4j.AddTo(root);
        run.AddTo(root, concurrency: true);
        root.SetAction(async (parse, ct) =>
        {
            var settings = run.Settings(parse, parse.GetValue(data)!, parse.GetValue(dataset), parse.GetValue(dryRun));
            if (!await DatasetNamedAsync(settings.Dataset, error))
            {
                return ExitCodes.InvalidInput;
            }

            return await new ImportCommand(settings, neo4j.Configuration(parse, environment), CreateConsole(output), error, schema).RunAsync(ct);
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
        root.Subcommands.Add(RemoveCommandLine(output, error, environment, schema));
        root.Subcommands.Add(BulkCommandLine(output, error, schema));
        root.Subcommands.Add(FinishCommandLine(output, error, environment, schema));

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

    private static Command RemoveCommandLine(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, GraphSchema schema)
    {
        var dataset = DatasetOption(required: true);
        var run = new RunOptions();
        var neo4j = new Neo4jSwitches();
        var command = new Command("remove",
            "Remove one dataset from the graph: its relationships, its hold on nodes (a node goes only when no other dataset holds it) " +
            "and its (:Dataset) record. Other datasets keep their nodes, relationships and counts. Exit codes as an import.")
        {
            dataset,
        };
        neo4j.AddTo(command);
        run.AddTo(command, concurrency: false);
        command.SetAction(async (parse, ct) =>
        {
            var settings = run.Settings(parse, ImportSettings.DefaultDataDirectory, parse.GetValue(dataset), dryRun: false);
            return await new RemoveCommand(settings, neo4j.Configuration(parse, environment), CreateConsole(output), error, schema).RunAsync(ct);
        });
        return command;
    }

    private static Command BulkCommandLine(TextWriter output, TextWriter error, GraphSchema schema)
    {
        var data = DataOption();
        var dataset = DatasetOption(required: false);
        var database = new Option<string>("--database") { Description = "The database neo4j-admin writes (default neo4j).", DefaultValueFactory = _ => "neo4j" };
        var filesRoot = new Option<string?>("--files-root")
        {
            Description = "Where neo4j-admin sees the data directory, e.g. /import/apatorsen in a container (default: the --data directory's full path).",
        };
        var argumentsFile = new Option<string?>("--arguments-file")
        {
            Description = "Write the options to this file, one a line, for `neo4j-admin database import full <database> @<file>`, instead of printing the command.",
        };
        var command = new Command("bulk",
            "First load of a large dataset: validate the files and print the exact `neo4j-admin database import full` command that loads them " +
            "(Neo4j stopped; it replaces the database), then run `finish` against the started server. Exit 0, or 2 with every problem.")
        {
            data, dataset, database, filesRoot, argumentsFile,
        };
        database.Validators.Add(result =>
        {
            if (!Neo4jDatabaseName(result.GetValueOrDefault<string>()))
            {
                result.AddError($"--database must be a database name (a letter, then letters, digits, '.', '-'); got {EchoedText.Quote(result.GetValueOrDefault<string>() ?? "")}.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var directory = parse.GetValue(data)!;
            var settings = new BulkSettings(directory, parse.GetValue(dataset) ?? DatasetNames.FromDirectory(directory), parse.GetValue(database)!,
                parse.GetValue(filesRoot), parse.GetValue(argumentsFile));
            return await DatasetNamedAsync(settings.Dataset, error) ? await BulkCommand.RunAsync(settings, output, error, schema, ct) : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static Command FinishCommandLine(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> environment, GraphSchema schema)
    {
        var data = DataOption();
        var dataset = DatasetOption(required: false);
        var run = new RunOptions();
        var neo4j = new Neo4jSwitches();
        var command = new Command("finish",
            "Finish a bulk load on the started server: the :Entity label and the dataset's ownership on what neo4j-admin wrote, the " +
            "constraints and indexes (full-text included), the count check and the (:Dataset) record, so that the graph answers as an " +
            "imported one. Rerun it if interrupted. Exit codes as an import.")
        {
            data, dataset,
        };
        neo4j.AddTo(command);
        run.AddTo(command, concurrency: false);
        command.SetAction(async (parse, ct) =>
        {
            var settings = run.Settings(parse, parse.GetValue(data)!, parse.GetValue(dataset), dryRun: false);
            if (!await DatasetNamedAsync(settings.Dataset, error))
            {
                return ExitCodes.InvalidInput;
            }

            return await new FinishCommand(settings, neo4j.Configuration(parse, environment), CreateConsole(output), error, schema).RunAsync(ct);
        });
        return command;
    }

    // --dataset is checked as it is parsed; the default, the data folder's name, only here.
    private static async Task<bool> DatasetNamedAsync(string dataset, TextWriter error)
    {
        if (DatasetNames.IsValid(dataset))
        {
            return true;
        }

        await error.WriteLineAsync(EchoedText.Escape(
            $"error: the data folder's name {EchoedText.Quote(dataset)} is no dataset name ({DatasetNames.Accepts}); pass --dataset NAME."));
        return false;
    }

    private static bool Neo4jDatabaseName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 63 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static Option<string?> DatasetOption(bool required)
    {
        var dataset = new Option<string?>("--dataset")
        {
            Description = required
                ? $"The dataset's name in the graph: {DatasetNames.Accepts}."
                : $"The dataset's name in the graph (default: the data folder's name): {DatasetNames.Accepts}. Several datasets share one graph; each keeps its own.",
            Required = required,
        };
        dataset.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !DatasetNames.IsValid(name))
            {
                result.AddError($"--dataset must be {DatasetNames.Accepts}; got {EchoedText.Quote(name)}.");
            }
        });
        return dataset;
    }

    /// <summary>The options of a run that talks to Neo4j: batch size, concurrency, connectivity deadline, progress lines.</summary>
    private sealed class RunOptions
    {
        private readonly Option<int> _batchSize = Ranged("--batch-size", "Rows per batch, each batch one transaction",
            $"a whole number from 1 to {ImportSettings.MaxBatchSize.ToString("N0", CultureInfo.InvariantCulture)}",
            ImportSettings.DefaultBatchSize, 1, ImportSettings.MaxBatchSize, NumberStyles.AllowLeadingSign);

        private readonly Option<int> _concurrency = Ranged("--concurrency",
            "Batches in flight at once, each its own transaction (2 suits a 2-core server; a batch that deadlocks is retried alone)",
            $"a whole number from 1 to {ImportSettings.MaxConcurrency}", ImportSettings.DefaultConcurrency, 1, ImportSettings.MaxConcurrency, NumberStyles.AllowLeadingSign);

        private readonly Option<double> _checkTimeout = Ranged("--check-timeout", "How long the first connectivity check waits for Neo4j to answer (exit 3 after it)",
            string.Create(CultureInfo.InvariantCulture, $"a number of seconds from {MinSeconds} to {ImportSettings.MaxCheckTimeoutSeconds}"),
            ImportSettings.DefaultCheckTimeoutSeconds, MinSeconds, ImportSettings.MaxCheckTimeoutSeconds, NumberStyles.Float);

        private readonly Option<double> _progressInterval = Ranged("--progress-interval", "While a statement runs longer, a progress line on stderr this often",
            string.Create(CultureInfo.InvariantCulture, $"a number of seconds from {MinSeconds} to {ImportSettings.MaxProgressIntervalSeconds}"),
            ImportSettings.DefaultProgressIntervalSeconds, MinSeconds, ImportSettings.MaxProgressIntervalSeconds, NumberStyles.Float);

        private bool _withConcurrency;

        public void AddTo(Command command, bool concurrency)
        {
            _withConcurrency = concurrency;
            command.Options.Add(_batchSize);
            if (concurrency)
            {
                command.Options.Add(_concurrency);
            }

            command.Options.Add(_checkTimeout);
            command.Options.Add(_progressInterval);
        }

        public ImportSettings Settings(ParseResult parse, string dataDirectory, string? dataset, bool dryRun) => new(
            dataDirectory,
            parse.GetValue(_batchSize),
            dryRun,
            TimeSpan.FromSeconds(parse.GetValue(_checkTimeout)),
            TimeSpan.FromSeconds(parse.GetValue(_progressInterval)),
            dataset ?? DatasetNames.FromDirectory(dataDirectory),
            _withConcurrency ? parse.GetValue(_concurrency) : ImportSettings.DefaultConcurrency);
    }

    /// <summary>The Neo4j connection options of a command, mapped onto keys of the one importer configuration.</summary>
    private sealed class Neo4jSwitches
    {
        private readonly (Option<string?> Option, string Key)[] _switches =
        [
            (new Option<string?>("--uri") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474." }, ImporterConfiguration.Key(nameof(Neo4jOptions.Uri))),
            (new Option<string?>("--database") { Description = "The database (default neo4j)." }, ImporterConfiguration.Key(nameof(Neo4jOptions.Database))),
            (new Option<string?>("--user") { Description = "The user (default neo4j when a password is given)." }, ImporterConfiguration.Key(nameof(Neo4jOptions.User))),
            (new Option<string?>("--password") { Description = "The password; without one, no credentials are sent." }, ImporterConfiguration.Key(nameof(Neo4jOptions.Password))),
        ];

        public void AddTo(Command command)
        {
            foreach (var (option, _) in _switches)
            {
                command.Options.Add(option);
            }
        }

        public ImporterConfiguration Configuration(ParseResult parse, IReadOnlyDictionary<string, string?> environment)
        {
            var given = _switches.Where(s => parse.GetResult(s.Option) is { Implicit: false })
                .ToDictionary(s => s.Key, s => parse.GetValue(s.Option), StringComparer.OrdinalIgnoreCase);
            return new ImporterConfiguration(
                environment, _switches.ToDictionary(s => s.Key, s => s.Option.Name, StringComparer.OrdinalIgnoreCase), given);
        }
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
