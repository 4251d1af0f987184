namespace Apatorsen.Neo4j;

/// <summary>
/// Where a cluster routes the work: <see cref="Read"/> lets readers serve it, <see cref="Write"/> (the server's
/// default) sends it to the writer. Sent as the request's <c>accessMode</c> (docs-query-api routing.adoc).
/// </summary>
public enum AccessMode
{
    /// <summary>Read-only work, routable to cluster readers.</summary>
    Read,

    /// <summary>Work that may write.</summary>
    Write,
}
