using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Tests;

/// <summary>A dry run counts the batches an import would send without building them; the two must agree.</summary>
public sealed class BatchPlanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(5000)]
    public void PlannedBatches_AreTheBatchesAnImportBuilds(int batchSize)
    {
        var schema = ApatorsenSchema.Instance;
        var report = new DatasetValidator(schema).Validate(ImporterRun.ShippedData, cancellationToken: TestContext.Current.CancellationToken);
        var plan = new ImportPlan(report, "version");

        plan.PlanBatches(batchSize);

        var built = BatchBuilder.Read(ImporterRun.ShippedData, report, schema, batchSize, nodes: true)
            .Concat(BatchBuilder.Read(ImporterRun.ShippedData, report, schema, batchSize, nodes: false))
            .GroupBy(b => (b.IsNodes, b.LabelOrType))
            .ToDictionary(g => g.Key, g => g.Count());
        var planned = plan.Entries.ToDictionary(e => (e.Kind == "nodes", e.Name), e => e.Batches);
        Assert.Equal(built.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal), planned.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal));
    }
}
