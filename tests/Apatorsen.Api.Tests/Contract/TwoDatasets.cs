using System.Text;

namespace Apatorsen.Api.Tests.Contract;

/// <summary>
/// Two small datasets in folders named <see cref="Alpha"/> and <see cref="Beta"/> (their dataset names) that share
/// nodes: both hold Hsp27 and the publication ref-01. Alpha states that apatorsen targets Hsp27, beta that Hsp27
/// inhibits apoptosis, each citing ref-01; so the mechanism crosses from one dataset into the other through the
/// shared node.
/// </summary>
public sealed class TwoDatasets : IDisposable
{
    public const string Alpha = "alpha";
    public const string Beta = "beta";
    public const string Drug = "DRUGBANK:DB06094";
    public const string Hsp27 = "UniProtKB:P04792";
    public const string Apoptosis = "GO:0006915";
    public const string Reference = "apatorsen:ref-01";

    private const string Publications = """
        id:ID,:LABEL,name,title,seedReference:int
        apatorsen:ref-01,Publication,Reference 1,A study of Hsp27,1
        """;

    private const string Proteins = """
        id:ID,:LABEL,name,symbol
        UniProtKB:P04792,Protein,Hsp27,HSPB1
        """;

    private static readonly IReadOnlyDictionary<string, string> AlphaFiles = new Dictionary<string, string>
    {
        ["nodes/publications.csv"] = Publications,
        ["nodes/proteins.csv"] = Proteins,
        ["nodes/drugs.csv"] = """
            id:ID,:LABEL,name,synonyms:string[]
            DRUGBANK:DB06094,Drug,apatorsen,OGX-427;apatorsen sodium
            """,
        ["relationships/mechanism.csv"] = """
            :START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type,mechanism
            DRUGBANK:DB06094,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent,antisense
            """,
    };

    private static readonly IReadOnlyDictionary<string, string> BetaFiles = new Dictionary<string, string>
    {
        ["nodes/publications.csv"] = Publications,
        ["nodes/proteins.csv"] = Proteins,
        ["nodes/biological_processes.csv"] = """
            id:ID,:LABEL,name,synonyms:string[]
            GO:0006915,BiologicalProcess,apoptotic process,apoptosis
            """,
        ["relationships/mechanism.csv"] = """
            :START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type
            UniProtKB:P04792,GO:0006915,INHIBITS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent
            """,
    };

    public TwoDatasets()
    {
        Root = Path.Combine(Path.GetTempPath(), "apatorsen-two-datasets-" + Guid.NewGuid().ToString("N"));
        Write(AlphaDirectory, AlphaFiles);
        Write(BetaDirectory, BetaFiles);
    }

    public string Root { get; }

    public string AlphaDirectory => Path.Combine(Root, Alpha);

    public string BetaDirectory => Path.Combine(Root, Beta);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Write(string directory, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n") + "\n"));
        }
    }
}
