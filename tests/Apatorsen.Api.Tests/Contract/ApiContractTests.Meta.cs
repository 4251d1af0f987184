using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Contract;

// The contract of meta.
public abstract partial class ApiContractTests
{
    private static readonly Lazy<GraphDataset> ShippedDataset = new(() => GraphDataset.Load(RepositoryRoot.Combine("data", "apatorsen"), ApatorsenSchema.Instance));

    [Fact]
    public async Task Meta_CountsEveryLabelTypeAndPattern_AndNamesTheVersion()
    {
        var body = (await GetAsync("/api/meta")).Ok();

        Assert.Equal(ShippedDataset.Value.Nodes.Count, body.GetProperty("nodeCount").GetInt32());
        Assert.Equal(ShippedDataset.Value.Relationships.Count, body.GetProperty("relationshipCount").GetInt32());
        Assert.Matches("^[0-9a-f]{16}$", body.Str("version"));
        Assert.Equal(ApatorsenSchema.Instance.Labels.Count, body.Items("labels").Count());
        Assert.Equal(ApatorsenSchema.Instance.RelationshipTypes.Count, body.Items("relationshipTypes").Count());
        var drug = Assert.Single(body.Items("labels"), l => l.Str("label") == "Drug");
        Assert.Equal("biolink:Drug", drug.Str("biolinkCategory"));
        var targets = Assert.Single(body.Items("relationshipTypes"), t => t.Str("type") == "TARGETS");
        Assert.Equal("biolink:affects", targets.Str("biolinkPredicate"));
        Assert.Equal("decreased", targets.GetProperty("biolinkQualifiers").Str("object_direction_qualifier"));
        Assert.Contains(body.Items("patterns"), p => p.Str("start") == "Drug" && p.Str("type") == "TARGETS" && p.Str("end") == "Protein" && p.GetProperty("count").GetInt32() == 1);
        Assert.Equal(ShippedDataset.Value.Relationships.Count, body.Items("patterns").Sum(p => p.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Meta_ListsTheOneDataset_ByItsFoldersName_UnderTheGraphsVersion()
    {
        var body = (await GetAsync("/api/meta")).Ok();

        var dataset = Assert.Single(body.Items("datasets"));
        Assert.Equal("apatorsen", dataset.Str("name"));
        Assert.Equal(ShippedDataset.Value.Version, dataset.Str("version"));
        Assert.Equal(body.Str("version"), dataset.Str("version"));
        Assert.Equal(ShippedDataset.Value.Nodes.Count, dataset.GetProperty("nodes").GetInt32());
        Assert.Equal(ShippedDataset.Value.Relationships.Count, dataset.GetProperty("relationships").GetInt32());
    }

    [Fact]
    public async Task Meta_GivesEachTypesBiolinkAssociationAndQualifiers_AndEachLabelsIdPrefixes()
    {
        var body = (await GetAsync("/api/meta")).Ok();

        var increases = Assert.Single(body.Items("relationshipTypes"), t => t.Str("type") == "INCREASES");
        Assert.Equal("biolink:ChemicalAffectsGeneAssociation", increases.Str("biolinkAssociation"));
        Assert.Equal(["object_aspect_qualifier"], increases.Strings("qualifierProperties"));
        var transcribed = Assert.Single(body.Items("relationshipTypes"), t => t.Str("type") == "TRANSCRIBED_TO");
        Assert.Equal("biolink:transcribed_from", transcribed.Str("biolinkPredicate"));
        Assert.True(transcribed.GetProperty("biolinkInverse").GetBoolean());
        var tests = Assert.Single(body.Items("relationshipTypes"), t => t.Str("type") == "TESTS");
        Assert.False(string.IsNullOrEmpty(tests.Str("biolinkNote")));
        var trial = Assert.Single(body.Items("labels"), l => l.Str("label") == "ClinicalTrial");
        Assert.Equal(["CLINICALTRIALS", "apatorsen"], trial.Strings("idPrefixes"));
    }
}
