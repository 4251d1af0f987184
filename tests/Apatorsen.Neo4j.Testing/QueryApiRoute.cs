namespace Apatorsen.Neo4j.Testing;

/// <summary>Which Query API endpoint a request hit (docs-query-api query.adoc and transactions.adoc).</summary>
public enum QueryApiRoute
{
    /// <summary>Anything else; the default answer is 404.</summary>
    Unknown,

    /// <summary><c>POST /db/{db}/query/v2</c>: a statement in an implicit transaction.</summary>
    Query,

    /// <summary><c>POST /db/{db}/query/v2/tx</c>: open an explicit transaction.</summary>
    BeginTransaction,

    /// <summary><c>POST /db/{db}/query/v2/tx/{id}</c>: a statement inside an explicit transaction.</summary>
    RunInTransaction,

    /// <summary><c>POST /db/{db}/query/v2/tx/{id}/commit</c>.</summary>
    CommitTransaction,

    /// <summary><c>DELETE /db/{db}/query/v2/tx/{id}</c>.</summary>
    RollbackTransaction,
}
