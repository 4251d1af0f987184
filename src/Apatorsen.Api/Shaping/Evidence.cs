namespace Apatorsen.Api.Shaping;

/// <summary>A stored relationship's provenance, read from its properties the same way on every backend.</summary>
public static class Evidence
{
    /// <summary>The properties that make up a relationship's <see cref="Provenance"/>, which answers give a field of its own.</summary>
    public static IReadOnlyList<string> ProvenanceProperties { get; } =
    [
        PropertyNames.PrimaryKnowledgeSource, PropertyNames.AggregatorKnowledgeSource, PropertyNames.Publications,
        PropertyNames.KnowledgeLevel, PropertyNames.AgentType,
    ];

    public static Provenance Of(IReadOnlyDictionary<string, object?> relationshipProperties) => new(
        relationshipProperties.Text(PropertyNames.PrimaryKnowledgeSource) ?? "",
        relationshipProperties.Texts(PropertyNames.AggregatorKnowledgeSource),
        Publications(relationshipProperties),
        relationshipProperties.Text(PropertyNames.KnowledgeLevel) ?? "",
        relationshipProperties.Text(PropertyNames.AgentType) ?? "");

    public static IReadOnlyList<string> Publications(IReadOnlyDictionary<string, object?> relationshipProperties) =>
        relationshipProperties.Texts(PropertyNames.Publications);

    public static IReadOnlyList<string> SortedDistinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
