namespace Apatorsen.Neo4j;

/// <summary>
/// The server refused the credentials (HTTP 401, docs-query-api authentication-authorization.adoc).
/// The message names the user or the bearer scheme, never the password or token.
/// </summary>
public sealed class Neo4jAuthenticationException : Neo4jClientException
{
    internal Neo4jAuthenticationException(string message, string? code, string? serverMessage)
        : base(message, code, serverMessage)
    {
    }
}
