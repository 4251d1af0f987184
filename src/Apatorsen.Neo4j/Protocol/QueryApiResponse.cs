namespace Apatorsen.Neo4j.Protocol;

/// <summary>A successful answer: the result, and the transaction block when the request belonged to an explicit transaction.</summary>
internal sealed record QueryApiResponse(QueryResult Result, TransactionInfo? Transaction, string? ClusterAffinity);

/// <summary>The <c>transaction</c> block of an answer (docs-query-api transactions.adoc): its absence means the transaction closed.</summary>
internal sealed record TransactionInfo(string Id, DateTimeOffset? Expires);

/// <summary>The first entry of an answer's <c>errors</c> list.</summary>
internal sealed record ServerError(string Code, string Message);
