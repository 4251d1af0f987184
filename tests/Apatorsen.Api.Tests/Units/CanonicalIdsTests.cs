using Apatorsen.Api.Backends;
using Apatorsen.Api.Backends.Embedded;
using Apatorsen.Api.Endpoints;
using Apatorsen.Graph.Schema;
using Microsoft.Extensions.Options;

namespace Apatorsen.Api.Tests.Units;

public sealed class CanonicalIdsTests
{
    private static readonly IKnowledgeGraph Graph = Shipped();

    private static EmbeddedKnowledgeGraph Shipped()
    {
        var datasets = EmbeddedDatasets.Load([Path.Combine(AppContext.BaseDirectory, "data", "apatorsen")], ApatorsenSchema.Instance);
        return new EmbeddedKnowledgeGraph(datasets.Graph, ApatorsenSchema.Instance, datasets, Options.Create(new QueryBudgetOptions()), TimeProvider.System);
    }

    [Fact]
    public async Task UnknownFormerId_IsResolvedOnce_AndThenAskedAboutUnderItsNodesId()
    {
        var ids = new CanonicalIds(Graph);

        Assert.True(await ids.ResolveAsync(new UnknownId<int>("apatorsen:apatorsen"), CancellationToken.None));
        Assert.Equal("DRUGBANK:DB06094", ids.Of("apatorsen:apatorsen"));
        Assert.False(await ids.ResolveAsync(new UnknownId<int>("apatorsen:apatorsen"), CancellationToken.None));
        Assert.Equal(new Dictionary<string, string> { ["apatorsen:apatorsen"] = "DRUGBANK:DB06094" }, ids.Resolved);
    }

    [Fact]
    public async Task IdThatNamesNoNode_OrAnAnswerFound_AsksNothingAgain()
    {
        var ids = new CanonicalIds(Graph);

        Assert.False(await ids.ResolveAsync(new UnknownId<int>("CHEBI:0"), CancellationToken.None));
        Assert.False(await ids.ResolveAsync<int>(new Found<int>(1), CancellationToken.None));
        Assert.Equal("CHEBI:0", ids.Of("CHEBI:0"));
        Assert.Empty(ids.Resolved);
    }
}
