using System.Globalization;
using System.Text;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>
/// Which characters a dataset's text may hold: no control character (C0, DEL, C1) but tab anywhere and line breaks
/// inside a quoted value; text that is not UTF-8 (a lone surrogate, an overlong NUL) is refused before that.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Allowed = "of the control characters only tab, and line breaks inside a quoted value, are allowed";

    private static readonly DatasetValidator Validator = new(ApatorsenSchema.Instance);

    private static string[] Problems(TempDataset dataset) =>
        [.. Validator.Validate(dataset.Directory, cancellationToken: TestContext.Current.CancellationToken).Problems.Select(p => p.ToString())];

    private const string DrugsHeader = "id:ID,:LABEL,name,synonyms:string[],description\n";

    /// <summary>The small valid dataset with these drug rows, written as they are: TempDataset's own writing would turn
    /// form feed and NEL into line feeds, as it does with every line break.</summary>
    private static TempDataset DrugsFile(string rows)
    {
        var dataset = new TempDataset();
        dataset.Write("nodes/drugs.csv", Encoding.UTF8.GetBytes(DrugsHeader + rows + "\n"));
        return dataset;
    }

    /// <summary>Every C0 control but tab, line feed and carriage return; DEL; every C1 control.</summary>
    public static TheoryData<int> RefusedCharacters =>
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21))];

    [Theory]
    [MemberData(nameof(RefusedCharacters))]
    public void ControlCharacter_InAnUnquotedOrQuotedValue_IsAProblemAtItsFileLineAndColumn(int code)
    {
        var c = (char)code;
        using var dataset = DrugsFile($"apatorsen:apatorsen,Drug,apa{c}torsen,OGX-427,\"quoted {c}\"");

        var hex = code.ToString("X4", CultureInfo.InvariantCulture);
        Assert.Equal(
            [
                $"nodes/drugs.csv:2:3: 'name' holds the control character U+{hex} at character 4; {Allowed}",
                $"nodes/drugs.csv:2:5: 'description' holds the control character U+{hex} at character 8; {Allowed}",
            ],
            Problems(dataset));
    }

    [Fact]
    public void ControlCharacter_InAnIdOrAListElement_IsAProblemToo_AndTheRowStillCountsForItsRelationships()
    {
        using var dataset = DrugsFile("apatorsen:apatorsen,Drug,apatorsen,OGX-427;x\0y,\napatorsen:oth\u001fer,Drug,other,,");

        var problems = Problems(dataset);

        Assert.Contains($"nodes/drugs.csv:2:4: 'synonyms' holds the control character U+0000 at character 10; {Allowed}", problems);
        Assert.Contains($"nodes/drugs.csv:3:1: 'id' holds the control character U+001F at character 14; {Allowed}", problems);
        Assert.DoesNotContain(problems, p => p.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Tab_AnywhereInAValue_AndLineBreaks_InsideAQuotedValue_AreAllowed()
    {
        using var dataset = DrugsFile("apatorsen:apatorsen,Drug,apa\ttorsen,OGX-427,\"one\tline\r\ntwo\nthree\rfour\"\r");

        Assert.Empty(Problems(dataset));
        var drug = GraphDataset.Load(dataset.Directory, ApatorsenSchema.Instance).Nodes.Single(n => n.Label == LabelNames.Drug);
        Assert.Equal("apa\ttorsen", drug.Properties["name"]);
        Assert.Equal("one\tline\r\ntwo\nthree\rfour", drug.Properties["description"]);
    }

    public static TheoryData<string, byte[]> NotUtf8 => new()
    {
        // U+D800 written as UTF-8 would be (CESU-8): a lone surrogate cannot come out of a strict decoder.
        { "lone surrogate", [0xED, 0xA0, 0x80] },
        // NUL as "modified UTF-8" writes it, which would slip past a check for the byte 0.
        { "overlong NUL", [0xC0, 0x80] },
        { "beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80] },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void TextThatIsNotUtf8_IsRefusedAsSuch(string because, byte[] bytes)
    {
        using var dataset = DrugsFile("apatorsen:apatorsen,Drug,apatorsen,,");
        var head = Encoding.UTF8.GetBytes(DrugsHeader + "apatorsen:apatorsen,Drug,apa");
        dataset.Write("nodes/drugs.csv", [.. head, .. bytes, .. "torsen,,\n"u8]);

        var problems = Problems(dataset);

        Assert.True(problems.Length > 0 && problems[0] == $"nodes/drugs.csv:2:3: the file is not valid UTF-8 (first invalid byte at offset {head.Length})", because + ": " + string.Join("\n", problems));
    }
}
