using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// The dataset the Neo4j re-import test (IntegrationTests ImportTests) imports after the shipped one: checked here,
/// without a Neo4j, so that the test cannot fail on a server because its own data is refused.
/// </summary>
public sealed class TrimmedDatasetTests
{
    private static readonly string Shipped = RepositoryRoot.Combine("data", "apatorsen");

    [Fact]
    public void TheReimportTestsTrimmedDataset_Validates_AndLacksOnlyTheRemovedNodeAndItsRelationships()
    {
        var removed = TrimmedDataset.ReimportRemovedId;
        var shipped = GraphDataset.Load(Shipped, ApatorsenSchema.Instance);
        using var trimmed = new TrimmedDataset(Shipped, removed);

        var report = new DatasetValidator(ApatorsenSchema.Instance).Validate(trimmed.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.IsValid, "The trimmed dataset has problems:\n" + string.Join("\n", report.Problems));
        Assert.Contains(shipped.Nodes, n => n.Id == removed);
        var touching = shipped.Relationships.Count(r => r.StartId == removed || r.EndId == removed);
        Assert.True(touching > 0, $"{removed} has no relationships, so removing it tests little");
        Assert.Equal(shipped.Nodes.Count - 1, report.NodeTotal);
        Assert.Equal(shipped.Relationships.Count - touching, report.RelationshipTotal);
        Assert.Equal(1 + touching, trimmed.RemovedRows);
    }

    [Fact]
    public void Trimming_KeepsRowsThatOnlyMentionTheId_AndQuotedValuesSpanningLines()
    {
        using var source = new TempDataset(new Dictionary<string, string?>
        {
            ["nodes/proteins.csv"] = """
                id:ID,:LABEL,name,symbol,description
                UniProtKB:P04792,Protein,Heat shock protein beta-1,HSPB1,"Bound by apatorsen:apatorsen,
                over two lines"
                """,
        });

        using var trimmed = new TrimmedDataset(source.Directory, "apatorsen:apatorsen");

        var report = new DatasetValidator(ApatorsenSchema.Instance).Validate(trimmed.Path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(report.IsValid, string.Join("\n", report.Problems));
        Assert.Equal(2, trimmed.RemovedRows);
        Assert.Equal(1, report.NodeCounts["Protein"]);
        Assert.Equal(0, report.RelationshipTotal);
        Assert.Contains("over two lines", File.ReadAllText(Path.Combine(trimmed.Path, "nodes", "proteins.csv")), StringComparison.Ordinal);
    }
}
