using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>What the metadata file says besides the files and prefixes the bundle knows itself.</summary>
internal sealed record KgxMetadata(string DatasetVersion, IReadOnlyDictionary<string, string> PrefixMap);

/// <summary>
/// The three files of a KGX export, staged in the output directory: the nodes and edges (KGX JSON Lines) and a metadata
/// file (Biolink version, dataset version, prefix map, each file's records and size). <see cref="Complete"/>
/// places them, metadata last, so that a metadata file names files that are whole; disposing an incomplete bundle
/// removes what it staged.
/// </summary>
internal sealed class KgxBundle : IDisposable
{
    public const string NodesFile = ImportSettings.DatasetName + "_nodes.jsonl";
    public const string EdgesFile = ImportSettings.DatasetName + "_edges.jsonl";
    public const string MetadataFile = ImportSettings.DatasetName + "_metadata.json";

    private readonly string _directory;

    public KgxBundle(string directory)
    {
        _directory = directory;
        Nodes = new JsonLinesFile(directory, NodesFile);
        try
        {
            Edges = new JsonLinesFile(directory, EdgesFile);
        }
        catch
        {
            Nodes.Dispose();
            throw;
        }
    }

    /// <summary>Removes the temporary files of the bundle's three files that a killed export left in the directory.</summary>
    /// <returns>The bytes of each file removed.</returns>
    public static IReadOnlyList<long> RemoveLeftovers(string directory) =>
        [.. new[] { NodesFile, EdgesFile, MetadataFile }.SelectMany(name => StagedFile.RemoveLeftovers(directory, name))];

    public JsonLinesFile Nodes { get; }

    public JsonLinesFile Edges { get; }

    public void Complete(KgxMetadata metadata)
    {
        Nodes.File.Close();
        Edges.File.Close();
        using var file = new StagedFile(_directory, MetadataFile);
        file.Write(Encode(metadata));
        file.Close();
        Nodes.File.Place();
        Edges.File.Place();
        file.Place();
    }

    private byte[] Encode(KgxMetadata metadata)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", ImportSettings.DatasetName);
            json.WriteString("format", "KGX JSON Lines");
            json.WriteString("biolink_version", BiolinkModel.Instance.Version);
            json.WriteString("dataset_version", metadata.DatasetVersion);
            json.WriteString("knowledge_source", KnowledgeSources.ThisGraph);
            json.WriteStartArray("files");
            WriteFile(json, "nodes", Nodes);
            WriteFile(json, "edges", Edges);
            json.WriteEndArray();
            json.WriteStartObject("prefix_map");
            foreach (var (prefix, expansion) in metadata.PrefixMap)
            {
                json.WriteString(prefix, expansion);
            }

            json.WriteEndObject();
            KgxValues.WriteStrings(json, "prefixes_not_in_biolink", metadata.PrefixMap.Keys.Where(KgxPrefixes.NotInBiolink.ContainsKey));
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteFile(Utf8JsonWriter json, string content, JsonLinesFile file)
    {
        json.WriteStartObject();
        json.WriteString("name", file.File.Name);
        json.WriteString("content", content);
        json.WriteNumber("records", file.Lines);
        json.WriteNumber("bytes", file.File.Length);
        json.WriteEndObject();
    }

    public void Dispose()
    {
        Nodes.Dispose();
        Edges.Dispose();
    }
}
