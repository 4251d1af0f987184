namespace Apatorsen.Api.Shaping;

/// <summary>Shapes the paths the backends find into the answer of GET /api/paths, once for both.</summary>
public static class PathAnswers
{
    public static PathsResponse Answer(FoundPaths found, int maxHops) =>
        new(found.From, found.To, maxHops, found.Paths.Select(Path).ToArray());

    private static GraphPath Path(FoundPath path) => new(
        path.Length,
        path.Nodes.Select(n => n.Ref).ToArray(),
        path.Relationships.Select(r => new PathRelationship(r.Type, r.StartId, r.EndId, r.Provenance)).ToArray());
}
