namespace Apatorsen.Neo4j;

/// <summary>Where a <see cref="Neo4jTransaction"/> stands.</summary>
public enum Neo4jTransactionState
{
    /// <summary>Open: statements can run, and it can be committed or rolled back.</summary>
    Open,

    /// <summary>Committed.</summary>
    Committed,

    /// <summary>Rolled back by <see cref="Neo4jTransaction.RollbackAsync"/> or on dispose.</summary>
    RolledBack,

    /// <summary>
    /// A statement or the commit failed: the server rolled the transaction back (or, for a commit whose answer was
    /// lost, its outcome is unknown). Run the whole transaction again.
    /// </summary>
    Failed,
}
