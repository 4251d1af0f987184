namespace Apatorsen.Api.Contracts;

/// <summary>Answer of GET /api/paths: the shortest paths first.</summary>
public sealed record PathsResponse(NodeRef From, NodeRef To, int MaxHops, IReadOnlyList<GraphPath> Paths);

/// <summary>A path: its nodes in order and the relationships between them, each with its own direction.</summary>
public sealed record GraphPath(int Length, IReadOnlyList<NodeRef> Nodes, IReadOnlyList<PathRelationship> Relationships);

/// <summary>A relationship of a path, by the ids of its start and end nodes (which may run against the path's order).</summary>
public sealed record PathRelationship(string Type, string Start, string End, Provenance Provenance);
