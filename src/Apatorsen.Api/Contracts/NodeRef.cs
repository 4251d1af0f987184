namespace Apatorsen.Api.Contracts;

/// <summary>A node as other answers mention it: its id, its labels (without Entity) and its name.</summary>
public sealed record NodeRef(string Id, IReadOnlyList<string> Labels, string Name);
