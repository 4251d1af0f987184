using System.Net;

namespace Apatorsen.Api.Tests.Contract;

// The contract of mechanism.
public abstract partial class ApiContractTests
{
    [Fact]
    public async Task Mechanism_OfApatorsen_ReachesApoptosis_ThroughTheAntisenseChain()
    {
        var body = (await GetAsync($"/api/drugs/{Apatorsen}/mechanism")).Ok();

        Assert.Equal(Apatorsen, body.GetProperty("drug").Str("id"));
        var chains = body.Items("chains").ToArray();
        var antisense = Assert.Single(chains, c =>
            c.Items("steps").Select(s => s.Str("type")).SequenceEqual(["BINDS", "TRANSLATES_TO", "INHIBITS"])
            && c.GetProperty("end").Str("id") == Apoptosis);
        Assert.Equal("increases", antisense.Str("netEffect"));
        var steps = antisense.Items("steps").ToArray();
        Assert.Equal(Apatorsen, steps[0].GetProperty("from").Str("id"));
        Assert.Equal("apatorsen:hspb1-mrna", steps[0].GetProperty("to").Str("id"));
        Assert.Equal(Hsp27, steps[1].GetProperty("to").Str("id"));
        Assert.Equal("inhibits", steps[2].Str("effect"));
        Assert.All(steps, s => Assert.NotEmpty(s.GetProperty("provenance").Str("primaryKnowledgeSource")));
        Assert.Contains(chains, c => c.Items("steps").Select(s => s.Str("type")).SequenceEqual(["TARGETS", "INHIBITS"])
            && c.GetProperty("end").Str("id") == Apoptosis);
        var sizes = chains.Select(c => c.Items("steps").Count()).ToArray();
        Assert.Equal(sizes.Order(), sizes);
        Assert.All(chains, c => Assert.InRange(c.Items("steps").Count(), 1, 4));
    }

    [Fact]
    public async Task Mechanism_OfANodeThatIsNotADrug_Is404() =>
        (await GetAsync($"/api/drugs/{Hsp27}/mechanism")).Problem(HttpStatusCode.NotFound);

    [Fact]
    public async Task Mechanism_OfUnknownDrug_Is404() =>
        (await GetAsync("/api/drugs/apatorsen:nothing-here/mechanism")).Problem(HttpStatusCode.NotFound);
}
