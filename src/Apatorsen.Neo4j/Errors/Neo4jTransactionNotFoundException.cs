namespace Apatorsen.Neo4j;

/// <summary>
/// The server no longer knows the explicit transaction: it expired after the idle timeout (60 s by default,
/// <c>server.queryapi.transaction_idle_timeout</c>), was already closed, or the request reached another cluster
/// member (docs-query-api transactions.adoc). Its work was rolled back; run the whole transaction again.
/// </summary>
public sealed class Neo4jTransactionNotFoundException : Neo4jClientException
{
    internal Neo4jTransactionNotFoundException(string transactionId, string code, string serverMessage)
        : base(
            $"Neo4j transaction '{transactionId}' is no longer open on the server (expired after the idle timeout, already closed, or sent to another cluster member); its work was rolled back. {Describe(code, serverMessage)}",
            code,
            serverMessage)
    {
        TransactionId = transactionId;
    }

    /// <summary>The id the server gave the transaction when it opened it.</summary>
    public string TransactionId { get; }
}
