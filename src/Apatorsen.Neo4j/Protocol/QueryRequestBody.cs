using System.Text.Encodings.Web;
using System.Text.Json;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Request bodies of the Query API: <c>statement</c>, <c>parameters</c> (typed JSON), <c>accessMode</c>,
/// <c>includeCounters</c>, <c>bookmarks</c> (docs-query-api query.adoc, routing.adoc, query-counters.adoc, bookmarks.adoc).
/// </summary>
internal static class QueryRequestBody
{
    // The body is never embedded in HTML, so non-ASCII names and '+' travel as themselves instead of \u escapes.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A statement, in an implicit transaction (<paramref name="accessMode"/> set) or an explicit one (null).</summary>
    public static byte[] ForStatement(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode? accessMode, RunOptions options) =>
        Write(writer =>
        {
            writer.WriteString("statement", statement);
            if (parameters is { Count: > 0 })
            {
                writer.WritePropertyName("parameters");
                TypedValueWriter.WriteParameters(writer, parameters);
            }

            if (accessMode is { } mode)
            {
                WriteAccessMode(writer, mode);
            }

            writer.WriteBoolean("includeCounters", options.IncludeCounters);
            WriteBookmarks(writer, options.Bookmarks);
        });

    /// <summary>Opening a transaction without a statement; transactions.adoc allows the statement to be left out.</summary>
    public static byte[] ForBegin(AccessMode accessMode) => Write(writer => WriteAccessMode(writer, accessMode));

    private static void WriteAccessMode(Utf8JsonWriter writer, AccessMode mode) =>
        writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");

    private static void WriteBookmarks(Utf8JsonWriter writer, IReadOnlyList<string>? bookmarks)
    {
        if (bookmarks is not { Count: > 0 })
        {
            return;
        }

        writer.WriteStartArray("bookmarks");
        foreach (var bookmark in bookmarks)
        {
            writer.WriteStringValue(bookmark);
        }

        writer.WriteEndArray();
    }

    private static byte[] Write(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
