using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>Node properties said as Biolink slots, for the exports: renamed where Biolink's slot has another name, never posing as a slot they are not.</summary>
public sealed class BiolinkNodeSlotsTests
{
    private static readonly BiolinkModel Model = BiolinkModel.Instance;

    [Fact]
    public void SynonymsAndXrefs_AreBiolinksSynonymAndXref_WithTheirListsUnchanged()
    {
        string[] synonyms = ["OGX-427"];

        Assert.Equal(new NodeSlotValue("synonym", synonyms), BiolinkStatements.NodeSlot(PropertyNames.Synonyms, synonyms));
        Assert.Equal("xref", BiolinkStatements.NodeSlot(PropertyNames.Xrefs, new[] { "CHEBI:8382" }).Slot);
    }

    [Theory]
    [InlineData(1L, "clinical_trial_phase_1")]
    [InlineData(3L, "clinical_trial_phase_3")]
    [InlineData(7L, "clinical_trial_phase")]
    public void TrialPhase_IsAResearchPhaseEnumValue_OrItsParentWhereTheEnumHasNone(long phase, string expected)
    {
        var slot = BiolinkStatements.NodeSlot(PropertyNames.Phase, phase);

        Assert.Equal(new NodeSlotValue("clinical_trial_phase", expected), slot);
        Assert.Contains(expected, Model.Enums["ResearchPhaseEnum"].Values);
    }

    [Fact]
    public void OwnProperty_KeepsItsNameAndValue_AndIsNotBiolink()
    {
        var slot = BiolinkStatements.NodeSlot(PropertyNames.NctId, "NCT01829113");

        Assert.Equal(new NodeSlotValue(PropertyNames.NctId, "NCT01829113"), slot);
        Assert.False(slot.IsBiolink);
    }

    [Fact]
    public void EveryNodeProperty_ThatLandsOnABiolinkSlot_LandsOnOneWhoseDomainAdmitsItsCategory_AndIsSingleOrMultiValuedAlike()
    {
        foreach (var label in ApatorsenSchema.Instance.Labels)
        {
            foreach (var property in label.Properties)
            {
                var slot = BiolinkStatements.NodeSlot(property.Name, Sample(property.Type));
                if (!slot.IsBiolink)
                {
                    continue;
                }

                var definition = Model.Slots[slot.Slot];
                Assert.True(definition.Domain is null || Model.Admits(definition.Domain, label.BiolinkCategory),
                    $"{label.Label}.{property.Name} → {slot.Slot}, whose domain {definition.Domain} does not admit {label.BiolinkCategory}");
                Assert.True(definition.Multivalued == slot.Value is Array,
                    $"{label.Label}.{property.Name} → {slot.Slot}: multivalued {definition.Multivalued}, value {slot.Value.GetType().Name}");
            }
        }
    }

    [Fact]
    public void PhaseIsRenamed_BecauseBiolinksPhaseSlotIsACodingSequencesReadingFrame()
    {
        Assert.True(Model.Slots.ContainsKey(PropertyNames.Phase));
        Assert.Equal("CodingSequence", Model.Slots[PropertyNames.Phase].Domain);
        Assert.NotEqual(PropertyNames.Phase, BiolinkStatements.NodeSlot(PropertyNames.Phase, 2L).Slot);
    }

    [Fact]
    public void EveryRelationshipProperty_NamedLikeABiolinkSlot_IsAnAssociationSlot()
    {
        foreach (var type in ApatorsenSchema.Instance.RelationshipTypes)
        {
            foreach (var property in type.Properties.Where(p => Model.Slots.ContainsKey(p.Name)))
            {
                Assert.True(Model.Slots[property.Name].Domain is null or "Association",
                    $"{type.Type}.{property.Name} is named like the Biolink slot of {Model.Slots[property.Name].Domain}");
            }
        }
    }

    private static object Sample(PropertyType type) => type switch
    {
        PropertyType.Int => 1L,
        PropertyType.Double => 1.0,
        PropertyType.Boolean => true,
        PropertyType.StringArray => new[] { "x" },
        PropertyType.IntArray => new[] { 1L },
        PropertyType.DoubleArray => new[] { 1.0 },
        _ => "x",
    };
}
