namespace Apatorsen.Neo4j;

/// <summary>
/// Base of every failure the client reports. <see cref="Code"/> and <see cref="ServerMessage"/> come from the
/// server's <c>{"errors":[{"code": ..., "message": ...}]}</c> answer (docs-query-api query.adoc), and are
/// <see langword="null"/> when the failure happened on the client side (unreachable server, timeout).
/// </summary>
public abstract class Neo4jException : Exception
{
    private protected Neo4jException(string message, string? code, string? serverMessage, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    /// <summary>The Neo4j status code, for example <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string? Code { get; }

    /// <summary>The server's own message for the error.</summary>
    public string? ServerMessage { get; }

    private protected static string Describe(string code, string serverMessage) => $"{code}: {serverMessage}";
}
