namespace Apatorsen.Api.Tests.Contract;

/// <summary>
/// What every backend answers for a graph of two datasets that share nodes (<see cref="TwoDatasets"/>): a shared node
/// is one node, each dataset's relationships are there, and /api/meta lists both datasets with their versions.
/// Subclasses say how the client reaches the API: the embedded graph serving both directories here, a real Neo4j
/// the importer loaded both into in tests/Apatorsen.IntegrationTests/Api.
/// </summary>
public abstract partial class TwoDatasetContractTests
{
    protected abstract HttpClient Client { get; }

    private Task<ApiResponse> GetAsync(string url) => ApiResponse.GetAsync(Client, url);

    [Fact]
    public async Task Meta_CountsASharedNodeOnce_AndListsBothDatasetsWithTheirVersions()
    {
        var body = (await GetAsync("/api/meta")).Ok();

        Assert.Equal(4, body.GetProperty("nodeCount").GetInt32());
        Assert.Equal(2, body.GetProperty("relationshipCount").GetInt32());
        var datasets = body.Items("datasets").ToArray();
        Assert.Equal([TwoDatasets.Alpha, TwoDatasets.Beta], datasets.Select(d => d.Str("name")));
        Assert.All(datasets, d => Assert.Matches("^[0-9a-f]{16}$", d.Str("version")));
        Assert.NotEqual(datasets[0].Str("version"), datasets[1].Str("version"));
        Assert.Equal([3, 3], datasets.Select(d => d.GetProperty("nodes").GetInt32()));
        Assert.Equal([1, 1], datasets.Select(d => d.GetProperty("relationships").GetInt32()));
        Assert.Matches("^[0-9a-f]{16}$", body.Str("version"));
        Assert.DoesNotContain(body.Str("version"), datasets.Select(d => d.Str("version")));
        Assert.Equal(1, Assert.Single(body.Items("labels"), l => l.Str("label") == "Protein").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SharedEntity_IsOneNode_WithTheRelationshipsOfBothDatasets()
    {
        var entity = (await GetAsync($"/api/entities/{TwoDatasets.Hsp27}")).Ok();

        Assert.Equal("Hsp27", entity.Str("name"));
        Assert.Equal("HSPB1", entity.GetProperty("properties").Str("symbol"));
        Assert.False(entity.GetProperty("properties").TryGetProperty("datasets", out _));
        Assert.Equal(
            ["INHIBITS out 1", "TARGETS in 1"],
            entity.Items("relationshipCounts").Select(c => $"{c.Str("type")} {c.Str("direction")} {c.GetProperty("count").GetInt32()}"));

        var relationships = (await GetAsync($"/api/entities/{TwoDatasets.Hsp27}/relationships")).Ok();
        Assert.Equal(
            [$"INHIBITS out {TwoDatasets.Apoptosis}", $"TARGETS in {TwoDatasets.Drug}"],
            relationships.Items().Select(r => $"{r.Str("type")} {r.Str("direction")} {r.GetProperty("node").Str("id")}"));
    }

    [Fact]
    public async Task EachDatasetsRelationship_IsThere_WithItsEvidence()
    {
        var alpha = (await GetAsync($"/api/relationships?subject={TwoDatasets.Drug}&object={TwoDatasets.Hsp27}")).Ok();
        var beta = (await GetAsync($"/api/relationships?subject={TwoDatasets.Hsp27}&type=INHIBITS")).Ok();

        Assert.Equal("TARGETS", Assert.Single(alpha.Items()).Str("type"));
        Assert.Equal([TwoDatasets.Reference], Assert.Single(alpha.Items()).Publications());
        Assert.Equal(TwoDatasets.Apoptosis, Assert.Single(beta.Items()).GetProperty("node").Str("id"));
        Assert.Equal([TwoDatasets.Reference], Assert.Single(beta.Items()).Publications());
    }

    [Fact]
    public async Task SharedPublication_SupportsTheStatementsOfBothDatasets()
    {
        var publication = (await GetAsync($"/api/publications/{TwoDatasets.Reference}")).Ok();

        Assert.Equal(2, publication.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Paths_CrossFromOneDatasetIntoTheOther_ThroughTheSharedNode()
    {
        var paths = (await GetAsync($"/api/paths?from={TwoDatasets.Drug}&to={TwoDatasets.Apoptosis}")).Ok();

        var path = Assert.Single(paths.Items("paths"));
        Assert.Equal([TwoDatasets.Drug, TwoDatasets.Hsp27, TwoDatasets.Apoptosis], path.Items("nodes").Select(n => n.Str("id")));
    }

    [Fact]
    public async Task Search_FindsTheSharedNodeOnce()
    {
        var found = (await GetAsync("/api/search?q=Hsp27")).Ok();

        Assert.Equal([TwoDatasets.Hsp27], found.Items().Select(i => i.Str("id")));
    }
}
