using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>A trial with its arms (and what they administer), outcomes, indications and monitored biomarkers.</summary>
internal static class EmbeddedTrials
{
    public static TrialResponse Detail(EmbeddedNode trial)
    {
        var outgoing = trial.Outgoing;
        var arms = outgoing.Where(r => r.Type == "HAS_ARM").Select(r => r.End).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var outcomes = outgoing.Where(r => r.Type == "HAS_OUTCOME").Select(r => r.End).OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        var sources = outgoing.SelectMany(r => r.Sources)
            .Concat(arms.SelectMany(a => a.Outgoing.Where(r => r.Type == "ADMINISTERS")).SelectMany(r => r.Sources))
            .Concat(outcomes.SelectMany(o => o.Outgoing.Where(r => r.Type is "OBSERVED_IN" or "COMPARED_WITH")).SelectMany(r => r.Sources))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new TrialResponse(
            trial.Id,
            trial.Text("nctId"),
            trial.Name,
            trial.Text("acronym"),
            trial.WholeNumber("phase"),
            trial.WholeNumber("enrollment"),
            trial.Raw.TryGetValue("enrollmentApproximate", out var approximate) ? approximate as bool? : null,
            trial.Texts("design"),
            trial.Text("population"),
            trial.Text("primaryEndpoint"),
            Ends(trial, "STUDIES"),
            outgoing.Where(r => r.Type == "TESTS")
                .OrderBy(r => r.End.Id, StringComparer.Ordinal)
                .Select(r => new TrialDrug(r.End.Ref, r.Text("role"), r.Sources))
                .ToArray(),
            arms.Select(Arm).ToArray(),
            outcomes.Select(Outcome).ToArray(),
            Ends(trial, "MONITORS"),
            sources);
    }

    private static NodeRef[] Ends(EmbeddedNode node, string type) =>
        node.Outgoing.Where(r => r.Type == type).Select(r => r.End.Ref).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray();

    private static TrialArmItem Arm(EmbeddedNode arm) => new(
        arm.Id,
        arm.Name,
        arm.Text("armType"),
        arm.Text("description"),
        arm.Outgoing.Where(r => r.Type == "ADMINISTERS")
            .OrderBy(r => r.End.Id, StringComparer.Ordinal)
            .Select(r => TrialParts.Intervention(r.End.Ref, r.Raw!, r.Sources))
            .ToArray());

    private static OutcomeItem Outcome(EmbeddedNode outcome) => TrialParts.Outcome(
        outcome.Id,
        outcome.Name,
        outcome.Raw!,
        outcome.Outgoing.Where(r => r.Type == "OBSERVED_IN").Select(r => r.End.Id).Order(StringComparer.Ordinal).FirstOrDefault(),
        outcome.Outgoing.Where(r => r.Type == "COMPARED_WITH").Select(r => r.End.Id)
            .Concat(outcome.Incoming.Where(r => r.Type == "COMPARED_WITH").Select(r => r.Start.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray(),
        outcome.Incoming.Where(r => r.Type == "HAS_OUTCOME").SelectMany(r => r.Sources)
            .Concat(outcome.Outgoing.Where(r => r.Type == "OBSERVED_IN").SelectMany(r => r.Sources))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray());
}
