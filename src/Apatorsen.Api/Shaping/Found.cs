namespace Apatorsen.Api.Shaping;

/// <summary>A trial in a list as a backend finds it: the trial, the indications it studies, and the publications of the links that put it in the list.</summary>
public sealed record FoundTrial(StoredNode Trial, IReadOnlyList<NodeRef> Indications, IReadOnlyList<string> Publications);

/// <summary>One HAD_ADVERSE_EVENT relationship of an arm that gives a drug, with the arm's trial, as a backend finds it.</summary>
public sealed record FoundAdverseEvent(NodeRef Trial, NodeRef Arm, NodeRef Event, StoredRelationship Report);

/// <summary>A trial and its neighbourhood (<see cref="TrialQuestions.PartLabels"/>) as a backend finds them.</summary>
public sealed record TrialNeighbourhood(StoredNode Trial, Subgraph Subgraph);

/// <summary>Shapes the items of a page a backend found, keeping its total, limit and offset.</summary>
public static class FoundPages
{
    public static Page<TAnswer> Select<TFound, TAnswer>(this Page<TFound> page, Func<TFound, TAnswer> shape) =>
        new(page.Items.Select(shape).ToArray(), page.Total, page.Limit, page.Offset);
}

/// <summary>A node as a backend finds it for GET /api/entities/{id}: its reference, its stored properties, and how many relationships of each type leave or reach it.</summary>
public sealed record FoundEntity(NodeRef Node, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<RelationshipCount> Counts);

/// <summary>A relationship with the nodes at its ends, as a backend finds it.</summary>
public sealed record FoundRelationship(NodeRef Start, StoredRelationship Relationship, NodeRef End);

/// <summary>A relationship seen from one node: whether it leaves the node (out) or reaches it (in), and the node at its other end.</summary>
public sealed record SeenRelationship(string Direction, StoredRelationship Relationship, NodeRef Other);

/// <summary>A publication (or trial) as a backend finds it, with the page of relationships that cite it.</summary>
public sealed record FoundPublication(NodeRef Node, IReadOnlyDictionary<string, object?> Properties, Page<FoundRelationship> Supports);

/// <summary>A path between two nodes as a backend finds it: its stored nodes in order and the stored relationships between them.</summary>
public sealed record FoundPath(IReadOnlyList<StoredNode> Nodes, IReadOnlyList<StoredRelationship> Relationships)
{
    public int Length => Relationships.Count;
}

/// <summary>The paths a backend found between two nodes, already ordered (<see cref="GraphOrdering"/>) and cut to the limit asked for.</summary>
public sealed record FoundPaths(NodeRef From, NodeRef To, IReadOnlyList<FoundPath> Paths);

/// <summary>A drug's mechanism chains as a backend finds them under <see cref="MechanismRules"/>: each chain's relationships in order, from the drug on.</summary>
public sealed record FoundMechanism(NodeRef Drug, IReadOnlyList<IReadOnlyList<FoundRelationship>> Chains);

/// <summary>
/// What a backend counts for /api/meta: its version, the nodes per label, the relationships per (start label, type,
/// end label), and the datasets it holds. <see cref="MetaBuilder"/> decides from the schema what is listed.
/// </summary>
public sealed record FoundMeta(
    string Version,
    IReadOnlyDictionary<string, int> LabelCounts,
    IReadOnlyDictionary<(string Start, string Type, string End), int> PatternCounts,
    IReadOnlyList<DatasetMeta> Datasets);
