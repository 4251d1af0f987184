using System.ComponentModel;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
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

    public static async Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        [Description("The trial's CURIE (clinicaltrials:NCT01829113) or its NCT number (NCT01829113).")] string id,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var canonical = errors.Id("id", id);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var (_, problem) = await Anchors.FindAsync(graph, canonical, "ClinicalTrial", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await graph.GetTrialAsync(canonical, cancellationToken));
    }

    public static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> IndicationTrialsAsync(
        [Description("The indication's CURIE, e.g. MONDO:0004992 (cancer).")] string id,
        [Description("Page size (1-500, default 50).")] int? limit,
        [Description("How many trials to skip (default 0).")] int? offset,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken) =>
        TrialLists.ForAsync(graph, TrialAnchor.Indication, "Indication", id, limit, offset, cancellationToken);
}
