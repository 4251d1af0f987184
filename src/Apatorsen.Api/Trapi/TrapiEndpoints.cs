using Apatorsen.Api.Problems;
using System.Text.Json;
using Apatorsen.Api.Backends;
using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Model;
using Apatorsen.Api.Trapi.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Trapi;

/// <summary>
/// The TRAPI 1.5.0 routes under /trapi (docs/trapi.md): lookup queries over the graph, its meta knowledge graph and
/// the one-hop examples the Translator testing harness reads.
/// </summary>
public static class TrapiEndpoints
{
    public const string TestDataPath = "/trapi/test_data";

    /// <summary>The status (and log code) of an answer cut because the query went over its <see cref="QueryBudget"/>.</summary>
    public const string QueryCut = "QueryBudgetExceeded";

    private static readonly System.Text.UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>TRAPI bodies are written with the names of the TRAPI schema, without nulls.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PreSerialized<TrapiNode>(), new PreSerialized<TrapiEdge>() },
    };

    public static IEndpointRouteBuilder MapTrapi(this IEndpointRouteBuilder app)
    {
        var trapi = app.MapGroup("/trapi").WithTags("TRAPI");
        var cache = TrapiAnswerCache.For(app.ServiceProvider);

        trapi.MapPost("/query", (HttpRequest request, IKnowledgeGraph graph, TrapiTerms terms, CancellationToken cancellationToken) => QueryAsync(request, graph, terms, cache, cancellationToken))
            .WithName("TrapiQuery")
            .WithSummary("Answer a TRAPI 1.5.0 lookup query")
            .WithDescription($"A TRAPI Query whose query graph is a tree of at most {TrapiLimits.MaxEdges} edges, answered from this graph with Biolink {TrapiLimits.BiolinkVersion} hierarchy expansion. Extra Query properties: limit (1 to {TrapiLimits.MaxResults}, default {TrapiLimits.DefaultResults}) and offset. 400 names what is invalid; 413 over {TrapiLimits.BatchSizeLimit} ids in a query node or a body over {TrapiLimits.MaxRequestBytes} bytes; 501 for other workflows, ALL/MANY set interpretations and pathfinder queries. A query over its budget (QueryBudget:*) is answered with status QueryBudgetExceeded and an ERROR log naming what to constrain, or refused with 400 when its plan cannot fit. Errors are application/problem+json (TRAPI declares a JSON string).")
            .Accepts<JsonElement>("application/json")
            .Produces<TrapiResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status501NotImplemented);
        trapi.MapGet("/meta_knowledge_graph", MetaKnowledgeGraphAsync)
            .WithName("TrapiMetaKnowledgeGraph")
            .WithSummary("The TRAPI meta knowledge graph")
            .WithDescription("Every Biolink category of the graph's nodes with the id prefixes its nodes use, and every (subject category, predicate, object category) its edges hold, with their qualifiers and applicable values and knowledge_types [\"lookup\"].");
        trapi.MapGet("/test_data", TestData)
            .WithName("TrapiTestData")
            .WithSummary("One-hop examples that must return results")
            .WithDescription("The test data of info.x-trapi.test_data_location, in the format of the Translator's one-hop testing harness: one edge per kind of statement, with subject and object ids.")
            .Produces<JsonElement>();
        return app;
    }

    public static async Task<Results<JsonHttpResult<TrapiResponse>, ProblemHttpResult>> QueryAsync(
        HttpRequest request, IKnowledgeGraph graph, TrapiTerms terms, TrapiAnswerCache? cache, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await ReadBodyAsync(request, cancellationToken);
        if (tooLarge)
        {
            return TrapiRefusal.TooLarge($"The body is over {TrapiLimits.MaxRequestBytes} bytes.").ToProblem();
        }

        // A body that is not UTF-8 is never a key: decoded leniently, it could equal a valid body holding U+FFFD. No
        // key either when the graph gives no version (a Neo4j graph without (:Dataset) records).
        var services = request.HttpContext.RequestServices;
        var text = cache is null ? null : StrictUtf8(body);
        var version = text is null ? null : await services.GetRequiredService<IGraphVersion>().CacheKeyAsync(cancellationToken);
        var key = text is null || version is null ? null : TrapiAnswerCache.Key(version, text);
        if (key is not null && cache?.Find(key) is { } remembered)
        {
            return TypedResults.Json(remembered, Json);
        }

        var budget = services.GetService<Microsoft.Extensions.Options.IOptions<QueryBudgetOptions>>()?.Value ?? new QueryBudgetOptions();
        var (answer, refusal) = await AnswerAsync(body, graph, terms, budget, services.GetService<TimeProvider>() ?? TimeProvider.System, cancellationToken);
        if (answer is not null && cache is not null && key is not null && !answer.Value.BypassCache && answer.Value.Response.Status != QueryCut)
        {
            cache.Keep(key, answer.Value.Response);
        }

        return answer is null ? refusal!.ToProblem() : TypedResults.Json(answer.Value.Response, Json);
    }

    private static async Task<((TrapiResponse Response, bool BypassCache)? Answer, TrapiRefusal? Refusal)> AnswerAsync(
        byte[] body, IKnowledgeGraph graph, TrapiTerms terms, QueryBudgetOptions budget, TimeProvider time, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return (null, TrapiRefusal.BadRequest([$"The body is not JSON: {ex.Message}"]));
        }

        using (document)
        {
            var (query, refusal) = TrapiRequestReader.Read(document.RootElement, JsonText.CanHoldInvalid(body));
            if (refusal is not null)
            {
                return (null, refusal);
            }

            var responses = new TrapiResponses(query!, time, terms.Mapping);
            foreach (var warning in query!.Warnings)
            {
                responses.Log("WARNING", null, warning);
            }

            var outcome = QueryPlanner.Plan(query.Graph, terms.Vocabulary);
            responses.Log(outcome.Notes);
            if (outcome.Plan is null)
            {
                return ((responses.Empty(outcome.Status, outcome.Status == "Success" ? "Success. 0 results." : string.Join(" ", outcome.Notes.Select(n => n.Message))), query.BypassCache), null);
            }

            if (await QueryBudgetCheck.TooLargeAsync(outcome.Plan, graph, budget, cancellationToken) is { } tooLarge)
            {
                return (null, TrapiRefusal.BadRequest([tooLarge]));
            }

            try
            {
                var matches = await graph.MatchQueryGraphAsync(outcome.Plan, new PageRequest(query.Limit, query.Offset), cancellationToken);
                return ((responses.Answer(outcome.Plan, matches), query.BypassCache), null);
            }
            catch (QueryBudgetExceededException cut)
            {
                var message = $"{cut.Message} {QueryBudgetCheck.Advice(query.Graph)}";
                responses.Log("ERROR", QueryCut, message);
                return ((responses.Empty(QueryCut, message), query.BypassCache), null);
            }
        }
    }

    private static string? StrictUtf8(byte[] body)
    {
        try
        {
            return Utf8Strict.GetString(body);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    public static async Task<JsonHttpResult<MetaKnowledgeGraph>> MetaKnowledgeGraphAsync(IKnowledgeGraph graph, GraphSchema schema, CancellationToken cancellationToken) =>
        TypedResults.Json(MetaKnowledgeGraphBuilder.Build(MetaBuilder.Build(schema, graph.Backend, await graph.GetMetaAsync(cancellationToken)), await graph.GetHeldTermsAsync(cancellationToken), schema), Json);

    public static IResult TestData() => Results.Text(TrapiTestData.Json, "application/json");

    private static async Task<(byte[] Body, bool TooLarge)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > TrapiLimits.MaxRequestBytes)
        {
            return ([], true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > TrapiLimits.MaxRequestBytes)
            {
                return ([], true);
            }
        }

        return (buffer.ToArray(), false);
    }
}
