using nietras.SeparatedValues;

namespace Apatorsen.Testing;

/// <summary>
/// A throwaway copy of a dataset directory without one node: its row, and every relationship row that starts or ends
/// at it, so that what is left still validates. Rows are matched by their id columns, not by text anywhere in the
/// line: a node may mention another's id (a former id, a cross-reference) without being about it.
/// Compiled into the Graph unit tests, which validate the copy, and the Neo4j import tests, which import it.
/// </summary>
internal sealed class TrimmedDataset : IDisposable
{
    /// <summary>The node the re-import test removes: a cell line with two relationships (and a former id of its own).</summary>
    public const string ReimportRemovedId = "CLO:0007726";

    private static readonly string[] IdColumns = ["id:ID", ":START_ID", ":END_ID"];

    public TrimmedDataset(string source, string removedId)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*.csv", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllLines(target, RowsWithout(file, removedId));
        }
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("apatorsen-trimmed-").FullName;

    /// <summary>How many rows were left out, over all files.</summary>
    public int RemovedRows { get; private set; }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private List<string> RowsWithout(string file, string removedId)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromFile(file);
        var kept = new List<string>();
        int[] idIndexes = [];
        foreach (var row in reader)
        {
            // The raw row, quotes and line breaks inside quoted values included, as the file holds it.
            var text = row.Span.ToString();
            if (kept.Count == 0)
            {
                idIndexes = IdColumnIndexes(row);
            }
            else if (IsAbout(row, idIndexes, removedId))
            {
                RemovedRows++;
                continue;
            }

            kept.Add(text);
        }

        return kept;
    }

    private static int[] IdColumnIndexes(SepReader.Row header)
    {
        var indexes = new List<int>();
        for (var i = 0; i < header.ColCount; i++)
        {
            if (IdColumns.Contains(header[i].ToString().TrimStart('\uFEFF')))
            {
                indexes.Add(i);
            }
        }

        return [.. indexes];
    }

    private static bool IsAbout(SepReader.Row row, int[] idIndexes, string id)
    {
        foreach (var i in idIndexes)
        {
            if (i < row.ColCount && row[i].Span.Trim('"').SequenceEqual(id))
            {
                return true;
            }
        }

        return false;
    }
}
