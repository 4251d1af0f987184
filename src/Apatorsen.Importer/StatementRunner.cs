using System.Globalization;
using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j;

namespace Apatorsen.Importer;

/// <summary>
/// Runs the importer's statements (each in its own implicit transaction, which the client retries on transient errors),
/// saying on stderr while one takes long; and the steps several commands share: the connection, the connectivity check, the schema.
/// </summary>
internal sealed class StatementRunner(Neo4jConnection connection, ImportSettings settings, TextWriter error)
{
    private readonly WaitReporter _waits = new(error, settings.ProgressInterval);

    public Neo4jQueryClient Client { get; } = connection.Client;

    public Task<QueryResult> RunAsync(string statementName, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, string what, CancellationToken cancellationToken) =>
        RunStatementAsync(CypherCatalog.Get(statementName), parameters, mode, what, cancellationToken);

    public Task<QueryResult> RunStatementAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, string what, CancellationToken cancellationToken) =>
        _waits.WatchAsync(Client.RunAsync(statement, parameters, mode, cancellationToken), what);

    /// <summary>
    /// Opens the connection of a command that works on a running Neo4j (finish, remove) and runs
    /// <paramref name="command"/> with its runner: settings that fail validation are exit 2, each one line on stderr.
    /// </summary>
    public static async Task<int> ConnectAsync(ImporterConfiguration configuration, ImportSettings settings, TextWriter error, Func<StatementRunner, Task<int>> command)
    {
        await using var connection = await Neo4jConnection.CreateOrReportAsync(configuration, error);
        return connection is null ? ExitCodes.InvalidInput : await command(new StatementRunner(connection, settings, error));
    }

    /// <summary>
    /// The frame of a command that works on a running Neo4j (finish, remove): the connectivity check, then
    /// <paramref name="work"/>, with a Neo4j failure or an interruption turned into one line on stderr and its exit code.
    /// <paramref name="doing"/> names the work in those lines, <paramref name="kept"/> says what an interruption leaves,
    /// and <paramref name="command"/> is what to run again to complete it.
    /// </summary>
    public async Task<int> RunCommandAsync(string doing, string kept, string command, Func<Task<int>> work, CancellationToken cancellationToken)
    {
        if (await CheckConnectivityAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            return await work();
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync(Graph.Dataset.EchoedText.Escape($"error: {doing} failed: {e.Message}. Run {command} again to complete it."));
            return e is Neo4jUnavailableException or Neo4jAuthenticationException ? ExitCodes.Unreachable : ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"interrupted while {doing}: {kept}; run {command} again to complete it.");
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>The first contact: null when Neo4j answered, else the exit code after one line on stderr.</summary>
    public async Task<int?> CheckConnectivityAsync(CancellationToken cancellationToken)
    {
        // The check has its own short deadline: the client's request timeout is long enough for the index wait.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.CheckTimeout);
        var location = connection.Location;
        try
        {
            await Client.RunAsync(CypherCatalog.Get("ping"), null, AccessMode.Read, deadline.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"error: Neo4j at {location} did not answer the connectivity check within {settings.CheckTimeout.TotalSeconds:0.###} s (--check-timeout)."));
        }
        catch (Neo4jTimeoutException e)
        {
            // The client's own request timeout elapsed first: the same failure as the check's, with the other setting to raise.
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"error: Neo4j at {location} did not answer the connectivity check within {e.Timeout.TotalSeconds:0.###} s (Neo4j__RequestTimeout)."));
        }
        catch (Neo4jAuthenticationException)
        {
            await error.WriteLineAsync(connection.Options.Password is null
                ? $"error: Neo4j at {location} requires credentials: pass --password or set NEO4J_PASSWORD."
                : $"error: Neo4j at {location} refused the credentials of user '{connection.Options.User}'.");
        }
        catch (Neo4jUnavailableException e)
        {
            await error.WriteLineAsync(Graph.Dataset.EchoedText.Escape($"error: cannot reach Neo4j at {location}: {e.Message}"));
        }
        catch (Neo4jException e)
        {
            await error.WriteLineAsync(Graph.Dataset.EchoedText.Escape($"error: Neo4j at {location} answered the connectivity check with {e.Message}"));
        }

        return ExitCodes.Unreachable;
    }

    /// <summary>Creates the constraints and indexes (each statement on its own: schema commands cannot share a transaction with data writes) and waits until they are online.</summary>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in CypherCatalog.GetStatements("schema"))
        {
            await RunStatementAsync(statement, null, AccessMode.Write, "applying the schema", cancellationToken);
        }

        var wait = new Dictionary<string, object?> { ["timeoutSeconds"] = ImportSettings.IndexWaitSeconds };
        await RunAsync("import/await-indexes", wait, AccessMode.Write,
            $"the indexes to come online (up to {ImportSettings.IndexWaitSeconds} s)", cancellationToken);
    }

    /// <summary>The first column of the first row as a number; 0 when there is no row.</summary>
    public static long SingleCount(QueryResult result) =>
        result.Rows.Count == 0 ? 0 : Convert.ToInt64(result.Rows[0][0], CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> DatasetParameters(string dataset) => new() { ["dataset"] = dataset };
}
