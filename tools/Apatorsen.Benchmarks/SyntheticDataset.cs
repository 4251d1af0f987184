using System.Globalization;
using System.Text;

namespace Apatorsen.Benchmarks;

/// <summary>
/// Writes a synthetic dataset in the project's CSV format: a fixed set of drugs, proteins and publications,
/// and as many INCREASES/DECREASES relationships between them as asked, each unique and each with its provenance,
/// so that input size grows while the node set stays put.
/// </summary>
internal static class SyntheticDataset
{
    private const int Drugs = 1_000;
    private const int Proteins = 1_000;
    private const int Publications = 100;

    public static void Write(string directory, long relationships)
    {
        var maximum = 2L * Drugs * Proteins;
        if (relationships > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(relationships), $"At most {maximum} unique relationships fit the synthetic node set.");
        }

        Directory.CreateDirectory(Path.Combine(directory, "nodes"));
        Directory.CreateDirectory(Path.Combine(directory, "relationships"));
        WriteLines(Path.Combine(directory, "nodes", "publications.csv"), "id:ID,:LABEL,name,title,seedReference:int",
            Enumerable.Range(1, Publications).Select(i => $"apatorsen:ref-{i},Publication,Reference {i},\"Synthetic, reference {i}\",{i}"));
        WriteLines(Path.Combine(directory, "nodes", "drugs.csv"), "id:ID,:LABEL,name,synonyms:string[],drugType",
            Enumerable.Range(1, Drugs).Select(i => $"apatorsen:drug-{i},Drug,drug {i},D-{i};drug number {i},antisense oligonucleotide"));
        WriteLines(Path.Combine(directory, "nodes", "proteins.csv"), "id:ID,:LABEL,name,symbol",
            Enumerable.Range(1, Proteins).Select(i => $"UniProtKB:P{i:00000},Protein,protein {i},SYM{i}"));
        WriteLines(Path.Combine(directory, "relationships", "effects.csv"), ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type,object_aspect_qualifier,context",
            Relationships(relationships));
    }

    private static IEnumerable<string> Relationships(long count)
    {
        for (long i = 0; i < count; i++)
        {
            var pair = i / 2;
            var drug = 1 + (pair / Proteins);
            var protein = 1 + (pair % Proteins);
            var type = i % 2 == 0 ? "INCREASES" : "DECREASES";
            var source = 1 + (i % Publications);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"apatorsen:drug-{drug},UniProtKB:P{protein:00000},{type},infores:apatorsen-kg,apatorsen:ref-{source};apatorsen:ref-{1 + ((source + 1) % Publications)},knowledge_assertion,manual_agent,activity,in vitro");
        }
    }

    private static void WriteLines(string path, string header, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.Write(header);
        writer.Write('\n');
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
