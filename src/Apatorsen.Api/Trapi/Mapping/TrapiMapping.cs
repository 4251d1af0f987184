using Apatorsen.Api.Shaping;
using Apatorsen.Api.Trapi.Input;
using Apatorsen.Api.Trapi.Model;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi.Mapping;

/// <summary>
/// The one place where the graph's nodes and relationships become TRAPI Nodes and Edges: categories, subject,
/// predicate, object and qualifiers from <see cref="BiolinkStatements"/>; knowledge level, agent type, publications and
/// the other stored properties as Attributes; the knowledge sources as RetrievalSources. (TRAPI 2.0 moves
/// knowledge_level and agent_type onto the Edge; this is what changes then.)
/// </summary>
public sealed class TrapiMapping(GraphSchema schema, int kept)
{
    // The embedded graph hands out the same stored node and relationship on every request: each is mapped once while
    // it is asked about, and again once it has dropped out of the recently used.
    private readonly RecentlyUsed<StoredNode, TrapiNode> _nodes = new(kept);
    private readonly RecentlyUsed<StoredRelationship, MappedEdge> _edges = new(kept);

    public TrapiMapping(GraphSchema schema)
        : this(schema, RecentlyUsed.Capacity)
    {
    }

    // Id and name have fields of their own; the importer's bookkeeping is not the graph's knowledge.
    private static readonly HashSet<string> NodeFields = new([PropertyNames.Id, PropertyNames.Name, .. DomainProperties.Bookkeeping], StringComparer.Ordinal);

    // Sources and qualifiers have fields of their own.
    private static readonly HashSet<string> EdgeFields =
        new([PropertyNames.PrimaryKnowledgeSource, PropertyNames.AggregatorKnowledgeSource, .. DomainProperties.Bookkeeping], StringComparer.Ordinal);

    public TrapiNode Node(StoredNode node) => _nodes.GetOrAdd(node, MapNode);

    public (string Id, TrapiEdge Edge) Edge(StoredRelationship relationship)
    {
        var mapped = _edges.GetOrAdd(relationship, MapEdge);
        return (mapped.Id, mapped.Edge);
    }

    private TrapiNode MapNode(StoredNode node)
    {
        var label = schema.GetLabel(node.Labels[0]);
        return new TrapiNode(node.Name, BiolinkStatements.Categories(label), Attributes(node.Properties, NodeFields, (p, v) => TrapiAttributes.OfNode(p, v, TrapiLimits.Infores)));
    }

    private MappedEdge MapEdge(StoredRelationship relationship)
    {
        var type = schema.GetRelationshipType(relationship.Type);
        var statement = BiolinkStatements.Of(type, relationship.StartId, relationship.EndId, relationship.Properties);
        var primary = relationship.Properties.Text(PropertyNames.PrimaryKnowledgeSource) ?? TrapiLimits.Infores;
        var sources = new List<RetrievalSource> { new(primary, "primary_knowledge_source") };
        sources.AddRange(relationship.Properties.Texts(PropertyNames.AggregatorKnowledgeSource)
            .Where(a => a != primary)
            .Select(a => new RetrievalSource(a, "aggregator_knowledge_source", [primary])));
        var qualifiers = statement.Qualifiers.Select(q => new TrapiQualifier(BiolinkModel.Prefix + q.Key, q.Value)).ToArray();
        var skip = new HashSet<string>(EdgeFields.Concat(statement.Qualifiers.Keys), StringComparer.Ordinal);
        return new MappedEdge(statement.Id, new TrapiEdge(statement.Subject, statement.Predicate, statement.ObjectId, qualifiers, Attributes(relationship.Properties, skip, (p, v) => TrapiAttributes.OfEdge(p, v, primary)), sources));
    }

    private static AttributeItem[] Attributes(IReadOnlyDictionary<string, object?> properties, HashSet<string> skip, Func<string, object, AttributeItem> attribute) =>
        properties
            .Where(p => p.Value is not null && !skip.Contains(p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => attribute(p.Key, Value(p.Value!)))
            .ToArray();

    // Neo4j returns lists as lists of objects, the dataset reader typed arrays: both are written as JSON arrays.
    private static object Value(object value) => value switch
    {
        IReadOnlyList<object?> list => list.Where(v => v is not null).ToArray(),
        _ => value,
    };

    private sealed record MappedEdge(string Id, TrapiEdge Edge);
}
