namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Turns a server error into the exception for its code class (Neo4j status codes: <c>Neo.ClientError</c>,
/// <c>Neo.TransientError</c>, <c>Neo.DatabaseError</c>) and says which are worth retrying.
/// </summary>
internal static class ServerErrorMapper
{
    private const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    public static Neo4jException ToException(ServerError error, string? transactionId)
    {
        if (transactionId is not null && IsTransactionNotFound(error))
        {
            return new Neo4jTransactionNotFoundException(transactionId, error.Code, error.Message);
        }

        if (error.Code == Unauthorized)
        {
            return new Neo4jAuthenticationException($"Neo4j refused the credentials. {error.Code}: {error.Message}", error.Code, error.Message);
        }

        if (error.Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            return new Neo4jClientException(error.Code, error.Message);
        }

        return error.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            ? new Neo4jTransientException(error.Code, error.Message)
            : new Neo4jDatabaseException(error.Code, error.Message);
    }

    /// <summary>
    /// Transient errors and connection failures are retried, except the two transient codes that mean someone
    /// terminated the transaction on purpose (drivers treat them as client errors too).
    /// </summary>
    public static bool IsRetriable(Exception exception) => exception switch
    {
        Neo4jUnavailableException => true,
        Neo4jTransientException { Code: "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" } => false,
        Neo4jTransientException => true,
        _ => false,
    };

    // transactions.adoc: an expired or unknown id answers Neo.ClientError.Request.Invalid, "Transaction with Id ... was not found".
    private static bool IsTransactionNotFound(ServerError error) =>
        error.Code == "Neo.ClientError.Transaction.TransactionNotFound"
        || (error.Code == "Neo.ClientError.Request.Invalid" && error.Message.Contains("was not found", StringComparison.OrdinalIgnoreCase));
}
