using System.Collections.Frozen;
using Apatorsen.Api.Shaping;
using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// The dataset as an immutable in-memory graph: nodes by id, each with its outgoing and incoming relationships,
/// built once at start-up. Read concurrently without locks.
/// </summary>
public sealed class EmbeddedGraph
{
    private EmbeddedGraph(string version, FrozenDictionary<string, EmbeddedNode> nodes, IReadOnlyList<EmbeddedNode> nodeList, IReadOnlyList<EmbeddedRelationship> relationships)
    {
        Version = version;
        Nodes = nodes;
        NodeList = nodeList;
        Relationships = relationships;
        Aliases = BuildAliases(nodeList, nodes);
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

    public static EmbeddedGraph Load(string directory, GraphSchema schema) => From(GraphDataset.Load(directory, schema));

    public static EmbeddedGraph From(GraphDataset dataset)
    {
        var nodes = dataset.Nodes
            .Select(n => new EmbeddedNode(n))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToArray();
        var byId = nodes.ToFrozenDictionary(n => n.Id, StringComparer.Ordinal);
        var relationships = dataset.Relationships
            .Select(r => new EmbeddedRelationship(r, byId[r.StartId], byId[r.EndId]))
            .OrderBy(r => r.Start.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => r.End.Id, StringComparer.Ordinal)
            .ToArray();
        foreach (var relationship in relationships)
        {
            relationship.Start.Outgoing.Add(relationship);
            relationship.End.Incoming.Add(relationship);
        }

        return new EmbeddedGraph(dataset.Version, byId, nodes, relationships);
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
}

public sealed class EmbeddedRelationship
{
    internal EmbeddedRelationship(RelationshipRecord record, EmbeddedNode start, EmbeddedNode end)
    {
        Type = record.Type;
        Start = start;
        End = end;
        Stored = new StoredRelationship(Type, start.Id, end.Id, record.Properties!);
        Provenance = Stored.Provenance;
        Publications = Stored.Publications;
        Properties = DomainProperties.OfRelationship(record.Properties!);
    }

    public string Type { get; }

    public EmbeddedNode Start { get; }

    public EmbeddedNode End { get; }

    public StoredRelationship Stored { get; }

    public Provenance Provenance { get; }

    public IReadOnlyList<string> Publications { get; }

    /// <summary>The domain properties, computed once: the graph never changes.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; }

    public EmbeddedNode Other(EmbeddedNode node) => ReferenceEquals(node, Start) ? End : Start;
}
