using System.Globalization;
using System.Text;

namespace Apatorsen.Benchmarks;

/// <summary>
/// Writes a synthetic dataset in the project's CSV format: a fixed set of drugs, proteins and publications,
/// and as many INCREASES/DECREASES relationships between them as asked, each unique and each with its provenance,
/// so that input size grows while the node set stays put (up to 2M relationships; beyond, drugs are added, 1,000
/// relationships each, so that 10M relationships come from 5,000 drugs). A fixed layer beyond the proteins gives multi-hop
/// questions something to walk: each protein promotes one process and inhibits another and is associated with one
/// disease, each of which is a subclass of a broader one (drug → protein → disease → broader disease is three hops;
/// the schema has no relationship from a process onwards).
/// </summary>
internal static class SyntheticDataset
{
    private const int MinimumDrugs = 1_000;
    private const int Proteins = 1_000;
    private const int Publications = 100;
    private const int Processes = 200;
    private const int Diseases = 100;
    private const int BroaderDiseases = 10;

    /// <summary>How many drugs a dataset of that many relationships has: two relationships to each protein per drug.</summary>
    public static long DrugsFor(long relationships) => Math.Max(MinimumDrugs, (relationships + (2L * Proteins) - 1) / (2L * Proteins));

    public static void Write(string directory, long relationships)
    {
        var drugs = DrugsFor(relationships);

        Directory.CreateDirectory(Path.Combine(directory, "nodes"));
        Directory.CreateDirectory(Path.Combine(directory, "relationships"));
        WriteLines(Path.Combine(directory, "nodes", "publications.csv"), "id:ID,:LABEL,name,title,seedReference:int",
            Enumerable.Range(1, Publications).Select(i => $"apatorsen:ref-{i},Publication,Reference {i},\"Synthetic, reference {i}\",{i}"));
        WriteLines(Path.Combine(directory, "nodes", "drugs.csv"), "id:ID,:LABEL,name,synonyms:string[],drugType",
            LongRange(drugs).Select(i => $"apatorsen:drug-{i},Drug,drug {i},D-{i};drug number {i},antisense oligonucleotide"));
        WriteLines(Path.Combine(directory, "nodes", "proteins.csv"), "id:ID,:LABEL,name,symbol",
            Enumerable.Range(1, Proteins).Select(i => $"UniProtKB:P{i:00000},Protein,protein {i},SYM{i}"));
        WriteLines(Path.Combine(directory, "nodes", "processes.csv"), "id:ID,:LABEL,name",
            Enumerable.Range(1, Processes).Select(i => $"GO:{i:0000000},BiologicalProcess,process {i}"));
        WriteLines(Path.Combine(directory, "nodes", "diseases.csv"), "id:ID,:LABEL,name",
            Enumerable.Range(1, Diseases + BroaderDiseases).Select(i => $"MONDO:{i:0000000},Indication,disease {i}"));
        WriteLines(Path.Combine(directory, "relationships", "layers.csv"), ":START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type",
            Layers());
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

    /// <summary>How many relationships <see cref="Layers"/> adds to those asked for.</summary>
    public const int LayerRelationships = 3 * Proteins + Diseases;

    private static IEnumerable<string> Layers()
    {
        const string Provenance = "infores:apatorsen-kg,apatorsen:ref-1,knowledge_assertion,manual_agent";
        for (var p = 1; p <= Proteins; p++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"UniProtKB:P{p:00000},GO:{1 + (p % Processes):0000000},PROMOTES,{Provenance}");
            yield return string.Create(CultureInfo.InvariantCulture, $"UniProtKB:P{p:00000},GO:{1 + (p * 7 % Processes):0000000},INHIBITS,{Provenance}");
            yield return string.Create(CultureInfo.InvariantCulture, $"UniProtKB:P{p:00000},MONDO:{1 + (p % Diseases):0000000},ASSOCIATED_WITH,{Provenance}");
        }

        for (var d = 1; d <= Diseases; d++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"MONDO:{d:0000000},MONDO:{Diseases + 1 + (d % BroaderDiseases):0000000},SUBCLASS_OF,{Provenance}");
        }
    }

    private static IEnumerable<long> LongRange(long count)
    {
        for (long i = 1; i <= count; i++)
        {
            yield return i;
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
