using Apatorsen.Api.Backends;
using Apatorsen.Api.Input;
using Apatorsen.Api.Shaping;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

/// <summary>
/// The graph's questions under /api: the table of routes with what each answers, then one handler per route that
/// checks its inputs and asks the backend once (<see cref="Answers"/>).
/// </summary>
public static class GraphApi
{
    public const int MaxHops = 6;
    public const int DefaultHops = 4;
    public const int MaxPaths = 10;

    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        var schema = app.ServiceProvider.GetRequiredService<GraphSchema>();

        api.MapGet("/search", SearchAsync).Describe("Search", "Search", "Find nodes by name, synonym or id",
            "Case-insensitive search over every node's id, name and synonyms. Exact matches come first, then prefix matches, then matches inside the text; each hit echoes the canonical id and says what matched. A bare NCT number or the local part of an id (P04792) also matches.", notFound: false);

        api.MapGet("/entities/{id}", EntityAsync).Describe("Entities", "GetEntity", "One node with its properties",
            "The node's labels, name, domain properties and how many relationships of each type leave (out) or reach (in) it.", idExample: "UniProtKB:P04792");
        api.MapGet("/entities/{id}/relationships", RelationshipsAsync).Describe("Entities", "GetEntityRelationships", "The relationships of one node",
            "Every relationship of the node, optionally of one type, one direction and to nodes of one label; each with its properties, its provenance (primary knowledge source, publications, knowledge level, agent type) and the node at the other end. Ordered by type, direction and the other node's id.", idExample: "DRUGBANK:DB06094");

        api.MapGet("/relationships", StatementsAsync).Describe("Relationships", "FindRelationships", "One-hop questions: who does what to whom",
            "Relationships subject -[type]-> object, where any of subject, type and object may be left open, but at least one of them is given; subjectLabel and objectLabel narrow the open ends. Each item carries the subject, the object (node), the properties and the provenance.");

        api.MapGet("/paths", PathsAsync).Describe("Paths", "FindPaths", "How two nodes are connected",
            $"Up to {MaxPaths} paths between two nodes, following relationships in either direction without visiting a node twice, shortest first. Each relationship names its own start and end, so its direction can be read off, and carries its provenance. 422 when the search goes over its budget (QueryBudget:*): ask with fewer hops.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/drugs/{id}/mechanism", MechanismAsync).Describe("Drugs", "GetDrugMechanism", "How a drug acts: chains from the drug to the processes it affects",
            $"Chains of {string.Join(", ", MechanismChains.StepTypes(schema).Order(StringComparer.Ordinal))} steps (at most {MechanismRules.MaxSteps}) from the drug, through {string.Join(" and ", MechanismChains.PassThroughLabels)} nodes, to the processes, biomarkers, diseases or proteins they end on. Every step carries its effect, description and provenance; every chain its net effect on its end. 404 when the id is not a Drug.", idExample: "DRUGBANK:DB06094");
        api.MapGet("/drugs/{id}/trials", DrugTrialsAsync).Describe("Drugs", "GetDrugTrials", "Clinical trials that test a drug",
            "Trials with a TESTS relationship to the drug, by phase, optionally only those of one overall status or phase; with status, whether the primary endpoint was met, indications and the publications of the link. 404 when the id is not a Drug.", idExample: "DRUGBANK:DB06094");

        api.MapGet("/drugs/{id}/adverse-events", AdverseEventsAsync).Describe("Drugs", "GetDrugAdverseEvents", "Adverse events reported for a drug, in which trials and arms, at what frequency and grade",
            "Every adverse event reported in a trial arm that gives the drug: the event (an HP or MedDRA term where verified), the trial and arm, whether treatment-related or all-cause, patients and % at any grade and at grade 3 or worse, serious cases, the denominator, whether dose-limiting, and the provenance. Ordered by event name, then trial and arm. 404 when the id is not a Drug.", idExample: "DRUGBANK:DB06094");

        api.MapGet("/trials/{id}", TrialAsync).Describe("Trials", "GetTrial", "A clinical trial with its arms, interventions and outcomes",
            "The trial's design and size, its registry facts (status, dates, sponsor, registered enrollment), whether it met its primary endpoint, the indications it studies, the drugs it tests, each arm with its size and the dose, route and schedule of what it administers, each outcome with its value, unit and interval and each comparison with its effect, interval and p-value, the adverse events reported per arm, the biomarkers it monitors, and every publication. Numbers are JSON numbers. A bare NCT number is accepted as the id.", idExample: "NCT01829113");
        api.MapGet("/indications/{id}/trials", IndicationTrialsAsync).Describe("Trials", "GetIndicationTrials", "Clinical trials of a disease",
            "Trials that study the indication or a narrower one (SUBCLASS_OF), by phase, optionally only those of one overall status or phase. 404 when the id is not an Indication.", idExample: "MONDO:0004992");

        api.MapGet("/publications/{id}", PublicationAsync).Describe("Publications", "GetPublication", "A publication and the relationships it supports",
            "The publication's properties and every relationship whose publications list it (paged with limit and offset; total counts them all).", idExample: "PMID:31420467");

        api.MapGet("/meta", MetaAsync).Describe("Meta", "GetMeta", "What the graph holds and which version answered",
            "Labels and relationship types with their counts and Biolink mappings, every (start, type, end) pattern the schema allows with its count, the backend, and the version (content hash) of the dataset loaded.", notFound: false);
        return app;
    }

    // One route of the table: its tag, operation name, summary and description, the problems it can answer with, and
    // the node the OpenAPI document offers as the example of its {id}.
    private static RouteHandlerBuilder Describe(
        this RouteHandlerBuilder route, string tag, string name, string summary, string description, bool notFound = true, string? idExample = null)
    {
        route.WithTags(tag).WithGraphProblems(notFound).WithName(name).WithSummary(summary).WithDescription(description);
        return idExample is null ? route : route.WithMetadata(new IdExample(idExample));
    }

    public static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, IKnowledgeGraph graph, GraphSchema schema, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var text = errors.Search("q", request.Q);
        var onlyLabel = errors.Label("label", request.Label, schema);
        var max = errors.Limit(request.Limit);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var search = new SearchText(text);
        var candidates = await graph.SearchCandidatesAsync(search, onlyLabel, cancellationToken);
        return TypedResults.Ok(new SearchResponse(SearchRanker.Rank(candidates, search, max)));
    }

    public static Task<Results<Ok<EntityResponse>, ValidationProblem, ProblemHttpResult>> EntityAsync(
        [AsParameters] EntityRequest request, IKnowledgeGraph graph, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetEntityAsync(ids.Of(id), cancellationToken), EntityAnswers.Entity, cancellationToken);
    }

    public static Task<Results<Ok<Page<RelationshipItem>>, ValidationProblem, ProblemHttpResult>> RelationshipsAsync(
        [AsParameters] RelationshipsRequest request, IKnowledgeGraph graph, GraphSchema schema, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var filter = new RelationshipFilter(errors.Type("type", request.Type, schema), errors.Direction("direction", request.Direction), errors.Label("label", request.Label, schema));
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetRelationshipsAsync(ids.Of(id), filter, page, cancellationToken), found => found.Select(EntityAnswers.Item), cancellationToken);
    }

    public static Task<Results<Ok<Page<StatementItem>>, ValidationProblem, ProblemHttpResult>> StatementsAsync(
        [AsParameters] StatementsRequest request, IKnowledgeGraph graph, GraphSchema schema, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var query = new StatementQuery(
            errors.OptionalId("subject", request.Subject),
            errors.Type("type", request.Type, schema),
            errors.OptionalId("object", request.ObjectId),
            errors.Label("subjectLabel", request.SubjectLabel, schema),
            errors.Label("objectLabel", request.ObjectLabel, schema));
        var page = errors.Page(request.Limit, request.Offset);
        if (string.IsNullOrWhiteSpace(request.Subject) && string.IsNullOrWhiteSpace(request.ObjectId) && string.IsNullOrWhiteSpace(request.Type))
        {
            errors.Add("subject", "Give at least one of subject, type and object.");
        }

        return Answers.AskAsync(errors, graph, response, ids => graph.FindStatementsAsync(
            query with { SubjectId = query.SubjectId is { } s ? ids.Of(s) : null, ObjectId = query.ObjectId is { } o ? ids.Of(o) : null }, page, cancellationToken), found => found.Select(EntityAnswers.Statement), cancellationToken);
    }

    public static Task<Results<Ok<PathsResponse>, ValidationProblem, ProblemHttpResult>> PathsAsync(
        [AsParameters] PathsRequest request, IKnowledgeGraph graph, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var from = errors.Id("from", request.From);
        var to = errors.Id("to", request.To);
        var hops = errors.Range("maxHops", request.MaxHops, DefaultHops, 1, MaxHops);
        if (!errors.Any && from == to)
        {
            errors.Add("to", "'from' and 'to' must be different nodes.");
        }

        return Answers.AskAsync(errors, graph, response, ids => graph.FindPathsAsync(ids.Of(from), ids.Of(to), hops, MaxPaths, cancellationToken), found => PathAnswers.Answer(found, hops), cancellationToken);
    }

    public static Task<Results<Ok<MechanismResponse>, ValidationProblem, ProblemHttpResult>> MechanismAsync(
        [AsParameters] DrugRequest request, IKnowledgeGraph graph, MechanismRules rules, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetMechanismAsync(ids.Of(id), cancellationToken), rules.Answer, cancellationToken);
    }

    public static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> DrugTrialsAsync(
        [AsParameters] TrialListRequest request, IKnowledgeGraph graph, GraphSchema schema, HttpResponse response, CancellationToken cancellationToken) =>
        TrialListAsync(TrialAnchor.Drug, request, graph, schema, response, cancellationToken);

    public static Task<Results<Ok<Page<AdverseEventReport>>, ValidationProblem, ProblemHttpResult>> AdverseEventsAsync(
        [AsParameters] AdverseEventsRequest request, IKnowledgeGraph graph, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetAdverseEventsAsync(ids.Of(id), page, cancellationToken), found => found.Select(TrialAssembler.Report), cancellationToken);
    }

    public static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> TrialAsync(
        [AsParameters] TrialRequest request, IKnowledgeGraph graph, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetTrialAsync(ids.Of(id), cancellationToken), TrialAssembler.Assemble, cancellationToken);
    }

    public static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> IndicationTrialsAsync(
        [AsParameters] TrialListRequest request, IKnowledgeGraph graph, GraphSchema schema, HttpResponse response, CancellationToken cancellationToken) =>
        TrialListAsync(TrialAnchor.Indication, request, graph, schema, response, cancellationToken);

    public static Task<Results<Ok<PublicationResponse>, ValidationProblem, ProblemHttpResult>> PublicationAsync(
        [AsParameters] PublicationRequest request, IKnowledgeGraph graph, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetPublicationAsync(ids.Of(id), page, cancellationToken), EntityAnswers.Publication, cancellationToken);
    }

    public static async Task<Ok<MetaResponse>> MetaAsync(IKnowledgeGraph graph, GraphSchema schema, CancellationToken cancellationToken) =>
        TypedResults.Ok(MetaBuilder.Build(schema, graph.Backend, await graph.GetMetaAsync(cancellationToken)));

    private static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> TrialListAsync(
        TrialAnchor anchor, TrialListRequest request, IKnowledgeGraph graph, GraphSchema schema, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var filter = errors.TrialFilter(request.Status, request.Phase, schema);
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, graph, response, ids => graph.GetTrialsAsync(anchor, ids.Of(id), filter, page, cancellationToken), found => found.Select(TrialAssembler.Summary), cancellationToken);
    }
}
