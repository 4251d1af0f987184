using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Graph.Schema;
using static Apatorsen.Api.Graph.PropertyValues;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>Reads the maps and lists the queries return into the API's contracts.</summary>
internal static class Neo4jValues
{
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Maps(object? value) => List(value).Select(Map).ToArray();

    public static IReadOnlyList<string> Sources(IReadOnlyDictionary<string, object?> relationshipProperties) =>
        relationshipProperties.Texts(GraphSchema.SourcesProperty);

    public static NodeRef Node(object? value)
    {
        var map = Map(value);
        return new NodeRef(map.Text("id") ?? "", DomainProperties.Labels(Texts(map.GetValueOrDefault("labels"))), map.Text("name") ?? "");
    }

    public static StatementItem Statement(IReadOnlyDictionary<string, object?> item)
    {
        var properties = Map(item.GetValueOrDefault("properties"));
        return new StatementItem(
            Node(item.GetValueOrDefault("subject")),
            item.Text("type") ?? "",
            "out",
            DomainProperties.OfRelationship(properties),
            Sources(properties),
            Node(item.GetValueOrDefault("node")));
    }

    public static IReadOnlyList<string> SortedDistinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
