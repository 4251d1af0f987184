using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Shaping;

/// <summary>What supports a stored relationship, read from its properties the same way on every backend.</summary>
public static class Evidence
{
    public static IReadOnlyList<string> Sources(IReadOnlyDictionary<string, object?> relationshipProperties) =>
        relationshipProperties.Texts(PropertyNames.Sources);

    public static IReadOnlyList<string> SortedDistinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
