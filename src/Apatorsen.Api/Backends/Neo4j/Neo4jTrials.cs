using Apatorsen.Api.Contracts;
using Apatorsen.Neo4j;
using Apatorsen.Api.Graph;
using static Apatorsen.Api.Backends.Neo4j.Neo4jValues;
using static Apatorsen.Api.Graph.PropertyValues;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>Reads the row of queries/trial into the same answer the embedded backend builds.</summary>
internal static class Neo4jTrials
{
    public static TrialResponse Read(QueryRow row)
    {
        var trial = Map(row["trial"]);
        var indications = Maps(row["indications"]);
        var drugs = Maps(row["drugs"]);
        var biomarkers = Maps(row["biomarkers"]);
        var arms = Maps(row["arms"]);
        var outcomes = Maps(row["outcomes"]);

        var sources = indications.SelectMany(i => i.Texts("sources"))
            .Concat(drugs.SelectMany(d => Sources(Map(d.GetValueOrDefault("properties")))))
            .Concat(biomarkers.SelectMany(b => b.Texts("sources")))
            .Concat(arms.SelectMany(a => a.Texts("sources")))
            .Concat(arms.SelectMany(a => Maps(a.GetValueOrDefault("interventions"))).SelectMany(i => Sources(Map(i.GetValueOrDefault("properties")))))
            .Concat(outcomes.SelectMany(o => o.Texts("sources")))
            .Concat(outcomes.SelectMany(o => Maps(o.GetValueOrDefault("observedIn"))).SelectMany(a => a.Texts("sources")))
            .Concat(outcomes.SelectMany(o => Maps(o.GetValueOrDefault("comparedWith"))).Where(c => c.Flag("outgoing") == true).SelectMany(c => c.Texts("sources")));

        return new TrialResponse(
            trial.Text("id") ?? "",
            trial.Text("nctId"),
            trial.Text("name") ?? "",
            trial.Text("acronym"),
            trial.WholeNumber("phase"),
            trial.WholeNumber("enrollment"),
            trial.Flag("enrollmentApproximate"),
            trial.Texts("design"),
            trial.Text("population"),
            trial.Text("primaryEndpoint"),
            Nodes(indications),
            drugs.Select(d =>
                {
                    var properties = Map(d.GetValueOrDefault("properties"));
                    return new TrialDrug(Node(d.GetValueOrDefault("node")), properties.Text("role"), Sources(properties));
                })
                .OrderBy(d => d.Drug.Id, StringComparer.Ordinal)
                .ToArray(),
            arms.Select(Arm).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray(),
            outcomes.Select(Outcome).OrderBy(o => o.Id, StringComparer.Ordinal).ToArray(),
            Nodes(biomarkers),
            SortedDistinct(sources));
    }

    private static NodeRef[] Nodes(IEnumerable<IReadOnlyDictionary<string, object?>> links) =>
        links.Select(l => Node(l.GetValueOrDefault("node"))).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray();

    private static TrialArmItem Arm(IReadOnlyDictionary<string, object?> item)
    {
        var arm = Map(item.GetValueOrDefault("arm"));
        return new TrialArmItem(
            arm.Text("id") ?? "",
            arm.Text("name") ?? "",
            arm.Text("armType"),
            arm.Text("description"),
            Maps(item.GetValueOrDefault("interventions"))
                .Select(i =>
                {
                    var administers = Map(i.GetValueOrDefault("properties"));
                    return TrialParts.Intervention(Node(i.GetValueOrDefault("drug")), administers, Sources(administers));
                })
                .OrderBy(i => i.Drug.Id, StringComparer.Ordinal)
                .ToArray());
    }

    private static OutcomeItem Outcome(IReadOnlyDictionary<string, object?> item)
    {
        var outcome = Map(item.GetValueOrDefault("outcome"));
        var observedIn = Maps(item.GetValueOrDefault("observedIn"));
        return TrialParts.Outcome(
            outcome.Text("id") ?? "",
            outcome.Text("name") ?? "",
            outcome,
            observedIn.Select(a => a.Text("id") ?? "").Order(StringComparer.Ordinal).FirstOrDefault(),
            SortedDistinct(Maps(item.GetValueOrDefault("comparedWith")).Select(c => c.Text("id") ?? "")),
            SortedDistinct(item.Texts("sources").Concat(observedIn.SelectMany(a => a.Texts("sources")))));
    }
}
