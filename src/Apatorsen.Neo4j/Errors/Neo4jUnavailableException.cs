namespace Apatorsen.Neo4j;

/// <summary>
/// The server could not be reached (connection refused, reset, DNS, or a gateway's 502/503/504) after the
/// configured retries. The message names the server's address without credentials.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    internal Neo4jUnavailableException(Uri server, int attempts, string reason, Exception? innerException)
        : base(
            $"Neo4j at {server} could not be reached after {attempts} attempt{(attempts == 1 ? "" : "s")}: {reason}",
            code: null,
            serverMessage: null,
            innerException)
    {
        Server = server;
        Attempts = attempts;
        Reason = reason;
    }

    /// <summary>The server's address (scheme, host and port only).</summary>
    public Uri Server { get; }

    /// <summary>How many requests were sent before giving up.</summary>
    public int Attempts { get; }

    internal string Reason { get; }
}
