using Apatorsen.Graph.Biolink;

namespace Apatorsen.Graph.Tests;

/// <summary>The embedded Biolink table reads as the model defines it (facts checked against biolink-model.yaml 4.4.4).</summary>
public sealed class BiolinkModelTests
{
    private static readonly BiolinkModel Model = BiolinkModel.Instance;

    [Fact]
    public void Table_IsTheOneOfTheReleaseTheProjectPins() => Assert.Equal("4.4.4", Model.Version);

    [Fact]
    public void ChemicalEntity_HasDrugAmongItsDescendants_AndDrugIsConcrete()
    {
        Assert.Contains("Drug", Model.Descendants("biolink:ChemicalEntity"));
        Assert.True(Model.Classes["Drug"].IsConcrete);
    }

    [Fact]
    public void GeneOrGeneProductMixin_AdmitsProteinsAndRnaProducts_ButNotPlainTranscripts()
    {
        Assert.True(Model.Admits("GeneOrGeneProduct", "Protein"));
        Assert.True(Model.Admits("GeneOrGeneProduct", "RNAProduct"));
        Assert.False(Model.Admits("GeneOrGeneProduct", "Transcript"));
    }

    [Fact]
    public void StudyResult_IsAbstract_AsEvery4xReleaseHasIt() => Assert.True(Model.Classes["StudyResult"].Abstract);

    [Fact]
    public void Predicates_CarryTheirDomainRangeAndInverse()
    {
        var hasParticipant = Model.Slots["has_participant"];

        Assert.True(hasParticipant.Predicate);
        Assert.Equal("BiologicalProcessOrActivity", hasParticipant.Domain);
        Assert.Equal("Occurrent", hasParticipant.Range);
        Assert.Equal("part_of", Model.Slots["has_part"].Inverse);
        Assert.True(Model.Slots["associated_with"].Symmetric);
        Assert.Contains("increases_sensitivity_to", Model.SlotDescendants("related_to"));
    }

    [Fact]
    public void Enums_ListTheirValues_WithParents()
    {
        Assert.Contains("knowledge_assertion", Model.Enums["KnowledgeLevelEnum"].Values);
        Assert.Equal("decreased", Model.Enums["DirectionQualifierEnum"].Parents["downregulated"]);
    }

    [Fact]
    public void Associations_SayWhichPredicatesAndQualifiersTheyAllow()
    {
        var association = Model.Classes["ChemicalAffectsGeneAssociation"];

        Assert.Contains("affects", association.PredicateValues!);
        Assert.Equal("causes", association.Qualifiers["qualified_predicate"].SubpropertyOf);
        Assert.Equal("GeneOrGeneProductOrChemicalEntityAspectEnum", association.Qualifiers["object_aspect_qualifier"].Range);
    }

    [Fact]
    public void PrefixMap_SpellsPrefixesAsBiolinkDoes()
    {
        Assert.True(Model.PrefixMap.ContainsKey("CLINICALTRIALS"));
        Assert.False(Model.PrefixMap.ContainsKey("clinicaltrials"));
        Assert.Equal("http://purl.obolibrary.org/obo/CLO_", Model.PrefixMap["CLO"]);
    }
}
