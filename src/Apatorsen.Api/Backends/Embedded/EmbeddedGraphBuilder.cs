using Apatorsen.Graph.Dataset;

namespace Apatorsen.Api.Backends.Embedded;

/// <summary>
/// Builds an <see cref="EmbeddedGraph"/> from a stream of records, nodes before the relationships between them, keeping
/// of each record only what the graph holds: a relationship becomes one small object over the record's property values
/// (which the dataset reader shares between rows where they repeat), its ends the nodes' own id strings.
/// </summary>
public sealed class EmbeddedGraphBuilder : IDatasetVisitor
{
    private readonly Dictionary<string, EmbeddedNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<EmbeddedRelationship> _relationships = [];

    public void OnNode(NodeRecord node) => _nodes.TryAdd(node.Id, new EmbeddedNode(node));

    /// <summary>Adds a relationship between nodes already added; one with an unknown end is left out (the validator reports it).</summary>
    public void OnRelationship(RelationshipRecord relationship)
    {
        if (_nodes.TryGetValue(relationship.StartId, out var start) && _nodes.TryGetValue(relationship.EndId, out var end))
        {
            _relationships.Add(new EmbeddedRelationship(relationship, start, end));
        }
    }

    public EmbeddedGraph Build(string version)
    {
        var nodes = _nodes.Values.ToArray();
        Array.Sort(nodes, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var relationships = _relationships.ToArray();
        SortByStartTypeEnd(nodes, relationships);
        Connect(nodes, relationships);
        return new EmbeddedGraph(version, nodes, relationships);
    }

    // (start id, type, end id) order, compared as numbers: each node's rank in id order and each type's in name order,
    // packed in one long, so a million relationships sort without a string comparison.
    private static void SortByStartTypeEnd(EmbeddedNode[] nodes, EmbeddedRelationship[] relationships)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i].Rank = i;
        }

        var types = relationships.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (nodes.Length >= 1 << 28 || types.Length >= 1 << 8)
        {
            Array.Sort(relationships, Compare);
            return;
        }

        var typeRank = types.Select((t, i) => (t, (long)i)).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);
        var keys = new long[relationships.Length];
        for (var i = 0; i < relationships.Length; i++)
        {
            var r = relationships[i];
            keys[i] = ((long)r.Start.Rank << 36) | (typeRank[r.Type] << 28) | (long)r.End.Rank;
        }

        Array.Sort(keys, relationships);
    }

    private static int Compare(EmbeddedRelationship a, EmbeddedRelationship b)
    {
        var order = a.Start.Rank.CompareTo(b.Start.Rank);
        order = order != 0 ? order : string.CompareOrdinal(a.Type, b.Type);
        return order != 0 ? order : a.End.Rank.CompareTo(b.End.Rank);
    }

    // Each node's lists sized to its degree, filled in relationship order.
    private static void Connect(EmbeddedNode[] nodes, EmbeddedRelationship[] relationships)
    {
        var outDegree = new int[nodes.Length];
        var inDegree = new int[nodes.Length];
        foreach (var r in relationships)
        {
            outDegree[r.Start.Rank]++;
            inDegree[r.End.Rank]++;
        }

        foreach (var node in nodes)
        {
            node.Outgoing.Capacity = outDegree[node.Rank];
            node.Incoming.Capacity = inDegree[node.Rank];
        }

        foreach (var r in relationships)
        {
            r.Start.Outgoing.Add(r);
            r.End.Incoming.Add(r);
        }
    }
}
