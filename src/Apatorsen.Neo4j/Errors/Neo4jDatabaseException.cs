namespace Apatorsen.Neo4j;

/// <summary>A <c>Neo.DatabaseError.*</c> answer (or an unknown code class): the server failed to serve a valid request.</summary>
public sealed class Neo4jDatabaseException : Neo4jException
{
    internal Neo4jDatabaseException(string code, string serverMessage)
        : base(Describe(code, serverMessage), code, serverMessage, innerException: null)
    {
    }
}
