using System.Globalization;

namespace Apatorsen.Neo4j.Tests;

/// <summary>.NET parameter values as typed JSON on the wire (docs-query-api typed-json.adoc "Type mapping").</summary>
public sealed class ParameterSerialisationTests
{
    public static TheoryData<string, object?, string> Scalars => new()
    {
        { "null", null, """{"$type":"Null","_value":null}""" },
        { "bool", true, """{"$type":"Boolean","_value":true}""" },
        { "int", 42, """{"$type":"Integer","_value":"42"}""" },
        { "long", 9007199254740993L, """{"$type":"Integer","_value":"9007199254740993"}""" },
        { "short", (short)-7, """{"$type":"Integer","_value":"-7"}""" },
        { "double", 4.56, """{"$type":"Float","_value":"4.56"}""" },
        { "float", 0.5f, """{"$type":"Float","_value":"0.5"}""" },
        { "floatAsWritten", 0.1f, """{"$type":"Float","_value":"0.1"}""" },
        { "decimal", 12.5m, """{"$type":"Float","_value":"12.5"}""" },
        { "wholeDouble", 3.0, """{"$type":"Float","_value":"3"}""" },
        { "nan", double.NaN, """{"$type":"Float","_value":"NaN"}""" },
        { "infinity", double.PositiveInfinity, """{"$type":"Float","_value":"Infinity"}""" },
        { "string", "Hsp27 (HSPB1)", """{"$type":"String","_value":"Hsp27 (HSPB1)"}""" },
        { "nonAscii", "β-catenin", """{"$type":"String","_value":"β-catenin"}""" },
        { "bytes", new byte[] { 0x03, 0x6F, 0xBF }, """{"$type":"Base64","_value":"A2+/"}""" },
        { "date", new DateOnly(2015, 3, 26), """{"$type":"Date","_value":"2015-03-26"}""" },
        { "localTime", new TimeOnly(12, 50, 35, 556), """{"$type":"LocalTime","_value":"12:50:35.556"}""" },
        { "wholeLocalTime", new TimeOnly(8, 0), """{"$type":"LocalTime","_value":"08:00:00"}""" },
        { "time", new Neo4jOffsetTime(new TimeOnly(12, 50, 35), TimeSpan.FromHours(1)), """{"$type":"Time","_value":"12:50:35+01:00"}""" },
        { "localDateTime", new DateTime(2015, 7, 4, 19, 32, 24), """{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}""" },
        { "utcDateTime", new DateTime(2015, 7, 4, 19, 32, 24, DateTimeKind.Utc), """{"$type":"OffsetDateTime","_value":"2015-07-04T19:32:24+00:00"}""" },
        { "offsetDateTime", new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), """{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}""" },
        { "duration", new Neo4jDuration("P14DT16H12M"), """{"$type":"Duration","_value":"P14DT16H12M"}""" },
        { "timeSpan", TimeSpan.FromSeconds(90.5), """{"$type":"Duration","_value":"PT90.5S"}""" },
        { "point", new Neo4jPoint(7203, 1.2, 3.4), """{"$type":"Point","_value":"SRID=7203;POINT (1.2 3.4)"}""" },
        { "point3d", new Neo4jPoint(9157, 1, 2, 3), """{"$type":"Point","_value":"SRID=9157;POINT Z (1 2 3)"}""" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public async Task RunAsync_ScalarParameter_IsSentAsItsDocumentedTypedValue(string name, object? value, string expectedJson)
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.RunAsync("RETURN $p AS p", new Dictionary<string, object?> { [name] = value }, AccessMode.Read, TestContext.Current.CancellationToken);

        Assert.Equal(expectedJson, Assert.Single(harness.Stub.Requests).Parameters[name].GetRawText());
    }

    [Fact]
    public async Task RunAsync_ListsAndDictionaries_AreSentAsNestedListsAndMaps()
    {
        await using var harness = await ClientHarness.StartAsync();
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "NCT01234567", ["phase"] = 2, ["arms"] = new[] { "A", "B" } },
        };

        await harness.Client.RunAsync(
            "UNWIND $rows AS row MERGE (t:ClinicalTrial {id: row.id})",
            new Dictionary<string, object?> { ["rows"] = rows, ["synonyms"] = new List<string> { "OGX-427", "apatorsen" } },
            AccessMode.Write,
            TestContext.Current.CancellationToken);

        var request = Assert.Single(harness.Stub.Requests);
        Assert.Equal(
            """{"$type":"List","_value":[{"$type":"Map","_value":{"id":{"$type":"String","_value":"NCT01234567"},"phase":{"$type":"Integer","_value":"2"},"arms":{"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"String","_value":"B"}]}}}]}""",
            request.Parameters["rows"].GetRawText());
        Assert.Equal(new List<object?> { "OGX-427", "apatorsen" }, request.Parameter("synonyms"));
    }

    [Fact]
    public async Task RunAsync_NoParameters_SendsNoParametersObject()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.RunAsync("RETURN 1 AS one", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken);

        Assert.False(Assert.Single(harness.Stub.Requests).Json!.Value.TryGetProperty("parameters", out _));
    }

    [Fact]
    public async Task RunAsync_UnsupportedParameterType_ThrowsArgumentExceptionNamingTheParameterAndSendsNothing()
    {
        await using var harness = await ClientHarness.StartAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.RunAsync(
            "RETURN $p AS p",
            new Dictionary<string, object?> { ["trial"] = new Dictionary<string, object?> { ["site"] = new Uri("https://example.org") } },
            AccessMode.Read,
            TestContext.Current.CancellationToken));

        Assert.Equal("parameters", ex.ParamName);
        Assert.Contains("'trial.site'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("System.Uri", ex.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Stub.Requests);
    }

    [Fact]
    public async Task RunAsync_EnumParameter_IsRejectedRatherThanGuessed()
    {
        await using var harness = await ClientHarness.StartAsync();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.RunAsync(
            "RETURN $p AS p", new Dictionary<string, object?> { ["mode"] = DayOfWeek.Monday }, AccessMode.Read, TestContext.Current.CancellationToken));

        Assert.Contains("'mode'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FloatParameters_RoundTripExactly()
    {
        await using var harness = await ClientHarness.StartAsync();
        double[] values = [0.1, 1e-7, 3.2e9, 1e16, double.Epsilon, -123.456];

        await harness.Client.RunAsync(
            "RETURN $values AS values", new Dictionary<string, object?> { ["values"] = values }, AccessMode.Read, TestContext.Current.CancellationToken);

        var sent = (List<object?>)Assert.Single(harness.Stub.Requests).Parameter("values")!;
        Assert.Equal(values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)), sent.Select(v => ((double)v!).ToString("R", CultureInfo.InvariantCulture)));
    }
}
