using Apatorsen.Neo4j.Protocol;
using Microsoft.Extensions.Logging;

namespace Apatorsen.Neo4j;

/// <summary>
/// An explicit transaction (docs-query-api transactions.adoc). Every request replays the
/// <c>neo4j-cluster-affinity</c> header the server sent when it opened the transaction. Nothing inside it is
/// retried: a failed statement makes the server roll the transaction back, and the caller retries the whole
/// transaction. Disposing an open transaction rolls it back, unless a rollback was already tried: one that got no
/// answer is not sent again, so that a server that stopped answering costs one wait, not two. The server expires
/// idle transactions (60 s by default).
/// Not thread-safe: run one statement at a time.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private static readonly RunOptions NoOptions = new();

    private readonly QueryApiTransport _transport;
    private readonly ILogger _logger;
    private readonly string _path;
    private bool _rollbackTried;

    internal Neo4jTransaction(QueryApiTransport transport, ILogger logger, AccessMode accessMode, string id, string? clusterAffinity, DateTimeOffset? expiresAt)
    {
        _transport = transport;
        _logger = logger;
        AccessMode = accessMode;
        Id = id;
        ClusterAffinity = clusterAffinity;
        ExpiresAt = expiresAt;
        _path = "/tx/" + Uri.EscapeDataString(id);
    }

    /// <summary>The server's id for the transaction (<c>transaction.id</c>).</summary>
    public string Id { get; }

    /// <summary>The access mode it was opened with.</summary>
    public AccessMode AccessMode { get; }

    /// <summary>The <c>neo4j-cluster-affinity</c> value replayed on every request, or null when the server sent none.</summary>
    public string? ClusterAffinity { get; }

    /// <summary>When the server will expire the transaction if idle (<c>transaction.expires</c> of the latest answer).</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Whether it is open, committed, rolled back or failed.</summary>
    public Neo4jTransactionState State { get; private set; } = Neo4jTransactionState.Open;

    /// <summary>Runs a statement inside the transaction (<c>POST .../tx/{id}</c>).</summary>
    /// <exception cref="InvalidOperationException">The transaction is no longer open.</exception>
    /// <exception cref="Neo4jTransactionNotFoundException">The server no longer knows the transaction (expired or closed).</exception>
    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken = default) =>
        RunAsync(statement, parameters, NoOptions, cancellationToken);

    /// <summary>Runs a statement inside the transaction, with counters when asked; bookmarks do not apply here.</summary>
    /// <inheritdoc cref="RunAsync(string, IReadOnlyDictionary{string, object?}?, CancellationToken)"/>
    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Bookmarks is { Count: > 0 })
        {
            throw new ArgumentException("Bookmarks apply to implicit transactions, not to a statement inside an explicit one.", nameof(options));
        }

        EnsureOpen();
        var body = QueryRequestBody.ForStatement(statement, parameters, accessMode: null, options);
        try
        {
            var response = await SendAsync(new QueryApiCall("transaction statement", HttpMethod.Post, _path, body, ClusterAffinity, Id, statement), cancellationToken);
            return response.Result;
        }
        catch (Neo4jException ex) when (IsServerError(ex))
        {
            // The server rolls an explicit transaction back when one of its statements fails (transactions.adoc).
            State = Neo4jTransactionState.Failed;
            throw;
        }
    }

    /// <summary>Commits (<c>POST .../tx/{id}/commit</c>) and returns the bookmarks of the committed work.</summary>
    /// <exception cref="InvalidOperationException">The transaction is no longer open.</exception>
    public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        try
        {
            var response = await SendAsync(new QueryApiCall("commit", HttpMethod.Post, _path + "/commit", Body: null, ClusterAffinity, Id), cancellationToken);
            State = Neo4jTransactionState.Committed;
            return response.Result.Bookmarks;
        }
        catch (Neo4jException)
        {
            State = Neo4jTransactionState.Failed;
            throw;
        }
    }

    /// <summary>Rolls back (<c>DELETE .../tx/{id}</c>). Disposing the transaction afterwards never sends it again.</summary>
    /// <exception cref="InvalidOperationException">The transaction is no longer open.</exception>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _rollbackTried = true;
        try
        {
            await SendAsync(new QueryApiCall("rollback", HttpMethod.Delete, _path, Body: null, ClusterAffinity, Id), cancellationToken);
            State = Neo4jTransactionState.RolledBack;
        }
        catch (Neo4jException ex) when (IsServerError(ex))
        {
            State = Neo4jTransactionState.Failed;
            throw;
        }
    }

    /// <summary>
    /// Rolls back if still open and no rollback was tried; never throws (a failed rollback is logged and left to the
    /// server's idle timeout).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (State != Neo4jTransactionState.Open || _rollbackTried)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None);
            _logger.LogDebug("Neo4j transaction {TransactionId} rolled back on dispose", Id);
        }
        catch (Exception ex) when (ex is Neo4jException or InvalidOperationException)
        {
            State = Neo4jTransactionState.Failed;
            _logger.LogWarning("Neo4j transaction {TransactionId} could not be rolled back on dispose ({Error}); the server expires it when idle", Id, ex.GetType().Name);
        }
    }

    private async Task<QueryApiResponse> SendAsync(QueryApiCall call, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(call, cancellationToken);
        if (response.Transaction?.Expires is { } expires)
        {
            ExpiresAt = expires;
        }

        return response;
    }

    private void EnsureOpen()
    {
        if (State != Neo4jTransactionState.Open)
        {
            throw new InvalidOperationException($"Neo4j transaction '{Id}' is {State}; begin a new transaction.");
        }
    }

    // Errors the server reported about the transaction's work, as opposed to transport failures or refused credentials,
    // after which the transaction may still be open (transactions.adoc: a 401 leaves it open).
    private static bool IsServerError(Neo4jException ex) =>
        ex is not (Neo4jUnavailableException or Neo4jTimeoutException or Neo4jAuthenticationException or Neo4jProtocolException);
}
