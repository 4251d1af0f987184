using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Apatorsen.Neo4j.Testing;

/// <summary>Turns an incoming HTTP request into a <see cref="RecordedRequest"/>: route from the path, fields from the body.</summary>
internal static class RecordedRequestReader
{
    public static async Task<RecordedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var json = Parse(body);
        var (route, database, transactionId) = Route(request.Method, request.Path.Value ?? "");
        return new RecordedRequest
        {
            Method = request.Method,
            Path = request.Path.Value ?? "",
            Route = route,
            Database = database,
            TransactionId = transactionId,
            Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            Json = json,
            Statement = StringProperty(json, "statement"),
            AccessMode = StringProperty(json, "accessMode"),
            IncludeCounters = json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("includeCounters", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? c.GetBoolean()
                : null,
            Bookmarks = json is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
                ? [.. marks.EnumerateArray().Select(m => m.GetString()!)]
                : null,
            Parameters = json is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                ? parameters.EnumerateObject().ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal)
                : new Dictionary<string, JsonElement>(),
        };
    }

    // /db/{db}/query/v2[/tx[/{id}[/commit]]]
    private static (QueryApiRoute Route, string? Database, string? TransactionId) Route(string method, string path)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length < 4 || segments[0] != "db" || segments[2] != "query" || segments[3] != "v2")
        {
            return (QueryApiRoute.Unknown, null, null);
        }

        var database = segments[1];
        var rest = segments[4..];
        var route = (method, rest) switch
        {
            ("POST", []) => QueryApiRoute.Query,
            ("POST", ["tx"]) => QueryApiRoute.BeginTransaction,
            ("POST", ["tx", _]) => QueryApiRoute.RunInTransaction,
            ("DELETE", ["tx", _]) => QueryApiRoute.RollbackTransaction,
            ("POST", ["tx", _, "commit"]) => QueryApiRoute.CommitTransaction,
            _ => QueryApiRoute.Unknown,
        };
        return (route, database, rest.Length >= 2 ? rest[1] : null);
    }

    private static JsonElement? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringProperty(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
