using System.Collections.Frozen;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Api.Trapi.Mapping;

/// <summary>
/// The attribute type of each stored property: the Biolink slot that means the same where there is one, else the
/// project's own CURIE (<c>apatorsen:</c> and the property's name). Listed, not guessed from names: Biolink's
/// <c>phase</c>, for one, is a coding sequence's reading frame, not a trial's phase.
/// </summary>
public static class TrapiAttributes
{
    /// <summary>Stored properties that have a Biolink slot of their own, with that slot.</summary>
    public static FrozenDictionary<string, string> BiolinkSlots { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PropertyNames.Description] = "biolink:description",
        [PropertyNames.Synonyms] = "biolink:synonym",
        [PropertyNames.Xrefs] = "biolink:xref",
        [PropertyNames.Symbol] = "biolink:symbol",
        [PropertyNames.Taxon] = "biolink:taxon",
        [PropertyNames.Url] = "biolink:url",
        [PropertyNames.Publications] = "biolink:publications",
        [PropertyNames.KnowledgeLevel] = "biolink:knowledge_level",
        [PropertyNames.AgentType] = "biolink:agent_type",
        [PropertyNames.EffectSize] = "biolink:effect_size",
        [PropertyNames.EffectType] = "biolink:effect_type",
        [PropertyNames.PValue] = "biolink:p_value",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string TypeOf(string property) =>
        BiolinkSlots.GetValueOrDefault(property) ?? $"{ApatorsenSchema.ProjectPrefix}:{property}";
}
