namespace Apatorsen.Api.Shaping;

/// <summary>A stored node as both backends hand it to shared shaping: id, domain labels and every stored property.</summary>
public sealed record StoredNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public string Name => Properties.Text(PropertyNames.Name) ?? Id;

    public NodeRef Ref => new(Id, Labels, Name);
}

/// <summary>A stored relationship between two nodes, by their ids, with every stored property.</summary>
public sealed record StoredRelationship(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties)
{
    public Provenance Provenance => Evidence.Of(Properties);

    public IReadOnlyList<string> Publications => Evidence.Publications(Properties);
}

/// <summary>A part of the graph around one node, with its relationships indexed by their ends.</summary>
public sealed class Subgraph
{
    private readonly Dictionary<string, StoredNode> _nodes;
    private readonly ILookup<string, StoredRelationship> _outgoing;
    private readonly ILookup<string, StoredRelationship> _incoming;

    public Subgraph(IEnumerable<StoredNode> nodes, IEnumerable<StoredRelationship> relationships)
    {
        _nodes = nodes.DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, StringComparer.Ordinal);
        Relationships = relationships.ToArray();
        _outgoing = Relationships.ToLookup(r => r.StartId, StringComparer.Ordinal);
        _incoming = Relationships.ToLookup(r => r.EndId, StringComparer.Ordinal);
    }

    public IReadOnlyList<StoredRelationship> Relationships { get; }

    public StoredNode Node(string id) => _nodes[id];

    public IEnumerable<StoredRelationship> Outgoing(string id, string type) => _outgoing[id].Where(r => r.Type == type);

    public IEnumerable<StoredRelationship> Incoming(string id, string type) => _incoming[id].Where(r => r.Type == type);
}
