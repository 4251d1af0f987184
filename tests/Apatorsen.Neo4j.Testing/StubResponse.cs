using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Apatorsen.Neo4j.Testing;

/// <summary>
/// What the <see cref="QueryApiStub"/> answers to one request. The factory methods build the documented shapes
/// (docs-query-api query.adoc, transactions.adoc, query-counters.adoc, authentication-authorization.adoc);
/// use <c>with</c> to add a <see cref="Delay"/> or headers.
/// </summary>
public sealed record StubResponse
{
    // Bodies read as the server writes them: quotes and non-ASCII text unescaped.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The server's usual status: the Query API answers 202 whether or not the statement failed.</summary>
    public const int Accepted = 202;

    /// <summary>HTTP status; 202 unless set.</summary>
    public int StatusCode { get; init; } = Accepted;

    /// <summary>The body, or null for none.</summary>
    public string? Body { get; init; }

    /// <summary>The Content-Type; null echoes the request's typed JSON Accept header.</summary>
    public string? ContentType { get; init; }

    /// <summary>Extra response headers, for example <c>neo4j-cluster-affinity</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Wait this long before answering (the wait ends early if the client gives up); <see cref="Timeout.InfiniteTimeSpan"/> never answers.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Abort the connection instead of answering, as a crashed server or broken network would.</summary>
    public bool DropConnection { get; init; }

    /// <summary>A raw JSON body, for example one copied from the documentation.</summary>
    public static StubResponse Json(string body, int statusCode = Accepted) => new() { Body = body, StatusCode = statusCode };

    /// <summary>A successful answer with no fields and no rows, and one bookmark.</summary>
    public static StubResponse Empty() => Rows([]);

    /// <summary>
    /// A successful answer: <c>data.fields</c>, <c>data.values</c> (each row's values through <see cref="TypedJson.From"/>)
    /// and one bookmark.
    /// </summary>
    public static StubResponse Rows(IReadOnlyList<string> fields, params IReadOnlyList<object?>[] rows)
    {
        var values = new JsonArray();
        foreach (var row in rows)
        {
            values.Add(new JsonArray([.. row.Select(TypedJson.From)]));
        }

        var body = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode?)f)]), ["values"] = values },
            ["bookmarks"] = new JsonArray("FB:stub-bookmark"),
        };
        return Json(body.ToJsonString(Readable));
    }

    /// <summary>An error answer, <c>{"errors":[{"code": ..., "message": ...}]}</c>, with status 202 unless given.</summary>
    public static StubResponse Error(string code, string message, int statusCode = Accepted) =>
        Json(new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString(Readable), statusCode);

    /// <summary>A <c>Neo.TransientError.General.DatabaseUnavailable</c> error, which a client should retry.</summary>
    public static StubResponse TransientError(string message = "Database 'neo4j' is unavailable.") =>
        Error("Neo.TransientError.General.DatabaseUnavailable", message);

    /// <summary>A <c>Neo.ClientError.Statement.SyntaxError</c> error, which a client must not retry.</summary>
    public static StubResponse SyntaxError(string message = "Invalid input 'RETRN': expected a valid clause (line 1, column 1 (offset: 0))") =>
        Error("Neo.ClientError.Statement.SyntaxError", message);

    /// <summary>The documented 401 for wrong credentials (authentication-authorization.adoc).</summary>
    public static StubResponse Unauthorized(string message = "Invalid username or password.") =>
        Error("Neo.ClientError.Security.Unauthorized", message, 401) with { ContentType = "application/json" };

    /// <summary>
    /// The answer that opens a transaction: <c>transaction.id</c> and <c>expires</c> in the body and, unless null,
    /// the <c>neo4j-cluster-affinity</c> header (transactions.adoc).
    /// </summary>
    public static StubResponse TransactionOpened(string id, string? clusterAffinity = QueryApiStub.DefaultClusterAffinity, DateTimeOffset? expires = null)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
            ["bookmarks"] = new JsonArray(),
            ["transaction"] = TransactionBlock(id, expires),
        };
        return new StubResponse
        {
            Body = body.ToJsonString(Readable),
            Headers = clusterAffinity is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["neo4j-cluster-affinity"] = clusterAffinity },
        };
    }

    /// <summary>The documented error for an expired or unknown transaction (transactions.adoc).</summary>
    public static StubResponse TransactionNotFound(string id) =>
        Error(
            "Neo.ClientError.Request.Invalid",
            $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");

    /// <summary>Aborts the connection instead of answering.</summary>
    public static StubResponse ConnectionDropped() => new() { DropConnection = true };

    /// <summary>Keeps the request open and never answers, as a server that accepts connections and then hangs (ends when the client gives up).</summary>
    public static StubResponse NeverAnswers() => new() { Delay = Timeout.InfiniteTimeSpan };

    /// <summary>This answer with the documented <c>counters</c> block (query-counters.adoc); unnamed counters are 0.</summary>
    public StubResponse WithCounters(long nodesCreated = 0, long relationshipsCreated = 0, long propertiesSet = 0, long labelsAdded = 0, long nodesDeleted = 0) =>
        WithBodyProperty("counters", new JsonObject
        {
            ["containsUpdates"] = nodesCreated + relationshipsCreated + propertiesSet + labelsAdded + nodesDeleted > 0,
            ["nodesCreated"] = nodesCreated,
            ["nodesDeleted"] = nodesDeleted,
            ["propertiesSet"] = propertiesSet,
            ["relationshipsCreated"] = relationshipsCreated,
            ["relationshipsDeleted"] = 0,
            ["labelsAdded"] = labelsAdded,
            ["labelsRemoved"] = 0,
            ["indexesAdded"] = 0,
            ["indexesRemoved"] = 0,
            ["constraintsAdded"] = 0,
            ["constraintsRemoved"] = 0,
            ["containsSystemUpdates"] = false,
            ["systemUpdates"] = 0,
        });

    /// <summary>This answer with a <c>transaction</c> block, as answers inside an open transaction carry.</summary>
    public StubResponse WithTransaction(string id, DateTimeOffset? expires = null) => WithBodyProperty("transaction", TransactionBlock(id, expires));

    internal static JsonObject TransactionBlock(string id, DateTimeOffset? expires) => new()
    {
        ["id"] = id,
        ["expires"] = (expires ?? DateTimeOffset.UtcNow.AddMinutes(1)).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
    };

    private StubResponse WithBodyProperty(string name, JsonNode value)
    {
        var body = JsonNode.Parse(Body ?? "{}")!.AsObject();
        body[name] = value;
        return this with { Body = body.ToJsonString(Readable) };
    }
}
