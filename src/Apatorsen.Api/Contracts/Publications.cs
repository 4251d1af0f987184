namespace Apatorsen.Api.Contracts;

/// <summary>Answer of GET /api/publications/{id}: the publication and the relationships that cite it.</summary>
public sealed record PublicationResponse(
    string Id,
    IReadOnlyList<string> Labels,
    string Name,
    IReadOnlyDictionary<string, object> Properties,
    IReadOnlyList<StatementItem> Supports,
    int Total);
