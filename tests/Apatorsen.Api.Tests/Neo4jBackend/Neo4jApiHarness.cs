using Apatorsen.Graph.Cypher;
using Apatorsen.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Apatorsen.Neo4j.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Apatorsen.Api.Tests.Neo4jBackend;

/// <summary>
/// The API on its Neo4j backend, pointed at a <see cref="QueryApiStub"/> that answers each of the API's statements
/// (recognised by their exact text from cypher/queries) with what the test registered for it.
/// </summary>
internal sealed class Neo4jApiHarness : IAsyncDisposable
{
    public const string ApiKey = "test-cypher-key-of-32-characters";

    private readonly Dictionary<string, Func<RecordedRequest, StubResponse>> _answers = new(StringComparer.Ordinal);
    private readonly Factory _factory;

    private Neo4jApiHarness(QueryApiStub stub, IReadOnlyDictionary<string, string?> settings)
    {
        Stub = stub;
        stub.Responder = Answer;
        _factory = new Factory(settings);
        Client = _factory.CreateClient();
    }

    public QueryApiStub Stub { get; }

    public HttpClient Client { get; }

    /// <summary>The API's own Query API client, for reading answers of the stub directly.</summary>
    public Neo4jQueryClient QueryClient => _factory.Services.GetRequiredService<Neo4jQueryClient>();

    public static async Task<Neo4jApiHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Uri? neo4j = null)
    {
        var stub = await QueryApiStub.StartAsync(TestContext.Current.CancellationToken);
        var all = new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = (neo4j ?? stub.Uri).ToString(),
            ["Neo4j:MaxRetryAttempts"] = "0",
            ["Neo4j:RetryBaseDelay"] = "00:00:00",
            ["Neo4j:RetryMaxDelay"] = "00:00:00",
            ["Api:CypherApiKey"] = ApiKey,
            // Off unless a test is about the answer cache: kept answers, and the dataset version check it sends,
            // would hide which statements a question costs.
            ["Api:CacheResponses"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new Neo4jApiHarness(stub, all);
    }

    /// <summary>Answers the named statement (e.g. queries/entity) with this response from now on.</summary>
    public Neo4jApiHarness On(string query, StubResponse response) => On(query, _ => response);

    public Neo4jApiHarness On(string query, Func<RecordedRequest, StubResponse> response)
    {
        _answers[CypherCatalog.Get(query)] = response;
        return this;
    }

    /// <summary>The requests that ran the named statement.</summary>
    public IReadOnlyList<RecordedRequest> RequestsFor(string query) =>
        Stub.Requests.Where(r => r.Statement == CypherCatalog.Get(query)).ToArray();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Stub.DisposeAsync();
    }

    private StubResponse Answer(RecordedRequest request) =>
        request.Route == QueryApiRoute.Query && request.Statement is { } statement && _answers.TryGetValue(statement, out var answer)
            ? answer(request)
            : Stub.DefaultResponse(request);

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

/// <summary>Values in the shapes the API's statements return.</summary>
internal static class Neo4jRows
{
    public static Dictionary<string, object?> Node(string id, string label, string name) =>
        new() { ["id"] = id, ["labels"] = new[] { "Entity", label }, ["name"] = name };

    /// <summary>The stored properties of a node with only an id and a name.</summary>
    public static Dictionary<string, object?> Properties(string id, string name) => new() { ["id"] = id, ["name"] = name };

    /// <summary>A typed relationship with these publications.</summary>
    public static System.Text.Json.Nodes.JsonObject Typed(string elementId, string start, string end, string type, params string[] publications) =>
        TypedJson.Relationship(elementId, start, end, type, new Dictionary<string, object?> { ["publications"] = publications });

    /// <summary>An answer of queries/entity for a node with no properties beyond id and name, and no relationships.</summary>
    public static StubResponse EntityRow(string id, string label, string name) =>
        StubResponse.Rows(["anchor", "properties", "counts"], [Node(id, label, name), new Dictionary<string, object?> { ["id"] = id, ["name"] = name }, Array.Empty<object>()]);

    public static string TypeOf(RecordedRequest request, string parameter) =>
        request.Parameters[parameter].GetProperty("$type").GetString()!;
}
