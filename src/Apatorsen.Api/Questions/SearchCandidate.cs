namespace Apatorsen.Api.Questions;

/// <summary>A node that may match a search, with the texts searched.</summary>
public sealed record SearchCandidate(string Id, IReadOnlyList<string> Labels, string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<string> FormerIds);
