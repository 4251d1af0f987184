using Apatorsen.Api.Trapi.Mapping;
using Apatorsen.Api.Trapi.Planning;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Tests.Trapi;

public sealed class BiolinkVocabularyTests
{
    private static readonly BiolinkVocabulary Vocabulary = new(ApatorsenSchema.Instance);

    private static string[] Stating(string predicate, bool sameDirection) =>
        Vocabulary.TypesStating(predicate).Where(t => t.SameDirection == sameDirection).Select(t => t.Type.Type).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void RelatedTo_IsStatedByEveryType_InBothDirections_BecauseItIsSymmetric()
    {
        var all = ApatorsenSchema.Instance.RelationshipTypes.Select(t => t.Type).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(all, Stating("biolink:related_to", true));
        Assert.Equal(all, Stating("biolink:related_to", false));
    }

    [Fact]
    public void InversePredicate_IsStatedBackwards_ByTheTypesOfItsInverse()
    {
        Assert.Empty(Stating("biolink:affected_by", true));
        Assert.Contains(RelationshipTypeNames.Targets, Stating("biolink:affected_by", false));
        Assert.Contains(RelationshipTypeNames.Decreases, Stating("biolink:affected_by", false));
        Assert.Equal([RelationshipTypeNames.TranscribedTo], Stating("biolink:transcribed_to", false));
        Assert.Empty(Stating("biolink:transcribed_to", true));
    }

    [Fact]
    public void DescendantPredicates_AnswerTheirAncestor_AndSymmetricOnesBothWays()
    {
        Assert.Contains(RelationshipTypeNames.Inhibits, Stating("biolink:acts_upstream_of_or_within", true));
        Assert.DoesNotContain(RelationshipTypeNames.Inhibits, Stating("biolink:acts_upstream_of_or_within", false));
        Assert.Contains(RelationshipTypeNames.AssociatedWith, Stating("biolink:associated_with", true));
        Assert.Contains(RelationshipTypeNames.AssociatedWith, Stating("biolink:associated_with", false));
        Assert.Contains(RelationshipTypeNames.Binds, Stating("biolink:physically_interacts_with", false));
        Assert.DoesNotContain(RelationshipTypeNames.Targets, Stating("biolink:physically_interacts_with", true));
    }

    [Fact]
    public void Categories_FindTheLabelsOfTheirDescendantsAndMixinMembers()
    {
        Assert.Equal([LabelNames.Drug], Vocabulary.LabelsOf(["biolink:ChemicalEntity"]));
        var geneOrProduct = Vocabulary.LabelsOf(["biolink:GeneOrGeneProduct"]);
        Assert.Contains(LabelNames.Protein, geneOrProduct);
        Assert.Contains(LabelNames.Gene, geneOrProduct);
        Assert.Contains(LabelNames.Transcript, geneOrProduct);
        Assert.DoesNotContain(LabelNames.Drug, geneOrProduct);
        Assert.Equal(Vocabulary.AllLabels.Count, Vocabulary.LabelsOf(["biolink:NamedThing"]).Count);
        Assert.Empty(Vocabulary.LabelsOf(["biolink:Cell"]));
    }

    [Fact]
    public void QualifierValues_MatchThemselvesAndTheValuesBelowThem()
    {
        var abundance = BiolinkVocabulary.ValuesAtOrBelow("biolink:object_aspect_qualifier", "abundance");
        var causes = BiolinkVocabulary.ValuesAtOrBelow("biolink:qualified_predicate", "biolink:contributes_to");

        Assert.Contains("abundance", abundance);
        Assert.Contains("expression", abundance);
        Assert.DoesNotContain("activity", abundance);
        Assert.Contains("downregulated", BiolinkVocabulary.ValuesAtOrBelow("biolink:object_direction_qualifier", "decreased"));
        Assert.Contains("biolink:causes", causes);
    }

    [Fact]
    public void AttributeTypes_AreTheBiolinkSlotsTheKgxExportWrites_OrTheProjectsOwn()
    {
        Assert.Equal("biolink:synonym", TrapiAttributes.NodeType(PropertyNames.Synonyms));
        Assert.Equal("biolink:clinical_trial_phase", TrapiAttributes.NodeType(PropertyNames.Phase));
        Assert.Equal("clinical_trial_phase_2", TrapiAttributes.OfNode(PropertyNames.Phase, 2L, "infores:x").Value);
        Assert.Equal("apatorsen:drugType", TrapiAttributes.NodeType(PropertyNames.DrugType));
        Assert.Equal("biolink:p_value", TrapiAttributes.EdgeType(PropertyNames.PValue));
        Assert.Equal("biolink:knowledge_level", TrapiAttributes.EdgeType(PropertyNames.KnowledgeLevel));
        Assert.Equal("apatorsen:dose", TrapiAttributes.EdgeType(PropertyNames.Dose));
        Assert.Equal("apatorsen:object_aspect_qualifier", TrapiAttributes.EdgeType(PropertyNames.ObjectAspectQualifier));
    }
}
