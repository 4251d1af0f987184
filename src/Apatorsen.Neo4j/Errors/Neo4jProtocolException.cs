namespace Apatorsen.Neo4j;

/// <summary>
/// The server answered with something the Query API documentation does not describe (an unexpected HTTP status,
/// a body that is not typed JSON, an unknown <c>$type</c>). Usually a wrong <see cref="Neo4jOptions.Uri"/>, a proxy,
/// or a server too old for the Query API.
/// </summary>
public sealed class Neo4jProtocolException : Neo4jException
{
    public Neo4jProtocolException(string message, Exception? innerException = null)
        : base(message, code: null, serverMessage: null, innerException)
    {
    }
}
