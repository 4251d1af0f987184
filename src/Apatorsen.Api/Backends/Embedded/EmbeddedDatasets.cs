using Apatorsen.Api.Shaping;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// The data directories the embedded graph serves, each a dataset named after its folder, and the one graph built
/// from them, with the same meaning as several datasets in one Neo4j: a node
/// several datasets hold is one node (their properties merged, a later directory's value winning where they differ,
/// as a later import's does), and each relationship is the dataset's that states it (two datasets stating the same
/// one give two relationships). Each directory is read and validated on its own, as the importer does. One directory
/// (the usual case) is streamed straight into the graph; several are held as records while they are combined. No
/// record outlives the load: only the graph is kept.
/// </summary>
public sealed class EmbeddedDatasets
{
    private EmbeddedDatasets(EmbeddedGraph graph, IReadOnlyList<DatasetMeta> datasets)
    {
        Graph = graph;
        Datasets = datasets;
    }

    /// <summary>Every dataset's nodes (shared ones once) and relationships, under the graph's version (<see cref="DatasetVersions.Combined"/>).</summary>
    public EmbeddedGraph Graph { get; }

    /// <summary>Each dataset's name, version and row counts, in name order.</summary>
    public IReadOnlyList<DatasetMeta> Datasets { get; }

    /// <summary>Loads the directories; throws <see cref="InvalidDatasetException"/> for a broken one and <see cref="DatasetConflictException"/> when they disagree.</summary>
    public static EmbeddedDatasets Load(IReadOnlyList<string> directories, GraphSchema schema)
    {
        var names = directories.Select(NameOf).ToArray();
        if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new DatasetConflictException($"Two data directories are named '{duplicate.Key}'; a dataset is named after its folder, so each must have its own name.");
        }

        if (directories.Count == 1)
        {
            var graph = EmbeddedGraph.Load(directories[0], schema);
            return new EmbeddedDatasets(graph, [new DatasetMeta(names[0], graph.Version, graph.NodeList.Count, graph.Relationships.Count)]);
        }

        var loaded = directories.Select((directory, i) => (Name: names[i], Dataset: GraphDataset.Load(directory, schema))).ToArray();
        var metas = loaded.Select(d => new DatasetMeta(d.Name, d.Dataset.Version, d.Dataset.Nodes.Count, d.Dataset.Relationships.Count))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToArray();
        var combined = EmbeddedGraph.From(Combine(loaded, DatasetVersions.Combined(metas)));
        return new EmbeddedDatasets(combined, metas);
    }

    /// <summary>The dataset's name: its folder's name, as the importer's default.</summary>
    public static string NameOf(string directory) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));

    private static GraphDataset Combine(IReadOnlyList<(string Name, GraphDataset Dataset)> datasets, string version)
    {
        var nodes = new Dictionary<string, (NodeRecord Node, string Dataset)>(StringComparer.Ordinal);
        foreach (var (name, dataset) in datasets)
        {
            foreach (var node in dataset.Nodes)
            {
                if (!nodes.TryGetValue(node.Id, out var held))
                {
                    nodes.Add(node.Id, (node, name));
                    continue;
                }

                if (held.Node.Label != node.Label)
                {
                    throw new DatasetConflictException(
                        $"{node.Id} is a {held.Node.Label} in dataset '{held.Dataset}' but a {node.Label} in dataset '{name}' ({node.File}:{node.Line}); a node several datasets hold has one label.");
                }

                var properties = new Dictionary<string, object>(held.Node.Properties, StringComparer.Ordinal);
                foreach (var (key, value) in node.Properties)
                {
                    properties[key] = value;
                }

                nodes[node.Id] = (held.Node with { Properties = properties }, held.Dataset);
            }
        }

        return GraphDataset.FromRecords(
            version,
            nodes.Values.Select(n => n.Node).ToArray(),
            datasets.SelectMany(d => d.Dataset.Relationships).ToArray());
    }
}

/// <summary>Thrown when the data directories cannot be served together; the message says which and why, in one line.</summary>
public sealed class DatasetConflictException(string message) : Exception(message);
