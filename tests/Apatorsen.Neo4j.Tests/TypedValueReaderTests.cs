using System.Text.Json;
using Apatorsen.Neo4j.Protocol;

namespace Apatorsen.Neo4j.Tests;

/// <summary>Every example of docs-query-api typed-json.adoc "Type mapping", read into .NET values.</summary>
public sealed class TypedValueReaderTests
{
    [Fact]
    public void Read_Null_ReturnsNull() =>
        Assert.Null(Read("""{ "$type": "Null", "_value": null }"""));

    [Fact]
    public void Read_Boolean_ReturnsBool() =>
        Assert.Equal(true, Read("""{ "$type": "Boolean", "_value": true }"""));

    [Fact]
    public void Read_IntegerSentAsString_ReturnsLong() =>
        Assert.Equal(123L, Read("""{ "$type": "Integer", "_value": "123" }"""));

    [Fact]
    public void Read_IntegerBeyondDoublePrecision_KeepsEveryDigit() =>
        Assert.Equal(9007199254740993L, Read("""{ "$type": "Integer", "_value": "9007199254740993" }"""));

    [Theory]
    [InlineData("4.56", 4.56)]
    [InlineData("3.2E9", 3.2e9)]
    [InlineData("2.0E-7", 2.0e-7)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Read_FloatInDecimalOrScientificNotation_ReturnsDouble(string text, double expected) =>
        Assert.Equal(expected, Read($$"""{ "$type": "Float", "_value": "{{text}}" }"""));

    [Theory]
    [InlineData("NaN")]
    [InlineData("Nan")]
    public void Read_FloatNotANumberInEitherDocumentedSpelling_ReturnsNaN(string text) =>
        Assert.True(double.IsNaN((double)Read($$"""{ "$type": "Float", "_value": "{{text}}" }""")!));

    [Fact]
    public void Read_String_ReturnsString() =>
        Assert.Equal("Hello World", Read("""{ "$type": "String", "_value": "Hello World" }"""));

    [Fact]
    public void Read_Base64_ReturnsBytes() =>
        Assert.Equal(new byte[] { 0x03, 0x6F, 0xBF }, Read("""{ "$type": "Base64", "_value": "A2+/" }"""));

    [Fact]
    public void Read_List_ReturnsListOfValues()
    {
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Read("""
            { "$type": "List", "_value": [ { "$type": "String", "_value": "A" }, { "$type": "String", "_value": "B" } ] }
            """));
        Assert.Equal(["A", "B"], list);
    }

    [Fact]
    public void Read_Map_ReturnsDictionary()
    {
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Read("""
            { "$type": "Map", "_value": { "fieldA": { "$type": "String", "_value": "A" }, "fieldB": { "$type": "String", "_value": "B" } } }
            """));
        Assert.Equal("A", map["fieldA"]);
        Assert.Equal("B", map["fieldB"]);
    }

    [Fact]
    public void Read_Date_ReturnsDateOnly() =>
        Assert.Equal(new DateOnly(2015, 3, 26), Read("""{ "$type": "Date", "_value": "2015-03-26" }"""));

    [Fact]
    public void Read_ZonedTime_ReturnsTimeWithOffset() =>
        Assert.Equal(
            new Neo4jOffsetTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)),
            Read("""{ "$type": "Time", "_value": "12:50:35.556+01:00" }"""));

    [Fact]
    public void Read_ZonedTimeInUtc_ReturnsZeroOffset() =>
        Assert.Equal(new Neo4jOffsetTime(new TimeOnly(8, 0), TimeSpan.Zero), Read("""{ "$type": "Time", "_value": "08:00:00Z" }"""));

    [Fact]
    public void Read_ZonedTimeWithNegativeOffset_ReturnsNegativeOffset() =>
        Assert.Equal(new Neo4jOffsetTime(new TimeOnly(23, 5), TimeSpan.FromMinutes(-330)), Read("""{ "$type": "Time", "_value": "23:05-05:30" }"""));

    [Fact]
    public void Read_LocalTime_ReturnsTimeOnly() =>
        Assert.Equal(new TimeOnly(12, 50, 35, 556), Read("""{ "$type": "LocalTime", "_value": "12:50:35.556" }"""));

    [Fact]
    public void Read_LocalTimeWithoutSeconds_ReturnsTimeOnly() =>
        Assert.Equal(new TimeOnly(12, 50), Read("""{ "$type": "LocalTime", "_value": "12:50" }"""));

    [Fact]
    public void Read_ZonedDateTime_ReturnsDateTimeOffsetWithTheOffsetAndWithoutTheZoneName() =>
        Assert.Equal(
            new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero),
            Read("""{ "$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]" }"""));

    [Fact]
    public void Read_OffsetDateTime_ReturnsDateTimeOffset()
    {
        var value = Assert.IsType<DateTimeOffset>(Read("""{ "$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32-01:00" }"""));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), value);
        Assert.Equal(TimeSpan.FromHours(-1), value.Offset);
    }

    [Fact]
    public void Read_OffsetDateTimeWithZoneNameAsOlderServersSendIt_ReturnsDateTimeOffset() =>
        Assert.Equal(
            new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero),
            Read("""{ "$type": "OffsetDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]" }"""));

    [Fact]
    public void Read_LocalDateTime_ReturnsUnspecifiedDateTime()
    {
        var value = Assert.IsType<DateTime>(Read("""{ "$type": "LocalDateTime", "_value": "2015-07-04T19:32:24" }"""));
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Fact]
    public void Read_LocalDateTimeWithNanoseconds_TruncatesToTicks() =>
        Assert.Equal(
            new DateTime(2015, 7, 4, 19, 32, 24).AddTicks(1234567),
            Read("""{ "$type": "LocalDateTime", "_value": "2015-07-04T19:32:24.123456789" }"""));

    [Fact]
    public void Read_Duration_KeepsTheIsoText() =>
        Assert.Equal(new Neo4jDuration("P14DT16H12M"), Read("""{ "$type": "Duration", "_value": "P14DT16H12M" }"""));

    [Fact]
    public void Read_Point_ReturnsSridAndCoordinates() =>
        Assert.Equal(new Neo4jPoint(7203, 1.2, 3.4), Read("""{ "$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)" }"""));

    [Fact]
    public void Read_ThreeDimensionalPoint_ReturnsZ() =>
        Assert.Equal(new Neo4jPoint(9157, 1.0, 2.0, 3.0), Read("""{ "$type": "Point", "_value": "SRID=9157;POINT Z (1.0 2.0 3.0)" }"""));

    [Fact]
    public void Read_Node_ReturnsElementIdLabelsAndTypedProperties()
    {
        var node = Assert.IsType<Neo4jNode>(Read("""
            {
              "$type": "Node",
              "_value": {
                "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_labels": [ "Person" ],
                "_properties": { "name": { "$type": "String", "_value": "Phil" } }
              }
            }
            """));
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
    }

    [Fact]
    public void Read_Relationship_ReturnsEndsTypeAndProperties()
    {
        var relationship = Assert.IsType<Neo4jRelationship>(Read("""
            {
              "$type": "Relationship",
              "_value": {
                "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_type": "LIKES",
                "_properties": { "since": { "$type": "String", "_value": "forever!" } }
              }
            }
            """));
        Assert.Equal("5:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.ElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", relationship.StartNodeElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.EndNodeElementId);
        Assert.Equal("LIKES", relationship.Type);
        Assert.Equal("forever!", relationship.Properties["since"]);
    }

    [Fact]
    public void Read_Path_SplitsTheAlternatingListIntoNodesAndRelationships()
    {
        var path = Assert.IsType<Neo4jPath>(Read("""
            {
              "$type": "Path",
              "_value": [
                { "$type": "Node", "_value": { "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", "_labels": [ "Person" ],
                  "_properties": { "name": { "$type": "String", "_value": "Alice" }, "age": { "$type": "Integer", "_value": "42" } } } },
                { "$type": "Relationship", "_value": { "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                  "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                  "_type": "LIKES", "_properties": { "since": { "$type": "String", "_value": "forever!" } } } },
                { "$type": "Node", "_value": { "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": [ "Person" ],
                  "_properties": { "name": { "$type": "String", "_value": "Phil" } } } }
              ]
            }
            """));
        Assert.Equal(["Alice", "Phil"], path.Nodes.Select(n => n.Properties["name"]));
        Assert.Equal(42L, path.Nodes[0].Properties["age"]);
        Assert.Equal("LIKES", Assert.Single(path.Relationships).Type);
    }

    [Fact]
    public void Read_Vector_KeepsCoordinateTypeAndText()
    {
        var vector = Assert.IsType<Neo4jVector>(Read("""{ "$type": "Vector", "_value": { "coordinatesType": "INT8", "coordinates": ["1", "-5", "10"] } }"""));
        Assert.Equal("INT8", vector.CoordinatesType);
        Assert.Equal(["1", "-5", "10"], vector.Coordinates);
    }

    [Fact]
    public void Read_Unsupported_KeepsTheServersDescription() =>
        Assert.Equal(
            new Neo4jUnsupportedValue("Type TheUnsupportedType is not supported."),
            Read("""{ "$type": "Unsupported", "_value": "Type TheUnsupportedType is not supported." }"""));

    [Fact]
    public void Read_UnknownType_ThrowsProtocolExceptionNamingTheType()
    {
        var ex = Assert.Throws<Neo4jProtocolException>(() => Read("""{ "$type": "Hologram", "_value": "?" }"""));
        Assert.Contains("Hologram", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainJsonValue_ThrowsProtocolException() =>
        Assert.Throws<Neo4jProtocolException>(() => Read("42"));

    [Fact]
    public void Read_MalformedInteger_ThrowsProtocolException() =>
        Assert.Throws<Neo4jProtocolException>(() => Read("""{ "$type": "Integer", "_value": "forty-two" }"""));

    private static object? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return TypedValueReader.Read(document.RootElement);
    }
}
