using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

public sealed class BiolinkStatementsTests
{
    private static readonly GraphSchema Schema = ApatorsenSchema.Instance;

    [Fact]
    public void Statement_OfAnInverseType_SwapsSubjectAndObject()
    {
        var statement = BiolinkStatements.Of(Schema.GetRelationshipType(RelationshipTypeNames.TranscribedTo), "HGNC:5246", "apatorsen:hspb1-mrna", new Dictionary<string, object?>());

        Assert.Equal(("apatorsen:hspb1-mrna", "biolink:transcribed_from", "HGNC:5246"), (statement.Subject, statement.Predicate, statement.ObjectId));
    }

    [Fact]
    public void Statement_CarriesTheTypesQualifiers_AndTheOnesItsRelationshipHas()
    {
        var statement = BiolinkStatements.Of(Schema.GetRelationshipType(RelationshipTypeNames.Decreases), "DRUGBANK:DB06094", "UniProtKB:P04792",
            new Dictionary<string, object?> { [PropertyNames.ObjectAspectQualifier] = "abundance", [PropertyNames.Context] = "in vitro" });

        Assert.Equal("biolink:affects", statement.Predicate);
        Assert.Equal("decreased", statement.Qualifiers["object_direction_qualifier"]);
        Assert.Equal("biolink:causes", statement.Qualifiers["qualified_predicate"]);
        Assert.Equal("abundance", statement.Qualifiers["object_aspect_qualifier"]);
        Assert.False(statement.Qualifiers.ContainsKey(PropertyNames.Context));
    }

    [Fact]
    public void EdgeId_IsTheSameForTheSameTriple_AndDiffersForAnother()
    {
        Assert.Equal(BiolinkStatements.EdgeId("a:1", "TARGETS", "b:2"), BiolinkStatements.EdgeId("a:1", "TARGETS", "b:2"));
        Assert.NotEqual(BiolinkStatements.EdgeId("a:1", "TARGETS", "b:2"), BiolinkStatements.EdgeId("b:2", "TARGETS", "a:1"));
        Assert.Matches("^apatorsen:edge-[0-9a-f]{20}$", BiolinkStatements.EdgeId("a:1", "TARGETS", "b:2"));
    }
}
