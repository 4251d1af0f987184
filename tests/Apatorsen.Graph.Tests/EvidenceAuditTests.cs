using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// What the second evidence audit (issue 19) settled in the shipped dataset: where a fact's source is a node property
/// it names a Publication of the dataset, and the findings it re-attributed stay attributed as their sources give them.
/// </summary>
public sealed class EvidenceAuditTests
{
    private const string Apatorsen = "DRUGBANK:DB06094";

    private static readonly Lazy<GraphDataset> Dataset = new(() => GraphDataset.Load(RepositoryRoot.Combine("data", "apatorsen"), ApatorsenSchema.Instance));

    private static GraphDataset Graph => Dataset.Value;

    [Fact]
    public void DevelopmentStatusSource_OfEveryDrug_IsAPublicationOfTheDataset()
    {
        var withStatus = Graph.Nodes.Where(n => n.Properties.ContainsKey(PropertyNames.DevelopmentStatus)).ToArray();

        Assert.Equal([Apatorsen], withStatus.Select(n => n.Id));
        Assert.All(withStatus, drug =>
        {
            var source = Assert.Single(Graph.Nodes, n => n.Id == (string)drug.Properties[PropertyNames.DevelopmentStatusSource]);
            Assert.Equal(LabelNames.Publication, source.Label);
        });
    }

    [Fact]
    public void ProstateFindings_CreditedToApatorsenAlone_SayTheyAreTheCombinationWithHsp90Inhibitors()
    {
        var statements = Graph.Relationships.Where(r => r.StartId == Apatorsen
            && (r.EndId, r.Type) is ("UniProtKB:P10275", "DECREASES") or ("UniProtKB:P07288", "DECREASES") or ("MONDO:0850353", "BENEFICIAL_IN_MODELS_FOR")).ToArray();

        Assert.Equal(3, statements.Length);
        Assert.All(statements, s =>
        {
            Assert.Contains("Hsp90 inhibitors", (string)s.Properties["context"], StringComparison.Ordinal);
            Assert.Contains("PMC:4079118", s.Publications);
        });
        Assert.Contains(Graph.Relationships, r => r.StartId == "apatorsen:study-preclinical-prostate-hsp27-knockdown"
            && r.Type == "EVALUATES" && r.EndId == "apatorsen:hsp90-inhibitors");
    }

    [Fact]
    public void PhosphorylationReview_NoLongerSupportsTheInVitroExperiments_ItsAbstractDoesNotDescribe()
    {
        var inVitro = Graph.Relationships.Where(r => r.StartId == "apatorsen:study-in-vitro-cancer-cell-lines"
            || (r.StartId, r.EndId, r.Type) is (Apatorsen, "UniProtKB:P04792", "DECREASES") or (Apatorsen, "GO:0006915", "INCREASES")).ToArray();

        Assert.Equal(6, inVitro.Length);
        Assert.All(inVitro, r =>
        {
            Assert.DoesNotContain("PMID:25339975", r.Publications);
            Assert.Contains("CLINICALTRIALS:NCT00487786", r.Publications);
        });
    }
}
