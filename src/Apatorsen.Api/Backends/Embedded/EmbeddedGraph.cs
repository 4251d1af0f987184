using System.Collections.Frozen;
using Apatorsen.Api.Shaping;
using System.Runtime;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// The dataset as an immutable in-memory graph: nodes by id, each with its outgoing and incoming relationships,
/// built once at start-up. Read concurrently without locks.
/// </summary>
public sealed class EmbeddedGraph
{
    /// <summary>A graph of nodes in id order and relationships in (start id, type, end id) order, already connected.</summary>
    internal EmbeddedGraph(string version, EmbeddedNode[] nodeList, EmbeddedRelationship[] relationships)
    {
        Version = version;
        Nodes = nodeList.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        NodeList = nodeList;
        Relationships = relationships;
        Aliases = BuildAliases(nodeList, Nodes);
    }

    /// <summary>Former ids, and cross-references that name one node only, with the id of the node they name.</summary>
    public FrozenDictionary<string, string> Aliases { get; }

    // A former id names its node (the validator keeps them unique); an xref counts only where no other node has it.
    private static FrozenDictionary<string, string> BuildAliases(IReadOnlyList<EmbeddedNode> nodes, FrozenDictionary<string, EmbeddedNode> byId)
    {
        var xrefs = nodes.SelectMany(n => n.Stored.Properties.Texts(PropertyNames.Xrefs).Distinct().Select(x => (Xref: x, n.Id)))
            .Where(p => !byId.ContainsKey(p.Xref))
            .GroupBy(p => p.Xref, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single());
        var aliases = xrefs.ToDictionary(p => p.Xref, p => p.Id, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var formerId in node.FormerIds)
            {
                aliases[formerId] = node.Id;
            }
        }

        return aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Version { get; }

    public FrozenDictionary<string, EmbeddedNode> Nodes { get; }

    /// <summary>The nodes in id order.</summary>
    public IReadOnlyList<EmbeddedNode> NodeList { get; }

    /// <summary>The relationships in (start id, type, end id) order.</summary>
    public IReadOnlyList<EmbeddedRelationship> Relationships { get; }

    /// <summary>Reads, validates and builds in one pass over the files; throws <see cref="InvalidDatasetException"/> for a broken dataset.</summary>
    public static EmbeddedGraph Load(string directory, GraphSchema schema)
    {
        var builder = new EmbeddedGraphBuilder();
        var graph = builder.Build(GraphDataset.Stream(directory, schema, builder));
        // Reading leaves behind a heap of the records' garbage several times the graph's size; the graph is built
        // once, so give that memory back to the system now rather than whenever the collector next compacts.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return graph;
    }

    public static EmbeddedGraph From(GraphDataset dataset)
    {
        var builder = new EmbeddedGraphBuilder();
        foreach (var node in dataset.Nodes)
        {
            builder.OnNode(node);
        }

        foreach (var relationship in dataset.Relationships)
        {
            builder.OnRelationship(relationship);
        }

        return builder.Build(dataset.Version);
    }
}

public sealed class EmbeddedNode
{
    internal EmbeddedNode(NodeRecord record)
    {
        Id = record.Id;
        Label = record.Label;
        Stored = new StoredNode(Id, [Label], record.Properties!);
        Name = Stored.Name;
        Synonyms = Stored.Properties.Texts(PropertyNames.Synonyms);
        FormerIds = Stored.Properties.Texts(PropertyNames.FormerIds);
        Properties = DomainProperties.OfNode(record.Properties!);
        Ref = Stored.Ref;
        Candidate = new SearchCandidate(Id, Ref.Labels, Name, Synonyms, FormerIds);
    }

    public string Id { get; }

    public string Label { get; }

    public string Name { get; }

    public IReadOnlyList<string> Synonyms { get; }

    /// <summary>Ids the node had in earlier versions of the graph.</summary>
    public IReadOnlyList<string> FormerIds { get; }

    /// <summary>Every stored value, as the shared shaping reads it.</summary>
    public StoredNode Stored { get; }

    /// <summary>The domain properties, computed once: the graph never changes.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; }

    public NodeRef Ref { get; }

    public SearchCandidate Candidate { get; }

    public List<EmbeddedRelationship> Outgoing { get; } = [];

    public List<EmbeddedRelationship> Incoming { get; } = [];

    /// <summary>The node's position in id order, which orders relationships while the graph is built.</summary>
    internal int Rank { get; set; }
}

/// <summary>
/// A relationship: its type, its two nodes and its stored values, nothing more, for there are millions. What answers
/// derive from the values (provenance, domain properties) is derived when asked.
/// </summary>
public sealed class EmbeddedRelationship
{
    internal EmbeddedRelationship(RelationshipRecord record, EmbeddedNode start, EmbeddedNode end)
    {
        Start = start;
        End = end;
        Stored = new StoredRelationship(record.Type, start.Id, end.Id, record.Properties!);
    }

    public string Type => Stored.Type;

    public EmbeddedNode Start { get; }

    public EmbeddedNode End { get; }

    /// <summary>The same instance on every request, which lets TRAPI map and write each relationship once.</summary>
    public StoredRelationship Stored { get; }

    public Provenance Provenance => Stored.Provenance;

    public IReadOnlyList<string> Publications => Stored.Publications;

    /// <summary>The domain properties.</summary>
    public IReadOnlyDictionary<string, object> Properties => DomainProperties.OfRelationship(Stored.Properties);

    public EmbeddedNode Other(EmbeddedNode node) => ReferenceEquals(node, Start) ? End : Start;
}
