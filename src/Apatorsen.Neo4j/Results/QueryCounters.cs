namespace Apatorsen.Neo4j;

/// <summary>
/// What a statement changed, as returned with <c>includeCounters: true</c> (docs-query-api query-counters.adoc).
/// </summary>
public sealed record QueryCounters
{
    /// <summary>Whether anything at all changed.</summary>
    public bool ContainsUpdates { get; init; }

    /// <summary>Nodes created.</summary>
    public long NodesCreated { get; init; }

    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted { get; init; }

    /// <summary>Properties set on nodes and relationships.</summary>
    public long PropertiesSet { get; init; }

    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated { get; init; }

    /// <summary>Relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }

    /// <summary>Labels added to nodes.</summary>
    public long LabelsAdded { get; init; }

    /// <summary>Labels removed from nodes.</summary>
    public long LabelsRemoved { get; init; }

    /// <summary>Indexes added.</summary>
    public long IndexesAdded { get; init; }

    /// <summary>Indexes removed.</summary>
    public long IndexesRemoved { get; init; }

    /// <summary>Constraints added.</summary>
    public long ConstraintsAdded { get; init; }

    /// <summary>Constraints removed.</summary>
    public long ConstraintsRemoved { get; init; }

    /// <summary>Whether the system graph changed.</summary>
    public bool ContainsSystemUpdates { get; init; }

    /// <summary>System graph updates.</summary>
    public long SystemUpdates { get; init; }
}
