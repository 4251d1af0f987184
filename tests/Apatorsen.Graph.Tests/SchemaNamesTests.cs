using System.Reflection;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

public sealed class SchemaNamesTests
{
    private static readonly GraphSchema Schema = ApatorsenSchema.Instance;

    [Fact]
    public void LabelNames_AreExactlyTheSchemasLabels()
    {
        Assert.Equal(Schema.Labels.Select(l => l.Label).Order(), Constants(typeof(LabelNames)).Order());
    }

    [Fact]
    public void RelationshipTypeNames_AreExactlyTheSchemasTypes()
    {
        Assert.Equal(Schema.RelationshipTypes.Select(t => t.Type).Order(), Constants(typeof(RelationshipTypeNames)).Order());
    }

    [Fact]
    public void PropertyNames_AreExactlyThePropertiesTheSchemaDefines()
    {
        var defined = Schema.Labels.SelectMany(l => l.Properties).Concat(Schema.RelationshipTypes.SelectMany(t => t.Properties))
            .Select(p => p.Name)
            .Distinct();

        Assert.Equal(defined.Order(), Constants(typeof(PropertyNames)).Order());
    }

    [Fact]
    public void EachConstant_IsNamedAfterItsValue_SoCallSitesReadAsTheSchemaDoes()
    {
        var misnamed = new[] { typeof(LabelNames), typeof(RelationshipTypeNames), typeof(PropertyNames) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => !string.Equals(f.Name, ((string)f.GetRawConstantValue()!).Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Name);

        Assert.Empty(misnamed);
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
}
