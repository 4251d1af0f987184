using Apatorsen.Api.Shaping;

namespace Apatorsen.Api.Backends.Embedded;

internal static class EmbeddedMeta
{
    public static MetaResponse Build(EmbeddedGraph graph, GraphSchema schema) => MetaBuilder.Build(
        schema,
        "embedded",
        graph.Version,
        graph.NodeList.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        graph.Relationships.GroupBy(r => (r.Start.Label, r.Type, r.End.Label)).ToDictionary(g => g.Key, g => g.Count()));
}
