using System.ComponentModel;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Api.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Apatorsen.Api.Endpoints;

public static class DrugEndpoints
{
    public static IEndpointRouteBuilder MapDrugs(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/drugs").WithTags("Drugs").WithGraphProblems();
        group.MapGet("/{id}/mechanism", MechanismAsync)
            .WithName("GetDrugMechanism")
            .WithSummary("How a drug acts: chains from the drug to the processes it affects")
            .WithDescription($"Chains of TARGETS, BINDS, TRANSLATES_TO, INCREASES and DECREASES steps (at most {MechanismRules.MaxSteps}) from the drug, through transcripts and proteins, to the processes, biomarkers, diseases or proteins they end on. Every step carries its effect, description and sources; every chain its net effect on its end. 404 when the id is not a Drug.");
        group.MapGet("/{id}/trials", TrialsAsync)
            .WithName("GetDrugTrials")
            .WithSummary("Clinical trials that test a drug")
            .WithDescription("Trials with a TESTS relationship to the drug, by phase; with their indications and the sources of the link. 404 when the id is not a Drug.");
        return app;
    }

    public static async Task<Results<Ok<MechanismResponse>, ValidationProblem, ProblemHttpResult>> MechanismAsync(
        [Description("The drug's CURIE, e.g. apatorsen:apatorsen.")] string id,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var canonical = errors.Id("id", id);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var (drug, problem) = await Anchors.FindAsync(graph, canonical, "Drug", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var chains = await graph.GetMechanismChainsAsync(canonical, cancellationToken);
        return TypedResults.Ok(new MechanismResponse(drug!, MechanismRules.Order(chains)));
    }

    public static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> TrialsAsync(
        [Description("The drug's CURIE, e.g. apatorsen:apatorsen.")] string id,
        [Description("Page size (1-500, default 50).")] int? limit,
        [Description("How many trials to skip (default 0).")] int? offset,
        IKnowledgeGraph graph,
        CancellationToken cancellationToken) =>
        TrialLists.ForAsync(graph, TrialAnchor.Drug, "Drug", id, limit, offset, cancellationToken);
}

internal static class TrialLists
{
    public static async Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> ForAsync(
        IKnowledgeGraph graph, TrialAnchor anchor, string label, string id, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var canonical = errors.Id("id", id);
        var pageSize = errors.Limit(limit);
        var skip = errors.Offset(offset);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var (_, problem) = await Anchors.FindAsync(graph, canonical, label, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var trials = await graph.GetTrialsAsync(anchor, canonical, cancellationToken);
        return TypedResults.Ok(new Page<TrialSummary>(trials.Skip(skip).Take(pageSize).ToArray(), trials.Count, pageSize, skip));
    }
}
