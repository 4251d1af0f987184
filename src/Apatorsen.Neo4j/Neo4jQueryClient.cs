using Apatorsen.Neo4j.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Apatorsen.Neo4j;

/// <summary>
/// Runs Cypher over Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, docs-query-api query.adoc) with
/// typed JSON both ways, and opens explicit transactions. Thread-safe; register it once with
/// <see cref="Neo4jServiceCollectionExtensions.AddNeo4jClient(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{Neo4jOptions}?)"/>.
/// </summary>
/// <remarks>
/// <para>Values map as follows (typed-json.adoc), results to .NET and parameters from .NET:
/// Integer ↔ <see cref="long"/> (parameters: any integral type); Float ↔ <see cref="double"/> (parameters also
/// <see cref="float"/>, <see cref="decimal"/>); String ↔ <see cref="string"/> (parameters also <see cref="char"/>,
/// <see cref="Guid"/>); Boolean ↔ <see cref="bool"/>; Null ↔ <see langword="null"/>; Base64 ↔ <c>byte[]</c>;
/// List ↔ <c>IReadOnlyList&lt;object?&gt;</c> (parameters: any non-string <see cref="System.Collections.IEnumerable"/>);
/// Map ↔ <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (parameters: any string-keyed dictionary);
/// Date ↔ <see cref="DateOnly"/>; LocalTime ↔ <see cref="TimeOnly"/>; Time ↔ <see cref="Neo4jOffsetTime"/>;
/// LocalDateTime ↔ <see cref="DateTime"/> (a UTC <see cref="DateTime"/> parameter is sent as OffsetDateTime);
/// OffsetDateTime and ZonedDateTime → <see cref="DateTimeOffset"/> (the zone name is dropped, the offset kept;
/// parameters are sent as OffsetDateTime); Duration ↔ <see cref="Neo4jDuration"/> (parameters also <see cref="TimeSpan"/>);
/// Point ↔ <see cref="Neo4jPoint"/>; Node → <see cref="Neo4jNode"/>; Relationship → <see cref="Neo4jRelationship"/>;
/// Path → <see cref="Neo4jPath"/>; Vector → <see cref="Neo4jVector"/> and Unsupported → <see cref="Neo4jUnsupportedValue"/> (v1.1 only).
/// Sub-100 ns digits of temporal values are truncated.</para>
/// <para>Failures: <see cref="Neo4jClientException"/>, <see cref="Neo4jTransientException"/>, <see cref="Neo4jDatabaseException"/>
/// for server errors, <see cref="Neo4jAuthenticationException"/> for 401, <see cref="Neo4jUnavailableException"/>,
/// <see cref="Neo4jTimeoutException"/>, <see cref="Neo4jProtocolException"/>; caller cancellation stays an
/// <see cref="OperationCanceledException"/>. Implicit transactions and transaction opening are retried on transient
/// errors and connection failures (<see cref="Neo4jOptions.MaxRetryAttempts"/>), so implicit writes should be idempotent (MERGE);
/// <see cref="RunInTransactionAsync{T}"/> retries an explicit transaction's whole work the same way.</para>
/// </remarks>
public sealed class Neo4jQueryClient
{
    /// <summary>The name of the <see cref="HttpClient"/> the client gets from <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "Apatorsen.Neo4j";

    private static readonly RunOptions NoOptions = new();

    private readonly QueryApiTransport _transport;
    private readonly RetryingExecutor _retry;
    private readonly ILogger _logger;

    /// <summary>Creates the client. Options are validated at host start when registered with AddNeo4jClient.</summary>
    public Neo4jQueryClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, ILogger<Neo4jQueryClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var settings = options.Value;
        _logger = logger;
        _transport = new QueryApiTransport(httpClientFactory, settings, logger);
        _retry = new RetryingExecutor(settings, logger);
    }

    /// <summary>Runs one statement in an implicit transaction.</summary>
    /// <param name="statement">The Cypher statement; use parameters, never literals built from input.</param>
    /// <param name="parameters">Parameter values by name (without <c>$</c>), or null.</param>
    /// <param name="accessMode"><see cref="AccessMode.Read"/> for every read, so a cluster can route it to a reader.</param>
    /// <param name="cancellationToken">Cancels the call; reported as <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">A parameter has a type with no Cypher equivalent; the message names it.</exception>
    public Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode accessMode,
        CancellationToken cancellationToken = default) =>
        RunAsync(statement, parameters, accessMode, NoOptions, cancellationToken);

    /// <summary>Runs one statement in an implicit transaction, with counters or bookmarks.</summary>
    /// <inheritdoc cref="RunAsync(string, IReadOnlyDictionary{string, object?}?, AccessMode, CancellationToken)"/>
    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode accessMode,
        RunOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentNullException.ThrowIfNull(options);
        EnsureDefined(accessMode);
        var call = new QueryApiCall(
            accessMode == AccessMode.Read ? "read query" : "write query",
            HttpMethod.Post,
            PathSuffix: "",
            QueryRequestBody.ForStatement(statement, parameters, accessMode, options),
            Statement: statement);
        var response = await _retry.ExecuteAsync(token => _transport.SendAsync(call, token), cancellationToken);
        return response.Result;
    }

    /// <summary>
    /// Opens an explicit transaction (<c>POST /db/{database}/query/v2/tx</c>, docs-query-api transactions.adoc).
    /// Retried like implicit transactions; statements inside it are not.
    /// </summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(AccessMode accessMode, CancellationToken cancellationToken = default)
    {
        EnsureDefined(accessMode);
        return await _retry.ExecuteAsync(token => OpenAsync(accessMode, token), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a new explicit transaction and, when it fails with a transient error or a
    /// connection failure, runs it again as a whole in another new transaction, under the same retry policy as
    /// implicit transactions (<see cref="Neo4jOptions.MaxRetryAttempts"/>, exponential backoff with jitter), until
    /// <paramref name="cancellationToken"/> ends it. The work commits or rolls back; a transaction it leaves open is
    /// rolled back when the attempt ends. Suits reads, and writes that may be repeated.
    /// </summary>
    public Task<T> RunInTransactionAsync<T>(
        AccessMode accessMode,
        Func<Neo4jTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken = default)
    {
        EnsureDefined(accessMode);
        ArgumentNullException.ThrowIfNull(work);
        return _retry.ExecuteAsync(
            async token =>
            {
                await using var transaction = await OpenAsync(accessMode, token);
                return await work(transaction, token);
            },
            cancellationToken);
    }

    // One attempt at opening.
    private async Task<Neo4jTransaction> OpenAsync(AccessMode accessMode, CancellationToken cancellationToken)
    {
        var call = new QueryApiCall("begin transaction", HttpMethod.Post, "/tx", QueryRequestBody.ForBegin(accessMode));
        var response = await _transport.SendAsync(call, cancellationToken);
        var transaction = response.Transaction
            ?? throw new Neo4jProtocolException("Neo4j answered POST .../query/v2/tx without a transaction.id; does the server support explicit transactions (Neo4j 5.26 or later)?");
        _logger.LogDebug("Neo4j transaction {TransactionId} opened ({AccessMode})", transaction.Id, accessMode);
        return new Neo4jTransaction(_transport, _logger, accessMode, transaction.Id, response.ClusterAffinity, transaction.Expires);
    }

    private static void EnsureDefined(AccessMode accessMode)
    {
        if (!Enum.IsDefined(accessMode))
        {
            throw new ArgumentOutOfRangeException(nameof(accessMode), accessMode, "Use AccessMode.Read or AccessMode.Write.");
        }
    }
}
