using System.Globalization;
using Apatorsen.Api.Contracts;
using Apatorsen.Api.Graph;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Backends.Neo4j;

/// <summary>Reads the maps and lists the queries return into the API's contracts.</summary>
internal static class Neo4jValues
{
    public static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    public static IReadOnlyList<object?> List(object? value) => value as IReadOnlyList<object?> ?? [];

    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Maps(object? value) => List(value).Select(Map).ToArray();

    public static string? Text(this IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;

    public static long? WholeNumber(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) switch { long l => l, double d => (long)d, _ => null };

    public static double? Number(this IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) switch { double d => d, long l => l, _ => null };

    public static bool? Flag(this IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as bool?;

    public static IReadOnlyList<string> Texts(this IReadOnlyDictionary<string, object?> map, string key) => Texts(map.GetValueOrDefault(key));

    public static IReadOnlyList<string> Texts(object? value) => List(value).OfType<string>().ToArray();

    public static IReadOnlyList<long> Integers(this IReadOnlyDictionary<string, object?> map, string key) =>
        List(map.GetValueOrDefault(key)).Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();

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
