using System.Net;
using System.Text.Json;

namespace Apatorsen.Api.Tests.Contract;

/// <summary>
/// What every backend must answer, from the shipped dataset. Subclasses say how the client reaches the API:
/// the embedded graph here, a real Neo4j in tests/Apatorsen.IntegrationTests/Api. Assertions hold for both, so they
/// avoid what the backends may legitimately order differently (ties among equally long paths beyond the first).
/// </summary>
public abstract class ApiContractTests
{
    public const string Apatorsen = "apatorsen:apatorsen";
    public const string Hsp27 = "UniProtKB:P04792";
    public const string Apoptosis = "GO:0006915";
    public const string Spruce = "clinicaltrials:NCT01829113";
    public const string Cancer = "MONDO:0004992";

    protected abstract HttpClient Client { get; }

    protected Task<ApiResponse> GetAsync(string url) => ApiResponse.GetAsync(Client, url);

    // Search

    [Fact]
    public async Task Search_ForOgx427_FindsApatorsenFirst_ThroughItsSynonym()
    {
        var body = (await GetAsync("/api/search?q=OGX-427")).Ok();

        var first = body.Items().First();
        Assert.Equal(Apatorsen, first.Str("id"));
        Assert.Equal(["Drug"], first.Strings("labels"));
        Assert.Equal("apatorsen", first.Str("name"));
        Assert.Equal("synonym", first.Str("matchedOn"));
        Assert.Equal("exact", first.Str("match"));
    }

    [Fact]
    public async Task Search_IsCaseInsensitive_AndEchoesTheCanonicalId()
    {
        var body = (await GetAsync("/api/search?q=uniprotkb:p04792")).Ok();

        var first = body.Items().First();
        Assert.Equal(Hsp27, first.Str("id"));
        Assert.Equal("id", first.Str("matchedOn"));
        Assert.Equal("exact", first.Str("match"));
    }

    [Fact]
    public async Task Search_RanksExactBeforePrefixBeforeContains()
    {
        var body = (await GetAsync("/api/search?q=hsp27&limit=500")).Ok();

        var matches = body.Items().Select(i => i.Str("match")).ToArray();
        Assert.Equal("exact", matches[0]);
        Assert.Equal(Hsp27, body.Items().First().Str("id"));
        var order = new Dictionary<string, int> { ["exact"] = 0, ["prefix"] = 1, ["contains"] = 2 };
        Assert.Equal(matches.OrderBy(m => order[m]), matches);
    }

    [Fact]
    public async Task Search_ByBareNctNumber_FindsTheTrial()
    {
        var body = (await GetAsync("/api/search?q=NCT01829113&label=ClinicalTrial")).Ok();

        Assert.Equal(Spruce, body.Items().First().Str("id"));
    }

    [Fact]
    public async Task Search_WithLabel_ReturnsOnlyThatLabel()
    {
        var body = (await GetAsync("/api/search?q=apatorsen&label=Drug")).Ok();

        Assert.NotEmpty(body.Items());
        Assert.All(body.Items(), i => Assert.Equal(["Drug"], i.Strings("labels")));
    }

    [Fact]
    public async Task Search_HonoursLimit()
    {
        var body = (await GetAsync("/api/search?q=apatorsen&limit=3")).Ok();

        Assert.Equal(3, body.Items().Count());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=---")]
    [InlineData("/api/search?q=hsp&label=Planet")]
    [InlineData("/api/search?q=hsp&limit=0")]
    [InlineData("/api/search?q=hsp&limit=501")]
    [InlineData("/api/search?q=hsp&limit=many")]
    public async Task Search_WithInvalidInput_Is400ProblemDetails(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task NonNumericLimit_Is400_NamingTheParameter()
    {
        var problem = (await GetAsync("/api/search?q=hsp&limit=many")).Problem(HttpStatusCode.BadRequest);

        Assert.Contains("limit", problem.Str("detail"), StringComparison.Ordinal);
    }

    // Entities

    [Fact]
    public async Task Entity_Hsp27_HasItsPropertiesAndRelationshipCounts_AndNoImportBookkeeping()
    {
        var body = (await GetAsync($"/api/entities/{Hsp27}")).Ok();

        Assert.Equal(Hsp27, body.Str("id"));
        Assert.Equal(["Protein"], body.Strings("labels"));
        Assert.Equal("Hsp27", body.Str("name"));
        var properties = body.GetProperty("properties");
        Assert.Equal("HSPB1", properties.Str("symbol"));
        Assert.Contains("heat shock protein 27", properties.Strings("synonyms"));
        Assert.False(properties.TryGetProperty("dataset", out _));
        Assert.False(properties.TryGetProperty("datasetVersion", out _));
        Assert.False(properties.TryGetProperty("id", out _));
        var counts = body.Items("relationshipCounts").ToArray();
        Assert.Contains(counts, c => c.Str("type") == "TARGETS" && c.Str("direction") == "in" && c.GetProperty("count").GetInt32() == 1);
        Assert.Contains(counts, c => c.Str("type") == "DECREASES" && c.Str("direction") == "out");
    }

    [Fact]
    public async Task Entity_ByBareNctNumber_IsTheTrial()
    {
        var body = (await GetAsync("/api/entities/NCT01829113")).Ok();

        Assert.Equal(Spruce, body.Str("id"));
        Assert.Equal(155, body.GetProperty("properties").GetProperty("enrollment").GetInt32());
    }

    [Fact]
    public async Task Entity_Unknown_Is404ProblemDetails_NamingTheId()
    {
        var problem = (await GetAsync("/api/entities/UniProtKB:P00000")).Problem(HttpStatusCode.NotFound);

        Assert.Equal("UniProtKB:P00000", problem.Str("id"));
    }

    [Theory]
    [InlineData("/api/entities/not-a-curie")]
    [InlineData("/api/entities/:P04792")]
    [InlineData("/api/entities/UniProtKB:")]
    [InlineData("/api/entities/has%20space:x")]
    public async Task Entity_WithMalformedId_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Entity_WithOverlongId_Is400()
    {
        (await GetAsync("/api/entities/x:" + new string('a', 300))).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EntityRelationships_ApatorsenTargetsHsp27_WithSources()
    {
        var body = (await GetAsync($"/api/entities/{Apatorsen}/relationships?type=TARGETS&direction=out")).Ok();

        var item = Assert.Single(body.Items());
        Assert.Equal("TARGETS", item.Str("type"));
        Assert.Equal("out", item.Str("direction"));
        Assert.Equal(Hsp27, item.GetProperty("node").Str("id"));
        Assert.Equal(["apatorsen:ref-01", "apatorsen:ref-04"], item.Strings("sources"));
        Assert.False(item.GetProperty("properties").TryGetProperty("sources", out _));
        Assert.Equal(1, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task EntityRelationships_Incoming_SeeTheOtherSide()
    {
        var body = (await GetAsync($"/api/entities/{Hsp27}/relationships?direction=in&label=Drug")).Ok();

        Assert.NotEmpty(body.Items());
        Assert.All(body.Items(), i =>
        {
            Assert.Equal("in", i.Str("direction"));
            Assert.Equal(["Drug"], i.GetProperty("node").Strings("labels"));
            Assert.NotEmpty(i.Strings("sources"));
        });
    }

    [Fact]
    public async Task EntityRelationships_Pages_AddUpToTheWhole()
    {
        var all = (await GetAsync($"/api/entities/{Apatorsen}/relationships?limit=500")).Ok();
        var total = all.GetProperty("total").GetInt32();
        var pages = new List<string>();
        for (var offset = 0; offset < total; offset += 7)
        {
            var page = (await GetAsync($"/api/entities/{Apatorsen}/relationships?limit=7&offset={offset}")).Ok();
            Assert.Equal(total, page.GetProperty("total").GetInt32());
            pages.AddRange(page.Items().Select(Key));
        }

        Assert.True(total > 20, $"apatorsen has {total} relationships");
        Assert.Equal(all.Items().Select(Key), pages);

        static string Key(JsonElement i) => $"{i.Str("type")} {i.Str("direction")} {i.GetProperty("node").Str("id")}";
    }

    [Theory]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?direction=sideways")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?type=CURES")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?label=Planet")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?offset=-1")]
    [InlineData("/api/entities/apatorsen:apatorsen/relationships?limit=1000")]
    public async Task EntityRelationships_WithInvalidInput_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task EntityRelationships_OfUnknownId_Is404() =>
        (await GetAsync("/api/entities/apatorsen:nothing-here/relationships")).Problem(HttpStatusCode.NotFound);

    // One-hop questions

    [Fact]
    public async Task Relationships_SubjectAndType_GiveTheStatementWithSubjectAndSources()
    {
        var body = (await GetAsync($"/api/relationships?subject={Apatorsen}&type=TARGETS")).Ok();

        var item = Assert.Single(body.Items());
        Assert.Equal(Apatorsen, item.GetProperty("subject").Str("id"));
        Assert.Equal(Hsp27, item.GetProperty("node").Str("id"));
        Assert.Equal(["apatorsen:ref-01", "apatorsen:ref-04"], item.Strings("sources"));
    }

    [Fact]
    public async Task Relationships_ObjectOnly_ListsWhatActsOnIt()
    {
        var body = (await GetAsync($"/api/relationships?object={Apoptosis}")).Ok();

        Assert.Contains(body.Items(), i => i.GetProperty("subject").Str("id") == Hsp27 && i.Str("type") == "DECREASES");
        Assert.Contains(body.Items(), i => i.GetProperty("subject").Str("id") == Apatorsen && i.Str("type") == "INCREASES");
        Assert.All(body.Items(), i => Assert.Equal(Apoptosis, i.GetProperty("node").Str("id")));
    }

    [Fact]
    public async Task Relationships_TypeWithLabels_FiltersBothEnds()
    {
        var body = (await GetAsync("/api/relationships?type=DECREASES&subjectLabel=Protein&objectLabel=BiologicalProcess")).Ok();

        var item = Assert.Single(body.Items());
        Assert.Equal(Hsp27, item.GetProperty("subject").Str("id"));
        Assert.Equal(Apoptosis, item.GetProperty("node").Str("id"));
    }

    [Fact]
    public async Task Relationships_TypeOnly_CountsEveryRelationshipOfTheType()
    {
        var body = (await GetAsync("/api/relationships?type=HAS_ARM&limit=2")).Ok();

        Assert.Equal(2, body.Items().Count());
        Assert.Equal(8, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/relationships")]
    [InlineData("/api/relationships?subjectLabel=Drug")]
    [InlineData("/api/relationships?type=CURES")]
    [InlineData("/api/relationships?subject=nonsense")]
    public async Task Relationships_WithInvalidInput_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Relationships_WithUnknownSubject_Is404() =>
        (await GetAsync("/api/relationships?subject=apatorsen:nothing-here")).Problem(HttpStatusCode.NotFound);

    // Paths

    [Fact]
    public async Task Paths_FromApatorsenToApoptosis_AreShortestFirst_StartingWithTheDirectEffect()
    {
        var body = (await GetAsync($"/api/paths?from={Apatorsen}&to={Apoptosis}")).Ok();

        var paths = body.Items("paths").ToArray();
        Assert.InRange(paths.Length, 2, 10);
        var first = paths[0];
        Assert.Equal(1, first.GetProperty("length").GetInt32());
        var relationship = Assert.Single(first.Items("relationships"));
        Assert.Equal("INCREASES", relationship.Str("type"));
        Assert.Equal(["apatorsen:ref-01", "apatorsen:ref-03"], relationship.Strings("sources"));
        var lengths = paths.Select(p => p.GetProperty("length").GetInt32()).ToArray();
        Assert.Equal(lengths.Order(), lengths);
        Assert.All(paths, p =>
        {
            var nodes = p.Items("nodes").Select(n => n.Str("id")).ToArray();
            Assert.Equal(Apatorsen, nodes[0]);
            Assert.Equal(Apoptosis, nodes[^1]);
            Assert.Equal(nodes.Length, nodes.Distinct().Count());
            Assert.Equal(nodes.Length - 1, p.Items("relationships").Count());
            Assert.InRange(nodes.Length - 1, 1, 4);
            Assert.All(p.Items("relationships"), r => Assert.NotEmpty(r.Strings("sources")));
        });
        Assert.Contains(paths, p => p.GetProperty("length").GetInt32() == 2
            && p.Items("nodes").ElementAt(1).Str("id") == Hsp27);
    }

    [Fact]
    public async Task Paths_WithOneHop_FindOnlyTheDirectRelationship()
    {
        var body = (await GetAsync($"/api/paths?from={Apoptosis}&to={Apatorsen}&maxHops=1")).Ok();

        var path = Assert.Single(body.Items("paths"));
        var relationship = Assert.Single(path.Items("relationships"));
        Assert.Equal(Apatorsen, relationship.Str("start"));
        Assert.Equal(Apoptosis, relationship.Str("end"));
    }

    [Theory]
    [InlineData("/api/paths?to=GO:0006915")]
    [InlineData("/api/paths?from=apatorsen:apatorsen")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=GO:0006915&maxHops=0")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=GO:0006915&maxHops=7")]
    [InlineData("/api/paths?from=apatorsen:apatorsen&to=apatorsen:apatorsen")]
    public async Task Paths_WithInvalidInput_Is400(string url) =>
        (await GetAsync(url)).Problem(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Paths_ToUnknownNode_Is404NamingIt()
    {
        var problem = (await GetAsync($"/api/paths?from={Apatorsen}&to=GO:0000000")).Problem(HttpStatusCode.NotFound);

        Assert.Equal("GO:0000000", problem.Str("id"));
    }

    // Mechanism

    [Fact]
    public async Task Mechanism_OfApatorsen_ReachesApoptosis_ThroughTheAntisenseChain()
    {
        var body = (await GetAsync($"/api/drugs/{Apatorsen}/mechanism")).Ok();

        Assert.Equal(Apatorsen, body.GetProperty("drug").Str("id"));
        var chains = body.Items("chains").ToArray();
        var antisense = Assert.Single(chains, c =>
            c.Items("steps").Select(s => s.Str("type")).SequenceEqual(["BINDS", "TRANSLATES_TO", "DECREASES"])
            && c.GetProperty("end").Str("id") == Apoptosis);
        Assert.Equal("increases", antisense.Str("netEffect"));
        var steps = antisense.Items("steps").ToArray();
        Assert.Equal(Apatorsen, steps[0].GetProperty("from").Str("id"));
        Assert.Equal("apatorsen:hspb1-mrna", steps[0].GetProperty("to").Str("id"));
        Assert.Equal(Hsp27, steps[1].GetProperty("to").Str("id"));
        Assert.Equal("decreases", steps[2].Str("effect"));
        Assert.All(steps, s => Assert.NotEmpty(s.Strings("sources")));
        Assert.Contains(chains, c => c.Items("steps").Select(s => s.Str("type")).SequenceEqual(["TARGETS", "DECREASES"])
            && c.GetProperty("end").Str("id") == Apoptosis);
        var sizes = chains.Select(c => c.Items("steps").Count()).ToArray();
        Assert.Equal(sizes.Order(), sizes);
        Assert.All(chains, c => Assert.InRange(c.Items("steps").Count(), 1, 4));
    }

    [Fact]
    public async Task Mechanism_OfANodeThatIsNotADrug_Is404() =>
        (await GetAsync($"/api/drugs/{Hsp27}/mechanism")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Mechanism_OfUnknownDrug_Is404() =>
        (await GetAsync("/api/drugs/apatorsen:nothing-here/mechanism")).Problem(HttpStatusCode.NotFound);

    // Trials

    [Fact]
    public async Task DrugTrials_OfApatorsen_ListEveryTrial_WithIndicationsAndSources()
    {
        var body = (await GetAsync($"/api/drugs/{Apatorsen}/trials")).Ok();
        var trials = body.Items().ToArray();

        Assert.Equal(5, trials.Length);
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        var spruce = Assert.Single(trials, t => t.Str("id") == Spruce);
        Assert.Equal("NCT01829113", spruce.Str("nctId"));
        Assert.Equal(2, spruce.GetProperty("phase").GetInt32());
        Assert.Equal(155, spruce.GetProperty("enrollment").GetInt32());
        Assert.Equal("apatorsen:stage-iv-non-squamous-nsclc", Assert.Single(spruce.Items("indications")).Str("id"));
        Assert.Equal(["apatorsen:ref-12"], spruce.Strings("sources"));
        var phases = trials.Select(t => t.GetProperty("phase").GetInt32()).ToArray();
        Assert.Equal(phases.Order(), phases);
    }

    [Fact]
    public async Task IndicationTrials_OfCancer_IncludeTrialsOfNarrowerDiseases()
    {
        var trials = (await GetAsync($"/api/indications/{Cancer}/trials")).Ok().Items().ToArray();

        Assert.Equal(5, trials.Length);
        Assert.Contains(trials, t => t.Str("id") == Spruce);
    }

    [Fact]
    public async Task IndicationTrials_OfLungCancer_IncludeSpruce_ThroughItsNarrowerIndication()
    {
        var body = (await GetAsync("/api/indications/MONDO:0008903/trials?limit=1&offset=1")).Ok();

        Assert.Equal(2, body.GetProperty("total").GetInt32());
        Assert.Equal(Spruce, Assert.Single(body.Items()).Str("id"));
    }

    [Fact]
    public async Task IndicationTrials_OfANodeThatIsNotAnIndication_Is404() =>
        (await GetAsync($"/api/indications/{Apatorsen}/trials")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task DrugTrials_OfANodeThatIsNotADrug_Is404() =>
        (await GetAsync($"/api/drugs/{Cancer}/trials")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Trial_ByNctNumber_ReturnsArmsInterventionsAndOutcomes_WithNumbers()
    {
        var trial = (await GetAsync("/api/trials/NCT01829113")).Ok();

        Assert.Equal(Spruce, trial.Str("id"));
        Assert.Equal(JsonValueKind.Number, trial.GetProperty("enrollment").ValueKind);
        Assert.Equal(155, trial.GetProperty("enrollment").GetInt32());
        Assert.Equal(2, trial.GetProperty("phase").GetInt32());
        Assert.Contains("double-blind", trial.Strings("design"));
        Assert.Equal(2, trial.Items("arms").Count());
        var experimental = Assert.Single(trial.Items("arms"), a => a.Str("id") == "apatorsen:arm-spruce-apatorsen");
        var apatorsen = Assert.Single(experimental.Items("interventions"), i => i.GetProperty("drug").Str("id") == Apatorsen);
        Assert.Equal(21, apatorsen.GetProperty("cycleLengthDays").GetInt32());
        Assert.Equal(["apatorsen:ref-12"], apatorsen.Strings("sources"));

        var outcomes = trial.Items("outcomes").ToArray();
        var pfsApatorsen = Assert.Single(outcomes, o => o.Str("id") == "apatorsen:outcome-spruce-pfs-apatorsen");
        var pfsPlacebo = Assert.Single(outcomes, o => o.Str("id") == "apatorsen:outcome-spruce-pfs-placebo");
        Assert.Equal(6.0, pfsApatorsen.GetProperty("value").GetDouble());
        Assert.Equal(4.9, pfsPlacebo.GetProperty("value").GetDouble());
        Assert.Equal("months", pfsApatorsen.Str("unit"));
        Assert.Equal("apatorsen:arm-spruce-apatorsen", pfsApatorsen.Str("arm"));
        Assert.Equal("apatorsen:arm-spruce-placebo", pfsPlacebo.Str("arm"));
        Assert.Equal("not significant", pfsApatorsen.Str("significance"));
        Assert.Equal(["apatorsen:outcome-spruce-pfs-placebo"], pfsApatorsen.Strings("comparedWith"));
        Assert.Equal("apatorsen:biomarker-serum-hsp27", Assert.Single(trial.Items("biomarkers")).Str("id"));
        Assert.Contains("apatorsen:ref-12", trial.Strings("sources"));
    }

    [Fact]
    public async Task Trial_PhaseOneDoseEscalation_CarriesTheDoseRange()
    {
        var trial = (await GetAsync("/api/trials/clinicaltrials:NCT00487786")).Ok();

        var intervention = trial.Items("arms").Single().Items("interventions").Single();
        Assert.Equal(200, intervention.GetProperty("doseMin").GetDouble());
        Assert.Equal(1000, intervention.GetProperty("doseMax").GetDouble());
        Assert.Equal("mg", intervention.Str("doseUnit"));
        Assert.Equal("intravenous", intervention.Str("route"));
    }

    [Fact]
    public async Task Trial_OfANodeThatIsNotATrial_Is404() =>
        (await GetAsync($"/api/trials/{Apatorsen}")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Trial_UnknownNctNumber_Is404() =>
        (await GetAsync("/api/trials/NCT99999999")).Problem(HttpStatusCode.NotFound);

    // Publications

    [Fact]
    public async Task Publication_Ref12_ListsTheRelationshipsItSupports()
    {
        var body = (await GetAsync("/api/publications/apatorsen:ref-12?limit=500")).Ok();

        Assert.Equal("apatorsen:ref-12", body.Str("id"));
        Assert.Contains("Apatorsen", body.GetProperty("properties").Str("title"), StringComparison.Ordinal);
        var supports = body.Items("supports").ToArray();
        Assert.Equal(body.GetProperty("total").GetInt32(), supports.Length);
        Assert.Contains(supports, s => s.GetProperty("subject").Str("id") == Spruce && s.Str("type") == "HAS_ARM");
        Assert.All(supports, s => Assert.Contains("apatorsen:ref-12", s.Strings("sources")));
    }

    [Fact]
    public async Task Publication_OfANodeThatIsNotAPublication_Is404() =>
        (await GetAsync($"/api/publications/{Apatorsen}")).Problem(HttpStatusCode.NotFound);

    // Meta

    [Fact]
    public async Task Meta_CountsEveryLabelTypeAndPattern_AndNamesTheVersion()
    {
        var body = (await GetAsync("/api/meta")).Ok();

        Assert.Equal(86, body.GetProperty("nodeCount").GetInt32());
        Assert.Equal(134, body.GetProperty("relationshipCount").GetInt32());
        Assert.Matches("^[0-9a-f]{16}$", body.Str("version"));
        Assert.Equal(13, body.Items("labels").Count());
        Assert.Equal(21, body.Items("relationshipTypes").Count());
        var drug = Assert.Single(body.Items("labels"), l => l.Str("label") == "Drug");
        Assert.Equal("biolink:Drug", drug.Str("biolinkCategory"));
        var targets = Assert.Single(body.Items("relationshipTypes"), t => t.Str("type") == "TARGETS");
        Assert.Equal("biolink:affects", targets.Str("biolinkPredicate"));
        Assert.Equal("decreased", targets.GetProperty("biolinkQualifiers").Str("object_direction_qualifier"));
        Assert.Contains(body.Items("patterns"), p => p.Str("start") == "Drug" && p.Str("type") == "TARGETS" && p.Str("end") == "Protein" && p.GetProperty("count").GetInt32() == 1);
        Assert.Equal(134, body.Items("patterns").Sum(p => p.GetProperty("count").GetInt32()));
    }

    // Browser files, health, OpenAPI

    [Fact]
    public async Task BrowserGuide_IsHtml_WithCorsForNeo4jBrowser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/browser/guide");
        request.Headers.Add("Origin", "http://localhost:7474");
        var response = await ApiResponse.SendAsync(Client, request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.ContentType);
        Assert.Contains("<article class=\"guide\">", response.Body, StringComparison.Ordinal);
        Assert.Equal("http://localhost:7474", Assert.Single(response.Message.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task BrowserStyle_IsPlainText_AndAnswersTheBrowsersPreflight()
    {
        var style = await GetAsync("/browser/style.grass");
        Assert.Equal(HttpStatusCode.OK, style.Status);
        Assert.Equal("text/plain", style.ContentType);
        Assert.Contains("node {", style.Body, StringComparison.Ordinal);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/browser/style.grass");
        preflight.Headers.Add("Origin", "http://127.0.0.1:7474");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "cache-control,pragma");
        var answer = await ApiResponse.SendAsync(Client, preflight);
        Assert.True(answer.Status is HttpStatusCode.NoContent or HttpStatusCode.OK, $"preflight answered {(int)answer.Status}");
        Assert.Equal("http://127.0.0.1:7474", Assert.Single(answer.Message.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(",", answer.Message.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("cache-control", allowed, StringComparison.Ordinal);
        Assert.Contains("pragma", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowserGuide_FromAnotherOrigin_GetsNoCorsHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/browser/guide");
        request.Headers.Add("Origin", "http://evil.example");
        var response = await ApiResponse.SendAsync(Client, request);

        Assert.False(response.Message.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy(string url)
    {
        var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Healthy", response.Body);
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryRoute_WithSummariesAndParameterExamples()
    {
        var document = (await GetAsync("/openapi/v1.json")).Ok();

        var paths = document.GetProperty("paths");
        string[] routes =
        [
            "/api/search", "/api/entities/{id}", "/api/entities/{id}/relationships", "/api/relationships", "/api/paths",
            "/api/drugs/{id}/mechanism", "/api/drugs/{id}/trials", "/api/indications/{id}/trials", "/api/trials/{id}",
            "/api/publications/{id}", "/api/meta", "/api/cypher", "/browser/guide", "/browser/style.grass",
        ];
        foreach (var route in routes)
        {
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the OpenAPI document");
            foreach (var operation in path.EnumerateObject())
            {
                Assert.False(string.IsNullOrEmpty(operation.Value.Str("summary")), $"{route} has no summary");
                Assert.False(string.IsNullOrEmpty(operation.Value.Str("description")), $"{route} has no description");
            }
        }

        var search = paths.GetProperty("/api/search").GetProperty("get");
        var q = Assert.Single(search.Items("parameters"), p => p.Str("name") == "q");
        Assert.Equal("OGX-427", q.Str("example"));
        Assert.False(string.IsNullOrEmpty(q.Str("description")));
        var responses = paths.GetProperty("/api/entities/{id}").GetProperty("get").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404", "503", "504" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"GET /api/entities/{{id}} does not document {status}");
        }

        var cypher = paths.GetProperty("/api/cypher").GetProperty("post").GetProperty("responses");
        Assert.True(cypher.TryGetProperty("401", out _) && cypher.TryGetProperty("501", out _), "POST /api/cypher does not document 401 and 501");
        var trialId = Assert.Single(paths.GetProperty("/api/trials/{id}").GetProperty("get").Items("parameters"));
        Assert.Equal("NCT01829113", trialId.Str("example"));
    }

    [Fact]
    public async Task Scalar_ServesTheReferencePage()
    {
        var response = await GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.ContentType);
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails() =>
        (await GetAsync("/api/nothing")).Problem(HttpStatusCode.NotFound);
}
