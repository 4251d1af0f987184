namespace Apatorsen.Neo4j.Protocol;

/// <summary>One HTTP request to the Query API, described without HTTP types so it can be sent again on retry.</summary>
/// <param name="Operation">What the request does, for logs and messages ("query", "commit", ...).</param>
/// <param name="Method">POST, or DELETE for a rollback.</param>
/// <param name="PathSuffix">Appended to <c>/db/{database}/query/v2</c>: empty, <c>/tx</c>, <c>/tx/{id}</c> or <c>/tx/{id}/commit</c>.</param>
/// <param name="Body">The JSON body, or null for none.</param>
/// <param name="ClusterAffinity">The transaction's <c>neo4j-cluster-affinity</c> value to replay, if any.</param>
/// <param name="TransactionId">The explicit transaction the request belongs to, if any.</param>
/// <param name="Statement">The statement, only to describe it (length and first words) in debug logs.</param>
internal sealed record QueryApiCall(
    string Operation,
    HttpMethod Method,
    string PathSuffix,
    byte[]? Body,
    string? ClusterAffinity = null,
    string? TransactionId = null,
    string? Statement = null);
