using Apatorsen.Api.Problems;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Apatorsen.Api.Backends;
using Apatorsen.Api.Questions;
using Apatorsen.Api.Tests.Contract;
using Apatorsen.Api.Tests.Embedded;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Planning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Tests.Trapi;

/// <summary>
/// Every TRAPI query and /api/paths request runs under a budget (QueryBudget:*): a plan that cannot fit is refused
/// before any walk, a walk that goes over is cut, and a client that goes away stops the walk.
/// </summary>
public sealed class QueryBudgetTests
{
    private static EmbeddedApiFactory Api(params (string Key, string Value)[] settings) =>
        new() { Settings = settings.ToDictionary(s => s.Key, s => (string?)s.Value) };

    private static Task<ApiResponse> PostAsync(HttpClient client, JsonNode body) =>
        ApiResponse.SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/trapi/query") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") });

    private static JsonObject TwoHopsFromApatorsen() => JsonNode.Parse("""
        {"message":{"query_graph":{"nodes":{"d":{"ids":["DRUGBANK:DB06094"]},"x":{},"y":{}},
          "edges":{"e1":{"subject":"d","object":"x"},"e2":{"subject":"x","object":"y"}}}}}
        """)!.AsObject();

    [Fact]
    public async Task ScanOfMoreNodesThanTheBindings_IsRefusedUpFront_NamingWhatToConstrain()
    {
        await using var factory = Api(("QueryBudget:MaxBindings", "20"));

        var problem = (await PostAsync(factory.CreateClient(), JsonNode.Parse("""
            {"message":{"query_graph":{"nodes":{"any":{"categories":["biolink:NamedThing"]}},"edges":{}}}}
            """)!)).Problem(HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'any'", detail, StringComparison.Ordinal);
        Assert.Contains("QueryBudget:MaxBindings", detail, StringComparison.Ordinal);
        Assert.Contains("ids", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WalkReadingMoreRelationshipsThanTheBudget_IsCut()
    {
        await using var generous = Api();
        await using var tight = Api(("QueryBudget:MaxVisitedRelationships", "100"));

        var answered = await PostAsync(generous.CreateClient(), TwoHopsFromApatorsen());
        var cut = await PostAsync(tight.CreateClient(), TwoHopsFromApatorsen());

        Assert.Equal("Success", answered.Ok().GetProperty("status").GetString());
        var body = cut.Ok();
        Assert.Equal("QueryBudgetExceeded", body.GetProperty("status").GetString());
        Assert.Contains("QueryBudget:MaxVisitedRelationships", body.GetProperty("description").GetString(), StringComparison.Ordinal);
        TrapiSchema.AssertValidResponse(body);
    }

    [Fact]
    public async Task Paths_OverTheBudget_Are422()
    {
        await using var tight = Api(("QueryBudget:MaxVisitedRelationships", "100"));

        var problem = (await ApiResponse.GetAsync(tight.CreateClient(), $"/api/paths?from={TrapiContractTests.Apatorsen}&to={TrapiContractTests.Apoptosis}&maxHops=4"))
            .Problem(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("QueryBudget:MaxVisitedRelationships", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledRequest_StopsTheWalk()
    {
        // Budgets far beyond what the star needs (it would run for many seconds): only the token can stop it.
        await using var factory = Api(
            ("QueryBudget:MaxBindings", "10000000"), ("QueryBudget:MaxVisitedRelationships", "1000000000"), ("QueryBudget:MaxDuration", "00:05:00"));
        var graph = factory.Services.GetRequiredService<IKnowledgeGraph>();
        var plan = QueryPlanner.Plan(new QueryGraph(
            [new QNode("hub", null, ["biolink:NamedThing"], "BATCH", 0), .. "abcd".Select(k => new QNode(k.ToString(), null, null, "BATCH", 0))],
            "abcd".Select((k, i) => new QEdge($"e{i}", "hub", k.ToString(), null, [], null, 0)).ToArray()),
            factory.Services.GetRequiredService<Apatorsen.Api.Trapi.TrapiTerms>().Vocabulary).Plan!;
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => graph.MatchQueryGraphAsync(plan, new PageRequest(1, 0), aborted.Token), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Budget_PastItsTime_Stops_AndACancelledToken_Stops()
    {
        var time = new ManualTime();
        var budget = new QueryBudget(new QueryBudgetOptions { MaxDuration = TimeSpan.FromSeconds(2) }, time, CancellationToken.None);
        budget.Check();
        time.Advance(TimeSpan.FromSeconds(3));

        var late = Assert.Throws<QueryBudgetExceededException>(budget.Check);
        Assert.Equal(QueryBudgetExceededException.Duration, late.Budget);
        Assert.Throws<OperationCanceledException>(new QueryBudget(new QueryBudgetOptions(), time, new CancellationToken(canceled: true)).Check);
    }

    [Theory]
    [InlineData("QueryBudget:MaxBindings", "0")]
    [InlineData("QueryBudget:MaxVisitedRelationships", "-1")]
    [InlineData("QueryBudget:MaxDuration", "00:00:00")]
    public void InvalidBudget_FailsTheStart_NamingTheSetting(string key, string value)
    {
        // The rule, checked as the host checks it on start (bound from configuration, data annotations), without the
        // race of a failing WebApplicationFactory host, which may surface as an ObjectDisposedException instead.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        var options = configuration.GetSection(QueryBudgetOptions.SectionName).Get<QueryBudgetOptions>()!;
        var result = new DataAnnotationValidateOptions<QueryBudgetOptions>(null).Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);

        using var factory = Api((key, value));
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
