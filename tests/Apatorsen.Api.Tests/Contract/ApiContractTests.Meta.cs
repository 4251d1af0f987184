namespace Apatorsen.Api.Tests.Contract;

// The contract of meta.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Meta_CountsEveryLabelTypeAndPattern_AndNamesTheVersion()
    {
        var body = (await GetAsync("/api/meta")).Ok();

        Assert.Equal(86, body.GetProperty("nodeCount").GetInt32());
        Assert.Equal(134, body.GetProperty("relationshipCount").GetInt32());
        Assert.Matches("^[0-9a-f]{16}$", body.Str("version"));
        Assert.Equal(13, body.Items("labels").Count());
        Assert.Equal(21, body.Items("relationshipTypes").Count());
        var drug = Assert.Single(body.Items("labels"), l => l.Str("label") == "Drug");
        Assert.Equal("biolink:Drug", drug.Str("biolinkCategory"));
        var targets = Assert.Single(body.Items("relationshipTypes"), t => t.Str("type") == "TARGETS");
        Assert.Equal("biolink:affects", targets.Str("biolinkPredicate"));
        Assert.Equal("decreased", targets.GetProperty("biolinkQualifiers").Str("object_direction_qualifier"));
        Assert.Contains(body.Items("patterns"), p => p.Str("start") == "Drug" && p.Str("type") == "TARGETS" && p.Str("end") == "Protein" && p.GetProperty("count").GetInt32() == 1);
        Assert.Equal(134, body.Items("patterns").Sum(p => p.GetProperty("count").GetInt32()));
    }
}
