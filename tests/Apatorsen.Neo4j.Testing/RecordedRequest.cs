using System.Text.Json;

namespace Apatorsen.Neo4j.Testing;

/// <summary>
/// One request the <see cref="QueryApiStub"/> received, exactly as sent: route, headers (including
/// <c>Authorization</c> and <c>neo4j-cluster-affinity</c>), raw body, and the parsed Query API body fields.
/// </summary>
public sealed record RecordedRequest
{
    /// <summary>The HTTP method, for example <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The request path, for example <c>/db/neo4j/query/v2/tx/t1/commit</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The Query API endpoint the path names.</summary>
    public required QueryApiRoute Route { get; init; }

    /// <summary>The database named in the path, or null when the path is not a Query API path.</summary>
    public string? Database { get; init; }

    /// <summary>The transaction id in the path, for transaction routes.</summary>
    public string? TransactionId { get; init; }

    /// <summary>Every request header, by case-insensitive name; repeated headers are joined with a comma.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The raw body (empty when none was sent).</summary>
    public required string Body { get; init; }

    /// <summary>The body parsed as JSON, or null when it was empty or not JSON.</summary>
    public JsonElement? Json { get; init; }

    /// <summary>The body's <c>statement</c>.</summary>
    public string? Statement { get; init; }

    /// <summary>The body's <c>accessMode</c> (<c>Read</c> or <c>Write</c>), or null when not sent.</summary>
    public string? AccessMode { get; init; }

    /// <summary>The body's <c>includeCounters</c>, or null when not sent.</summary>
    public bool? IncludeCounters { get; init; }

    /// <summary>The body's <c>bookmarks</c>, or null when not sent.</summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }

    /// <summary>The body's <c>parameters</c>, still in their typed JSON form; empty when none were sent.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Parameters { get; init; }

    /// <summary>The <c>Authorization</c> header, or null.</summary>
    public string? Authorization => Header("Authorization");

    /// <summary>The <c>neo4j-cluster-affinity</c> header, or null.</summary>
    public string? ClusterAffinity => Header("neo4j-cluster-affinity");

    /// <summary>The <c>Accept</c> header, or null.</summary>
    public string? Accept => Header("Accept");

    /// <summary>The <c>Content-Type</c> header, or null.</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>A header's value, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>A parameter decoded from typed JSON (see <see cref="TypedJson.Decode"/>).</summary>
    /// <exception cref="KeyNotFoundException">No such parameter was sent.</exception>
    public object? Parameter(string name) =>
        Parameters.TryGetValue(name, out var value)
            ? TypedJson.Decode(value)
            : throw new KeyNotFoundException($"The request sent no parameter '{name}'; it sent: {string.Join(", ", Parameters.Keys)}.");
}
