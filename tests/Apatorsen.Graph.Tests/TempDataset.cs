using System.Text;

namespace Apatorsen.Graph.Tests;

/// <summary>A throwaway dataset directory: a small valid dataset with files replaced or removed per test.</summary>
internal sealed class TempDataset : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> ValidFiles = new Dictionary<string, string>
    {
        ["nodes/publications.csv"] =
            "id:ID,:LABEL,name,title,seedReference:int\n" +
            "apatorsen:ref-01,Publication,Reference 1,\"A study of Hsp27, with \"\"quotes\"\"\",1",
        ["nodes/drugs.csv"] = """
            id:ID,:LABEL,name,synonyms:string[]
            apatorsen:apatorsen,Drug,apatorsen,OGX-427;apatorsen sodium
            """,
        ["nodes/proteins.csv"] = """
            id:ID,:LABEL,name,symbol
            UniProtKB:P04792,Protein,Heat shock protein beta-1,HSPB1
            """,
        ["nodes/trials.csv"] = """
            id:ID,:LABEL,name,phase:int,enrollment:int
            CLINICALTRIALS:NCT01829113,ClinicalTrial,SPRUCE,2,155
            """,
        ["relationships/mechanism.csv"] = """
            :START_ID,:END_ID,:TYPE,primary_knowledge_source,publications:string[],knowledge_level,agent_type,mechanism
            apatorsen:apatorsen,UniProtKB:P04792,TARGETS,infores:apatorsen-kg,apatorsen:ref-01,knowledge_assertion,manual_agent,antisense
            """,
    };

    public TempDataset(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "apatorsen-dataset-" + Guid.NewGuid().ToString("N"));
        var files = new Dictionary<string, string?>(ValidFiles.ToDictionary(p => p.Key, p => (string?)p.Value));
        foreach (var (path, content) in overrides ?? new Dictionary<string, string?>())
        {
            files[path] = content;
        }

        foreach (var (path, content) in files)
        {
            if (content is not null)
            {
                Write(path, content.Length == 0 ? [] : Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n") + "\n"));
            }
        }
    }

    public string Directory { get; }

    public void Write(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
