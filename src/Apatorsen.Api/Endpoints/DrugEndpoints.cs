using Apatorsen.Api.Backends;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Input;
using Apatorsen.Api.Shaping;
using Apatorsen.Graph.Schema;
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
            .WithDescription($"Chains of {string.Join(", ", MechanismRules.Types.Order(StringComparer.Ordinal))} steps (at most {MechanismRules.MaxSteps}) from the drug, through {string.Join(" and ", MechanismChains.PassThroughLabels)} nodes, to the processes, biomarkers, diseases or proteins they end on. Every step carries its effect, description and sources; every chain its net effect on its end. 404 when the id is not a Drug.");
        group.MapGet("/{id}/trials", TrialsAsync)
            .WithName("GetDrugTrials")
            .WithSummary("Clinical trials that test a drug")
            .WithDescription("Trials with a TESTS relationship to the drug, by phase; with their indications and the sources of the link. 404 when the id is not a Drug.");
        return app;
    }

    public static Task<Results<Ok<MechanismResponse>, ValidationProblem, ProblemHttpResult>> MechanismAsync(
        [AsParameters] DrugRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("id", request.Id);
        return Answers.AskAsync(errors, () => graph.GetMechanismAsync(id, cancellationToken));
    }

    public static Task<Results<Ok<Page<TrialSummary>>, ValidationProblem, ProblemHttpResult>> TrialsAsync(
        [AsParameters] TrialListRequest request, IKnowledgeGraph graph, CancellationToken cancellationToken) =>
        TrialEndpoints.ListAsync(TrialAnchor.Drug, request, graph, cancellationToken);
}
