using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// The schema is valid in the pinned Biolink Model: every rule below is checked against the model's facts
/// (src/Apatorsen.Graph/Biolink), so a schema change that breaks one fails here, naming the label or type.
/// </summary>
public sealed class BiolinkConformanceTests
{
    private static readonly GraphSchema Schema = ApatorsenSchema.Instance;
    private static readonly BiolinkModel Model = BiolinkModel.Instance;

    public static TheoryData<string> Labels => [.. Schema.Labels.Select(l => l.Label)];

    public static TheoryData<string> Types => [.. Schema.RelationshipTypes.Select(t => t.Type)];

    [Theory]
    [MemberData(nameof(Labels))]
    public void Label_MapsToAConcreteClassThatIsNotAMixin(string label)
    {
        var category = BiolinkModel.Local(Schema.GetLabel(label).BiolinkCategory);

        Assert.True(Model.Classes.TryGetValue(category, out var found), $"{label}: biolink:{category} is not a class of Biolink {Model.Version}");
        Assert.True(found.IsConcrete, $"{label}: biolink:{category} is abstract or a mixin");
        Assert.False(found.Deprecated, $"{label}: biolink:{category} is deprecated");
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Label_UsesIdPrefixesAsTheModelSpellsThemAndExpectsThem(string label)
    {
        var definition = Schema.GetLabel(label);
        var expected = Model.Classes[BiolinkModel.Local(definition.BiolinkCategory)].IdPrefixes;

        foreach (var prefix in definition.IdRules.Select(r => r.Prefix).Where(p => p != ApatorsenSchema.ProjectPrefix))
        {
            Assert.True(Model.PrefixMap.ContainsKey(prefix), $"{label}: the prefix '{prefix}' is not in Biolink's prefix map");
            Assert.True(expected.Contains(prefix), $"{label}: {definition.BiolinkCategory} does not list '{prefix}' among its id prefixes ({string.Join(", ", expected)})");
        }
    }

    [Fact]
    public void ProjectPrefix_IsNotOneOfBiolinks_AndHasAnExpansion()
    {
        Assert.False(Model.PrefixMap.ContainsKey(ApatorsenSchema.ProjectPrefix));
        Assert.True(Uri.IsWellFormedUriString(ApatorsenSchema.ProjectNamespace, UriKind.Absolute));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_MapsToAPredicate_ThatIsNeitherMixinNorAbstractNorDeprecated_InItsCanonicalDirection(string type)
    {
        var mapping = Schema.GetRelationshipType(type).Biolink;
        var name = BiolinkModel.Local(mapping.Predicate);

        Assert.True(Model.Slots.TryGetValue(name, out var predicate) && predicate.Predicate, $"{type}: {mapping.Predicate} is not a Biolink predicate");
        Assert.False(predicate.Mixin || predicate.Abstract || predicate.Deprecated, $"{type}: {mapping.Predicate} is a mixin, abstract or deprecated");
        Assert.True(predicate.Canonical || predicate.Symmetric, $"{type}: {mapping.Predicate} is not canonical; exports would state it the wrong way round");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_EndLabels_AreAdmittedByThePredicatesDomainAndRange(string type)
    {
        var definition = Schema.GetRelationshipType(type);
        var predicate = Model.Slots[BiolinkModel.Local(definition.Biolink.Predicate)];

        foreach (var subject in SubjectClasses(definition))
        {
            Assert.True(predicate.Domain is null || Model.Admits(predicate.Domain, subject), $"{type}: the domain {predicate.Domain} of {definition.Biolink.Predicate} does not admit {subject}");
        }

        foreach (var obj in ObjectClasses(definition))
        {
            Assert.True(predicate.Range is null || Model.Admits(predicate.Range, obj), $"{type}: the range {predicate.Range} of {definition.Biolink.Predicate} does not admit {obj}");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_IsAnInstanceOfItsAssociation_WhoseEndsAndPredicatesAdmitIt(string type)
    {
        var definition = Schema.GetRelationshipType(type);
        var name = BiolinkModel.Local(definition.Biolink.Association);

        Assert.True(Model.Classes.TryGetValue(name, out var association), $"{type}: {definition.Biolink.Association} is not a Biolink class");
        Assert.True(association.IsConcrete && !association.Deprecated, $"{type}: {definition.Biolink.Association} is abstract, a mixin or deprecated");
        Assert.True(Model.Admits("Association", name), $"{type}: {definition.Biolink.Association} is not an association");
        Assert.All(SubjectClasses(definition), c => Assert.True(association.SubjectRange is null || Model.Admits(association.SubjectRange, c), $"{type}: {name} does not admit {c} as subject"));
        Assert.All(ObjectClasses(definition), c => Assert.True(association.ObjectRange is null || Model.Admits(association.ObjectRange, c), $"{type}: {name} does not admit {c} as object"));
        Assert.True(association.PredicateValues is null || association.PredicateValues.Contains(BiolinkModel.Local(definition.Biolink.Predicate)),
            $"{type}: {name} does not allow the predicate {definition.Biolink.Predicate}");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_Qualifiers_AreOnesItsAssociationAllows_WithValuesOfTheirEnums(string type)
    {
        var definition = Schema.GetRelationshipType(type);
        var association = Model.Classes[BiolinkModel.Local(definition.Biolink.Association)];

        foreach (var (qualifier, value) in definition.Biolink.Qualifiers)
        {
            Assert.True(association.Qualifiers.TryGetValue(qualifier, out var allowed), $"{type}: {definition.Biolink.Association} has no qualifier {qualifier}");
            if (allowed.SubpropertyOf is { } bound)
            {
                Assert.Contains(BiolinkModel.Local(value), Model.SlotDescendants(bound));
            }
            else if (Model.Enums.TryGetValue(allowed.Range, out var values))
            {
                Assert.True(values.Values.Contains(value), $"{type}: '{value}' is not a value of {allowed.Range}");
            }
        }

        // Qualifiers a relationship carries itself, as properties named after the slot.
        foreach (var property in definition.Properties.Where(p => Model.Slots.TryGetValue(p.Name, out var slot) && slot.Qualifier))
        {
            Assert.True(association.Qualifiers.TryGetValue(property.Name, out var allowed), $"{type}: {definition.Biolink.Association} has no qualifier {property.Name}");
            Assert.NotNull(property.AllowedValues);
            Assert.All(property.AllowedValues, v => Assert.Contains(v, Model.Enums[allowed.Range].Values));
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Type_MappedToRelatedTo_SaysWhyNothingNarrowerFits(string type)
    {
        var mapping = Schema.GetRelationshipType(type).Biolink;

        Assert.True(mapping.Predicate != "biolink:related_to" || !string.IsNullOrWhiteSpace(mapping.Note), $"{type} is related_to without a reason");
    }

    [Fact]
    public void RelationshipPropertiesNamedAfterBiolinkSlots_TakeOnlyValuesOfTheSlotsEnum_AndFollowItsRules()
    {
        // Node properties are the project's own (a trial's 'phase' is a number, not Biolink's PhaseEnum slot).
        var properties = Schema.RelationshipTypes.SelectMany(t => t.Properties)
            .Where(p => Model.Slots.ContainsKey(p.Name))
            .ToArray();

        Assert.NotEmpty(properties);
        foreach (var property in properties.Where(p => Model.Enums.ContainsKey(Model.Slots[p.Name].Range ?? "")))
        {
            var values = Model.Enums[Model.Slots[property.Name].Range!].Values;
            Assert.True(property.AllowedValues is not null && property.AllowedValues.All(values.Contains), $"{property.Name} allows values outside {Model.Slots[property.Name].Range}");
        }

        // Biolink's Association rule: effect_type only together with effect_size.
        Assert.All(properties.Where(p => p.Name == PropertyNames.EffectType), p => Assert.Equal(PropertyNames.EffectSize, p.Requires));
    }

    [Fact]
    public void TrialStatus_TakesTheValuesOfBiolinksClinicalTrialStatusEnum()
    {
        var status = Schema.GetLabel(LabelNames.ClinicalTrial).FindProperty(PropertyNames.OverallStatus)!;

        Assert.Equal(Model.Enums["ClinicalTrialStatusEnum"].Values, status.AllowedValues);
    }

    private static IEnumerable<string> SubjectClasses(RelationshipTypeDefinition type) =>
        (type.Biolink.Inverse ? type.EndLabels : type.StartLabels).Select(ClassOf);

    private static IEnumerable<string> ObjectClasses(RelationshipTypeDefinition type) =>
        (type.Biolink.Inverse ? type.StartLabels : type.EndLabels).Select(ClassOf);

    private static string ClassOf(string label) => BiolinkModel.Local(Schema.GetLabel(label).BiolinkCategory);
}
