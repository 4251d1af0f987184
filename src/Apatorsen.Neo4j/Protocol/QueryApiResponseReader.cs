using System.Globalization;
using System.Text.Json;

namespace Apatorsen.Neo4j.Protocol;

/// <summary>
/// Reads Query API answers: <c>data.fields</c>, <c>data.values</c> (rows of typed values), <c>counters</c>,
/// <c>bookmarks</c>, <c>transaction</c> and <c>errors</c> (docs-query-api query.adoc, transactions.adoc, query-counters.adoc).
/// </summary>
internal static class QueryApiResponseReader
{
    private static readonly IReadOnlyList<string> None = [];

    public static ServerError? ReadFirstError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "Neo.DatabaseError.General.UnknownError";
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
            return new ServerError(code, message);
        }

        return null;
    }

    public static (QueryResult Result, TransactionInfo? Transaction) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jProtocolException($"Expected a JSON object from the Query API but got {root.ValueKind}.");
        }

        var fields = None;
        var rows = new List<QueryRow>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            fields = ReadStrings(data, "fields");
            var fieldIndex = IndexFields(fields);
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in values.EnumerateArray())
                {
                    rows.Add(new QueryRow(fieldIndex, ReadRow(row, fields.Count)));
                }
            }
        }

        var counters = root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object ? ReadCounters(c) : null;
        var result = new QueryResult(fields, rows, counters, ReadStrings(root, "bookmarks"));
        return (result, ReadTransaction(root));
    }

    private static object?[] ReadRow(JsonElement row, int fieldCount)
    {
        // query-counters.adoc and routing.adoc show single-field rows without the inner array; accept both.
        if (row.ValueKind != JsonValueKind.Array)
        {
            return [TypedValueReader.Read(row)];
        }

        var values = new object?[row.GetArrayLength()];
        var index = 0;
        foreach (var value in row.EnumerateArray())
        {
            values[index++] = TypedValueReader.Read(value);
        }

        return values.Length == fieldCount
            ? values
            : throw new Neo4jProtocolException($"A row has {values.Length} values but the answer names {fieldCount} fields.");
    }

    private static Dictionary<string, int> IndexFields(IReadOnlyList<string> fields)
    {
        var index = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            index.TryAdd(fields[i], i);
        }

        return index;
    }

    private static QueryCounters ReadCounters(JsonElement counters) => new()
    {
        ContainsUpdates = ReadBoolean(counters, "containsUpdates"),
        NodesCreated = ReadCount(counters, "nodesCreated"),
        NodesDeleted = ReadCount(counters, "nodesDeleted"),
        PropertiesSet = ReadCount(counters, "propertiesSet"),
        RelationshipsCreated = ReadCount(counters, "relationshipsCreated"),
        RelationshipsDeleted = ReadCount(counters, "relationshipsDeleted"),
        LabelsAdded = ReadCount(counters, "labelsAdded"),
        LabelsRemoved = ReadCount(counters, "labelsRemoved"),
        IndexesAdded = ReadCount(counters, "indexesAdded"),
        IndexesRemoved = ReadCount(counters, "indexesRemoved"),
        ConstraintsAdded = ReadCount(counters, "constraintsAdded"),
        ConstraintsRemoved = ReadCount(counters, "constraintsRemoved"),
        ContainsSystemUpdates = ReadBoolean(counters, "containsSystemUpdates"),
        SystemUpdates = ReadCount(counters, "systemUpdates"),
    };

    // The documentation shows counters as plain JSON; a typed value is accepted too in case the typed format wraps them.
    private static long ReadCount(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.Number ? value.GetInt64() : Convert.ToInt64(TypedValueReader.Read(value), CultureInfo.InvariantCulture)
            : 0;

    private static bool ReadBoolean(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value) && (value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : TypedValueReader.Read(value) is true);

    private static TransactionInfo? ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var transaction) || transaction.ValueKind != JsonValueKind.Object
            || !transaction.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        DateTimeOffset? expires = transaction.TryGetProperty("expires", out var e) && e.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(e.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : null;
        return new TransactionInfo(id.GetString()!, expires);
    }

    private static IReadOnlyList<string> ReadStrings(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return None;
        }

        var strings = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            strings.Add(item.GetString() ?? "");
        }

        return strings;
    }
}
