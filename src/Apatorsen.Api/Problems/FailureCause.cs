using Apatorsen.Neo4j;

namespace Apatorsen.Api.Problems;

/// <summary>What a log line says caused an expected failure: one line, no stack trace, no data.</summary>
internal static class FailureCause
{
    // Neo4j's code alone when it sent one: its messages can quote data. Our own messages name the server and the limit.
    public static string Of(Exception exception) => exception switch
    {
        Neo4jException { Code: { } code } => code,
        _ => exception.Message.ReplaceLineEndings(" "),
    };
}
