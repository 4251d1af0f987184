using Apatorsen.Api.Backends;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class TrialEndpoints
{
    public static IEndpointRouteBuilder MapTrials(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/trials").WithTags("Trials").WithGraphProblems()
            .MapGet("/{id}", GetAsync)
            .WithName("GetTrial")
            .WithSummary("A clinical trial with its arms, interventions and outcomes")
            .WithDescription("The trial's design and size, the indications it studies, the drugs it tests, each arm with the dose, route and schedule of what it administers, each outcome with its value, unit, arm, comparison and significance, the biomarkers it monitors, and every source. Numbers are JSON numbers. A bare NCT number is accepted as the id.");

        app.MapGroup("/api/indications").WithTags("Trials").WithGraphProblems()
            .MapGet("/{id}/trials", IndicationTrialsAsync)
            .WithName("GetIndicationTrials")
            .WithSummary("Clinical trials of a disease")
            .WithDescription("Trials that study the indication or a narrower one (SUBCLASS_OF), by phase. 404 when the id is not an Indication.");
        return app;
    }

    public static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [AsParameters] TrialRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        return Answers.AskAsync(errors, () => graph.GetTrialAsync(id, cancellationToken));
    }

    public static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> IndicationTrialsAsync(
        [AsParameters] TrialListRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken) =>
        ListAsync(TrialAnchor.Indication, request, graph, cancellationToken);

    internal static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        TrialAnchor anchor, TrialListRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        var page = errors.Page(request.Limit, request.Offset);
        return Answers.AskAsync(errors, () => graph.GetTrialsAsync(anchor, id, page, cancellationToken));
    }
}
