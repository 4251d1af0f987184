using Apatorsen.Api.Shaping;
using Apatorsen.Neo4j;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>
/// Reads what the statements of cypher/queries return: fields of a row, the node projection
/// <c>{id, labels, name}</c>, the statement projection <c>{subject, type, properties, object}</c> and typed nodes and
/// relationships. Anything missing is a <see cref="Neo4jProtocolException"/> naming the query and what it lacks.
/// </summary>
internal sealed class Neo4jAnswers(string query, GraphSchema schema)
{
    public QueryRow Single(QueryResult result) =>
        result.Rows.Count == 1 ? result.Rows[0] : throw Protocol($"returned {result.Rows.Count} rows, not one");

    public object? Field(QueryRow row, string field) =>
        row.TryGetValue(field, out var value) ? value : throw Protocol($"returned no field '{field}'");

    public IReadOnlyList<object?> List(QueryRow row, string field) => AsList(Field(row, field), field);

    public IReadOnlyDictionary<string, object?> Map(object? value, string what) =>
        value as IReadOnlyDictionary<string, object?> ?? throw Protocol($"returned {Describe(value)} where {what} should be a map");

    public object? Key(IReadOnlyDictionary<string, object?> map, string key, string what) =>
        map.TryGetValue(key, out var value) ? value : throw Protocol($"returned {what} without '{key}'");

    /// <summary>The <c>{id, labels, name}</c> projection; null where the query returns null (an unknown anchor).</summary>
    public NodeRef? OptionalNode(object? value) => value is null ? null : Node(value);

    public NodeRef Node(object? value)
    {
        var map = Map(value, "a node");
        return new NodeRef(
            Key(map, "id", "a node") as string ?? throw Protocol("returned a node without an id"),
            DomainProperties.Labels(PropertyValues.Texts(Key(map, "labels", "a node")), schema),
            Key(map, "name", "a node") as string ?? "");
    }

    /// <summary>The <c>{subject, type, properties, object}</c> projection of a relationship.</summary>
    public (NodeRef Subject, string Type, IReadOnlyDictionary<string, object?> Properties, NodeRef Object) Relationship(object? value)
    {
        var map = Map(value, "a relationship");
        return (
            Node(Key(map, "subject", "a relationship")),
            Key(map, "type", "a relationship") as string ?? throw Protocol("returned a relationship without a type"),
            Map(Key(map, "properties", "a relationship"), "a relationship's properties"),
            Node(Key(map, "object", "a relationship")));
    }

    /// <summary>The statement projection as a relationship found between two nodes.</summary>
    public FoundRelationship Statement(object? value)
    {
        var (subject, type, properties, obj) = Relationship(value);
        return new FoundRelationship(subject, new StoredRelationship(type, subject.Id, obj.Id, properties), obj);
    }

    /// <summary>A typed node returned whole (<c>RETURN n</c>), as the shared shaping reads it.</summary>
    public StoredNode Stored(object? value)
    {
        var node = value as Neo4jNode ?? throw Protocol($"returned {Describe(value)} where a node should be");
        var id = node.Properties.GetValueOrDefault(Apatorsen.Graph.Schema.PropertyNames.Id) as string ?? throw Protocol("returned a node without an id property");
        return new StoredNode(id, DomainProperties.Labels(node.Labels, schema), node.Properties);
    }

    /// <summary>A typed path (<c>RETURN p</c>): its nodes in order and its relationships by the ids of their ends.</summary>
    public (IReadOnlyList<StoredNode> Nodes, IReadOnlyList<StoredRelationship> Relationships) Path(object? value)
    {
        var path = value as Neo4jPath ?? throw Protocol($"returned {Describe(value)} where a path should be");
        var nodes = path.Nodes.Select(n => (n.ElementId, Stored: Stored(n))).ToArray();
        var idByElement = nodes.DistinctBy(n => n.ElementId).ToDictionary(n => n.ElementId, n => n.Stored.Id, StringComparer.Ordinal);
        return (nodes.Select(n => n.Stored).ToArray(), path.Relationships.Select(r => Stored(r, idByElement)).ToArray());
    }

    /// <summary>A typed relationship, its ends named by the ids of nodes returned beside it.</summary>
    public StoredRelationship Stored(object? value, IReadOnlyDictionary<string, string> idByElement)
    {
        var relationship = value as Neo4jRelationship ?? throw Protocol($"returned {Describe(value)} where a relationship should be");
        return new StoredRelationship(
            relationship.Type,
            idByElement.GetValueOrDefault(relationship.StartNodeElementId) ?? throw Protocol("returned a relationship whose start node it did not return"),
            idByElement.GetValueOrDefault(relationship.EndNodeElementId) ?? throw Protocol("returned a relationship whose end node it did not return"),
            relationship.Properties);
    }

    /// <summary>A list of a fixed size, which the statement returns as a compact row of values (its comment names them).</summary>
    public IReadOnlyList<object?> Tuple(object? value, int size, string what)
    {
        var items = AsList(value, what);
        return items.Count == size ? items : throw Protocol($"returned {what} of {items.Count} values, not {size}");
    }

    /// <summary>The page the collection queries return as <c>total</c> and <c>items</c>.</summary>
    public Page<T> Page<T>(QueryRow row, PageRequest page, Func<object?, T> item) =>
        new(List(row, "items").Select(item).ToArray(), Convert.ToInt32(Field(row, "total"), System.Globalization.CultureInfo.InvariantCulture), page.Limit, page.Offset);

    public IReadOnlyList<object?> AsList(object? value, string what) =>
        value as IReadOnlyList<object?> ?? throw Protocol($"returned {Describe(value)} where {what} should be a list");

    public Neo4jProtocolException Protocol(string problem) => new($"The statement {query} {problem}.");

    private static string Describe(object? value) => value is null ? "null" : value.GetType().Name;
}
