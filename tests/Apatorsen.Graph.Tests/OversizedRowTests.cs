using System.Text;
using Apatorsen.Graph.Dataset;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Graph.Tests;

/// <summary>Rows and fields longer than the CSV reader holds are dataset problems, not reader exceptions.</summary>
public sealed class OversizedRowTests
{
    // The CSV reader (Sep) holds at most 2^24 characters in one row.
    private const int ReaderRowLimit = 16_777_216;

    private const string Expected =
        "nodes/drugs.csv:3: the row starting on this line is longer than 16,777,216 characters, the most the CSV reader holds; " +
        "an unterminated quote (\") is the usual cause. The rest of the file was not read.";

    public static TheoryData<string, string> OversizedThirdLines => new()
    {
        // One stray quote opens a field that swallows every later line of the file.
        { "stray quote", "apatorsen:other,Drug,\"other\n" },
        { "one huge field", "apatorsen:other,Drug," },
    };

    [Theory]
    [MemberData(nameof(OversizedThirdLines))]
    public void Validate_RowLongerThanTheReaderHolds_ReportsTheFileAndTheLineWhereTheRowStarts(string because, string thirdLine)
    {
        using var dataset = new TempDataset();
        dataset.Write("nodes/drugs.csv", Encoding.UTF8.GetBytes(OversizedDrugs(thirdLine)));

        var problems = new DatasetValidator(ApatorsenSchema.Instance).Validate(dataset.Directory, cancellationToken: TestContext.Current.CancellationToken).Problems.Select(p => p.ToString());

        Assert.True(problems.SequenceEqual([Expected]), $"{because}: {string.Join("\n", problems)}");
    }

    [Fact]
    public void Load_RowLongerThanTheReaderHolds_ThrowsTheDatasetProblemNotTheReadersException()
    {
        using var dataset = new TempDataset();
        dataset.Write("nodes/drugs.csv", Encoding.UTF8.GetBytes(OversizedDrugs("apatorsen:other,Drug,\"other\n")));

        var exception = Assert.Throws<InvalidDatasetException>(() => GraphDataset.Load(dataset.Directory, ApatorsenSchema.Instance));

        Assert.Contains(Expected, exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.InnerException);
    }

    private static string OversizedDrugs(string thirdLine)
    {
        var text = new StringBuilder("id:ID,:LABEL,name,description\napatorsen:apatorsen,Drug,apatorsen,\n").Append(thirdLine);
        while (text.Length <= ReaderRowLimit + 100)
        {
            text.Append(thirdLine.EndsWith('\n') ? "apatorsen:filler,Drug,filler,filler text\n" : "filler text ");
        }

        return text.Append('\n').ToString();
    }
}
