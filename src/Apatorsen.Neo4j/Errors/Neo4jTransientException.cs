namespace Apatorsen.Neo4j;

/// <summary>
/// A <c>Neo.TransientError.*</c> answer (deadlock, leader switch, database briefly unavailable, ...), which may succeed
/// when retried. Implicit transactions and transaction opening are retried before this reaches the caller; inside an
/// explicit transaction the caller retries the whole transaction.
/// </summary>
public sealed class Neo4jTransientException : Neo4jException
{
    internal Neo4jTransientException(string code, string serverMessage)
        : base(Describe(code, serverMessage), code, serverMessage, innerException: null)
    {
    }
}
