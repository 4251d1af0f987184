namespace Apatorsen.Neo4j;

/// <summary>
/// A <c>Neo.ClientError.*</c> answer: the request itself is wrong (syntax, constraint, missing database, ...).
/// Retrying the same request will not help, so the client never retries it.
/// </summary>
public class Neo4jClientException : Neo4jException
{
    internal Neo4jClientException(string code, string serverMessage)
        : this(Describe(code, serverMessage), code, serverMessage)
    {
    }

    private protected Neo4jClientException(string message, string? code, string? serverMessage)
        : base(message, code, serverMessage, innerException: null)
    {
    }
}
