namespace Apatorsen.Neo4j;

/// <summary>
/// One request took longer than <see cref="Neo4jOptions.RequestTimeout"/>. Not retried: a timed-out write may still
/// commit on the server. Cancellation by the caller is reported as <see cref="OperationCanceledException"/> instead.
/// </summary>
public sealed class Neo4jTimeoutException : Neo4jException
{
    internal Neo4jTimeoutException(string operation, TimeSpan timeout, Exception innerException)
        : base($"Neo4j {operation} did not answer within {timeout.TotalSeconds:0.###} s (Neo4j:RequestTimeout).", code: null, serverMessage: null, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
