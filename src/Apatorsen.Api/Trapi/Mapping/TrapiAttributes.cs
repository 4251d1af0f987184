using Apatorsen.Api.Trapi.Model;
using Apatorsen.Graph.Biolink;

namespace Apatorsen.Api.Trapi.Mapping;

/// <summary>
/// The attribute of each stored property: under the Biolink slot it fills where there is one, as the KGX export writes
/// it (<see cref="BiolinkStatements.NodeSlot"/>: <c>synonyms</c> is <c>biolink:synonym</c>, a trial's <c>phase</c> 2 is
/// <c>biolink:clinical_trial_phase</c> <c>clinical_trial_phase_2</c>; relationship properties named after their slot,
/// such as <c>publications</c> and <c>knowledge_level</c>), else under the project's own CURIE
/// (<c>apatorsen:</c> and the property's name), with the value unchanged.
/// </summary>
public static class TrapiAttributes
{
    public static AttributeItem OfNode(string property, object value, string source)
    {
        var slot = BiolinkStatements.NodeSlot(property, value);
        return new AttributeItem(slot.IsBiolink ? BiolinkModel.Prefix + slot.Slot : Own(property), slot.Value, property, AttributeSource: source);
    }

    public static AttributeItem OfEdge(string property, object value, string source) =>
        new(EdgeType(property), value, property, AttributeSource: source);

    /// <summary>The attribute type of a node property (the meta knowledge graph lists them).</summary>
    public static string NodeType(string property) =>
        BiolinkStatements.NodeSlot(property, "") is { IsBiolink: true } slot ? BiolinkModel.Prefix + slot.Slot : Own(property);

    public static string EdgeType(string property) =>
        BiolinkModel.Instance.Slots.TryGetValue(property, out var slot) && !slot.Predicate && !slot.Qualifier ? BiolinkModel.Prefix + property : Own(property);

    private static string Own(string property) => $"{ApatorsenSchema.ProjectPrefix}:{property}";
}
