using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// The technical guide's quantitative table, row by row, must be present in the shipped dataset:
/// each trial with its size, its arms and its outcome values, each value in the arm it was measured in.
/// </summary>
public sealed class SeedTableTests
{
    private static readonly Lazy<GraphDataset> Dataset = new(() => GraphDataset.Load(RepositoryRoot.Combine("data", "apatorsen"), ApatorsenSchema.Instance));

    /// <summary>One row: how to recognise the trial, and the figures the guide's table gives for it.</summary>
    public sealed record TableRow(
        string Trial, string? NctId, string IndicationWord, long Phase, long Enrollment, int Arms,
        (double Value, bool InApatorsenArm)[] Outcomes);

    public static TheoryData<TableRow> Rows => new()
    {
        new TableRow("NCT00487786 dose escalation", "NCT00487786", "solid tumo", 1, 42, 1, [(10, true)]),
        new TableRow("Phase I NMIBC intravesical (NCT00959868)", "NCT00959868", "bladder", 1, 13, 1, [(38, true)]),
        new TableRow("Phase II mCRPC with prednisone", null, "prostate", 2, 74, 2, [(47, true), (24, false)]),
        new TableRow("SPRUCE", "NCT01829113", "lung", 2, 155, 2, [(6.0, true), (4.9, false)]),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void QuantitativeTable_Row_IsInTheDataset(TableRow row)
    {
        var graph = Dataset.Value;
        var nodes = graph.Nodes.ToDictionary(n => n.Id);
        IEnumerable<RelationshipRecord> Out(string id, string type) => graph.Relationships.Where(r => r.StartId == id && r.Type == type);

        var trial = Assert.Single(graph.Nodes, n => n.Label == "ClinicalTrial"
            && (long)n.Properties["phase"] == row.Phase
            && n.Properties.TryGetValue("enrollment", out var enrollment) && (long)enrollment == row.Enrollment);
        if (row.NctId is not null)
        {
            Assert.Equal(row.NctId, trial.Properties["nctId"]);
        }

        Assert.Contains(Out(trial.Id, "STUDIES"), s => ((string)nodes[s.EndId].Properties["name"]).Contains(row.IndicationWord, StringComparison.OrdinalIgnoreCase));

        var arms = Out(trial.Id, "HAS_ARM").Select(r => r.EndId).ToArray();
        Assert.Equal(row.Arms, arms.Length);
        bool GivesApatorsen(string arm) => Out(arm, "ADMINISTERS").Any(a => a.EndId == ApatorsenId(graph));

        var outcomes = Out(trial.Id, "HAS_OUTCOME").Select(r => nodes[r.EndId]).Where(o => o.Properties.ContainsKey("value")).ToArray();
        foreach (var (value, inApatorsenArm) in row.Outcomes)
        {
            var outcome = Assert.Single(outcomes, o => (double)o.Properties["value"] == value);
            Assert.True(outcome.Properties.ContainsKey("unit"), $"{outcome.Id} has no unit");
            var arm = Assert.Single(Out(outcome.Id, "OBSERVED_IN")).EndId;
            Assert.Contains(arm, arms);
            Assert.Equal(inApatorsenArm, GivesApatorsen(arm));
        }
    }

    [Fact]
    public void Spruce_MedianPfsComparison_IsMarkedNotSignificant()
    {
        var graph = Dataset.Value;
        var outcome = Assert.Single(graph.Nodes, n => n.Label == "Outcome" && n.Properties.TryGetValue("value", out var v) && (double)v == 6.0);

        Assert.Contains("not significant", (string)outcome.Properties["significance"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(graph.Relationships, r => r.StartId == outcome.Id && r.Type == "COMPARED_WITH");
    }

    [Fact]
    public void TwelveNumberedReferences_ArePublications()
    {
        var numbers = Dataset.Value.Nodes.Where(n => n.Label == "Publication" && n.Properties.ContainsKey("seedReference"))
            .Select(n => (long)n.Properties["seedReference"]).Order();

        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), numbers);
    }

    private static string ApatorsenId(GraphDataset graph) =>
        Assert.Single(graph.Nodes, n => n.Label == "Drug" && (string)n.Properties["name"] == "apatorsen").Id;
}
