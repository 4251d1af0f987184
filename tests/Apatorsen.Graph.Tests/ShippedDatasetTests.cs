using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

public sealed class ShippedDatasetTests
{
    [Fact]
    public void ShippedDataset_Validates_WithZeroProblems()
    {
        var report = new DatasetValidator(ApatorsenSchema.Instance).Validate(RepositoryRoot.Combine("data", "apatorsen"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.IsValid, "The shipped dataset has problems:\n" + string.Join("\n", report.Problems));
        Assert.NotEmpty(report.NodeFiles);
        Assert.NotEmpty(report.RelationshipFiles);
    }
}
