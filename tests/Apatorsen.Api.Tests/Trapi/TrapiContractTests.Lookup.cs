using System.Text.Json.Nodes;

namespace Apatorsen.Api.Tests.Trapi;

// One hop with provenance, qualifier constraints, hierarchy expansion, ids resolved to their node.
public abstract partial class TrapiContractTests
{
    [Fact]
    public async Task OneHop_DrugAffectsProtein_GivesTheEdgeWithQualifiersProvenanceAndOnePrimarySource()
    {
        var answer = await OneHopAsync([Apatorsen], null, ["biolink:affects"], [Hsp27], null);

        Assert.Equal("Success", answer.Status);
        var result = answer.Result(("s", Apatorsen), ("o", Hsp27));
        var edges = answer.EdgesBound("e");
        var targets = Assert.Single(edges, e => e.Qualifiers().GetValueOrDefault("biolink:causal_mechanism_qualifier") == "antisense_oligonucleotide_inhibition");
        Assert.Equal(Apatorsen, targets.GetProperty("subject").GetString());
        Assert.Equal("biolink:affects", targets.GetProperty("predicate").GetString());
        Assert.Equal(Hsp27, targets.GetProperty("object").GetString());
        Assert.Equal("biolink:causes", targets.Qualifiers()["biolink:qualified_predicate"]);
        Assert.Equal("decreased", targets.Qualifiers()["biolink:object_direction_qualifier"]);
        Assert.Equal("expression", targets.Qualifiers()["biolink:object_aspect_qualifier"]);
        Assert.Equal("knowledge_assertion", targets.Attribute("biolink:knowledge_level"));
        Assert.Equal("manual_agent", targets.Attribute("biolink:agent_type"));
        Assert.Contains("apatorsen:ref-04", targets.Attribute("biolink:publications"), StringComparison.Ordinal);
        var primary = Assert.Single(targets.GetProperty("sources").EnumerateArray());
        Assert.Equal("infores:apatorsen-kg", primary.GetProperty("resource_id").GetString());
        Assert.Equal("primary_knowledge_source", primary.GetProperty("resource_role").GetString());
        Assert.Equal(["biolink:Drug"], answer.Nodes.GetProperty(Apatorsen).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("apatorsen", answer.Nodes.GetProperty(Apatorsen).GetProperty("name").GetString());
        Assert.False(result.GetProperty("node_bindings").GetProperty("s")[0].TryGetProperty("query_id", out _));
    }

    [Fact]
    public async Task OneHop_StatementFromElsewhere_NamesItsPrimarySourceAndThisGraphAsAggregator()
    {
        var answer = await OneHopAsync([HspMrna], null, ["biolink:translates_to"], [Hsp27], null);

        var edge = Assert.Single(answer.EdgesBound("e"));
        var sources = edge.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("resource_role").GetString()!, s => s);
        Assert.Equal("infores:uniprot", sources["primary_knowledge_source"].GetProperty("resource_id").GetString());
        Assert.Equal("infores:apatorsen-kg", sources["aggregator_knowledge_source"].GetProperty("resource_id").GetString());
        Assert.Equal(["infores:uniprot"], sources["aggregator_knowledge_source"].GetProperty("upstream_resource_ids").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task QualifierConstraint_Aspect_KeepsOnlyEdgesCarryingIt_FixedOrStored()
    {
        var expression = await OneHopAsync([Apatorsen], null, ["biolink:affects"], null, ["biolink:Protein"],
            [QualifierSet(("object_aspect_qualifier", "expression"))]);
        var abundance = await OneHopAsync([Apatorsen], null, ["biolink:affects"], null, ["biolink:Protein"],
            [QualifierSet(("object_aspect_qualifier", "abundance"))]);

        Assert.Equal([Hsp27], expression.Bound("o").Distinct());
        Assert.All(expression.EdgesBound("e"), e => Assert.Equal("expression", e.Qualifiers()["biolink:object_aspect_qualifier"]));
        // abundance finds the stored abundance edges and, below it in Biolink's aspect enum, the expression edge.
        Assert.Contains(Hsp27, abundance.Bound("o"));
        Assert.Contains("UniProtKB:P10275", abundance.Bound("o"));
        Assert.Contains(abundance.EdgesBound("e"), e => e.Qualifiers()["biolink:object_aspect_qualifier"] == "expression");
        Assert.All(abundance.EdgesBound("e"), e => Assert.Contains(e.Qualifiers()["biolink:object_aspect_qualifier"], new[] { "abundance", "expression" }));
    }

    [Fact]
    public async Task QualifierConstraints_SetsAreAlternatives_AndEveryQualifierOfASetMustHold()
    {
        var increased = await OneHopAsync([Apatorsen], null, ["biolink:affects"], null, null,
            [QualifierSet(("object_direction_qualifier", "increased"), ("qualified_predicate", "biolink:causes"))]);
        var either = await OneHopAsync([Apatorsen], null, ["biolink:affects"], null, null,
            [QualifierSet(("object_direction_qualifier", "increased")), QualifierSet(("object_aspect_qualifier", "expression"))]);
        var impossible = await OneHopAsync([Apatorsen], null, ["biolink:affects"], null, null,
            [QualifierSet(("object_direction_qualifier", "increased"), ("object_aspect_qualifier", "expression"))]);

        Assert.Contains(Apoptosis, increased.Bound("o"));
        Assert.DoesNotContain(Hsp27, increased.Bound("o"));
        Assert.All(increased.EdgesBound("e"), e => Assert.Equal("increased", e.Qualifiers()["biolink:object_direction_qualifier"]));
        Assert.Contains(Apoptosis, either.Bound("o"));
        Assert.Contains(Hsp27, either.Bound("o"));
        Assert.Empty(impossible.Results);
    }

    [Fact]
    public async Task Categories_FindTheirDescendantsAndMixinMembers()
    {
        var chemical = await OneHopAsync(null, ["biolink:ChemicalEntity"], ["biolink:affects"], [Hsp27], null);
        var geneOrProduct = await OneHopAsync([Apatorsen], null, ["biolink:affects"], null, ["biolink:GeneOrGeneProduct"]);

        Assert.Contains(Apatorsen, chemical.Bound("s"));
        Assert.All(chemical.Bound("s"), id => Assert.Equal("biolink:Drug", chemical.Nodes.GetProperty(id).GetProperty("categories")[0].GetString()));
        Assert.Contains(Hsp27, geneOrProduct.Bound("o"));
        Assert.DoesNotContain(Apoptosis, geneOrProduct.Bound("o"));
    }

    [Fact]
    public async Task RelatedTo_AndNoPredicate_FindEveryKindOfEdge_InEitherDirection()
    {
        var relatedTo = await OneHopAsync([Hsp27], null, ["biolink:related_to"], null, null);
        var any = await OneHopAsync([Hsp27], null, null, null, null);

        var predicates = relatedTo.EdgesBound("e").Select(e => e.GetProperty("predicate").GetString()).ToHashSet();
        Assert.Contains("biolink:affects", predicates);
        Assert.Contains("biolink:acts_upstream_of_or_within_negative_effect", predicates);
        Assert.Contains("biolink:translates_to", predicates);
        Assert.Contains(Apatorsen, relatedTo.Bound("o"));
        Assert.Contains(Apoptosis, relatedTo.Bound("o"));
        Assert.Equal(relatedTo.Bound("o").Order(StringComparer.Ordinal), any.Bound("o").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InversePredicate_MatchesTheStatementTheOtherWayRound_AndGivesItAsStored()
    {
        var affectedBy = await OneHopAsync([Hsp27], null, ["biolink:affected_by"], [Apatorsen], null);
        var transcribedTo = await OneHopAsync([Hspb1], null, ["biolink:transcribed_to"], null, null);
        var affectsBackwards = await OneHopAsync([Hsp27], null, ["biolink:affects"], [Apatorsen], null);

        Assert.NotEmpty(affectedBy.Results);
        Assert.All(affectedBy.EdgesBound("e"), e =>
        {
            Assert.Equal(Apatorsen, e.GetProperty("subject").GetString());
            Assert.Equal("biolink:affects", e.GetProperty("predicate").GetString());
        });
        var transcribed = Assert.Single(transcribedTo.EdgesBound("e"));
        Assert.Equal(HspMrna, transcribed.GetProperty("subject").GetString());
        Assert.Equal("biolink:transcribed_from", transcribed.GetProperty("predicate").GetString());
        Assert.Equal(Hspb1, transcribed.GetProperty("object").GetString());
        Assert.Empty(affectsBackwards.Results);
    }

    [Fact]
    public async Task SymmetricPredicate_MatchesInEitherDirection()
    {
        var fromDisease = await OneHopAsync([Cancer], null, ["biolink:associated_with"], [Hsp27], null);
        var fromTranscript = await OneHopAsync([HspMrna], null, ["biolink:physically_interacts_with"], [Apatorsen], null);

        var association = Assert.Single(fromDisease.EdgesBound("e"));
        Assert.Equal(Hsp27, association.GetProperty("subject").GetString());
        Assert.Equal("biolink:directly_physically_interacts_with", Assert.Single(fromTranscript.EdgesBound("e")).GetProperty("predicate").GetString());
    }

    [Fact]
    public async Task FormerIdOrXref_BindsTheNode_AndTheBindingNamesTheIdAsked()
    {
        var answer = await OneHopAsync(["apatorsen:apatorsen"], null, ["biolink:affects"], [Hsp27], null);
        var byXref = await OneHopAsync(["NCIT:C130234"], null, ["biolink:related_to"], [Apatorsen], null);

        var binding = answer.Results[0].GetProperty("node_bindings").GetProperty("s")[0];
        Assert.Equal(Apatorsen, binding.GetProperty("id").GetString());
        Assert.Equal("apatorsen:apatorsen", binding.GetProperty("query_id").GetString());
        Assert.False(answer.Results[0].GetProperty("node_bindings").GetProperty("o")[0].TryGetProperty("query_id", out _));
        Assert.Equal("NCIT:C130234", byXref.Results[0].GetProperty("node_bindings").GetProperty("s")[0].GetProperty("query_id").GetString());
        Assert.Equal("MONDO:0850353", byXref.Bound("s")[0]);
    }

    [Fact]
    public async Task UnknownId_Is200WithNoResults_AndALogNamingIt()
    {
        var answer = await OneHopAsync(["UniProtKB:P00000"], null, ["biolink:related_to"], null, null);

        Assert.Equal("Success", answer.Status);
        Assert.Empty(answer.Results);
        Assert.Contains(answer.Logs, l => l.GetProperty("message").GetString()!.Contains("UniProtKB:P00000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BatchIds_AreEachQueried_AndAnIdNoNodeHasDoesNotSpoilTheOthers()
    {
        var answer = await OneHopAsync([Apatorsen, "UniProtKB:P00000", Spruce], null, ["biolink:related_to"], [Hsp27, Cancer], null);

        Assert.Contains(answer.Results, r => r.GetProperty("node_bindings").GetProperty("s")[0].GetProperty("id").GetString() == Apatorsen);
        Assert.All(answer.Bound("o"), id => Assert.Contains(id, new[] { Hsp27, Cancer }));
    }

    [Fact]
    public async Task ATrial_ToItsDrugs_ThroughRelatedTo()
    {
        var answer = await OneHopAsync([Spruce], null, ["biolink:related_to"], null, ["biolink:Drug"]);

        Assert.Contains(Apatorsen, answer.Bound("o"));
        Assert.Contains("DRUGBANK:DB00958", answer.Bound("o"));
        Assert.All(answer.Bound("s"), id => Assert.Equal(Spruce, id));
        Assert.All(answer.EdgesBound("e"), e => Assert.Equal("biolink:related_to", e.GetProperty("predicate").GetString()));
    }

    [Fact]
    public async Task NodeOnly_QueryGraph_BindsTheNode()
    {
        var answer = await AskAsync(Query(new JsonObject { ["n"] = Node([Hsp27]) }, []));

        Assert.Equal([Hsp27], answer.Bound("n"));
        Assert.Empty(answer.Edges.EnumerateObject());
    }
}
