using System.Collections.Frozen;
using Apatorsen.Graph.Biolink;
using Apatorsen.Graph.Schema;

namespace Apatorsen.Importer.Export;

/// <summary>
/// The CURIE prefixes a KGX export may use and their IRI expansions: Biolink's prefix map, and the few the graph uses
/// that Biolink's map lacks.
/// </summary>
internal static class KgxPrefixes
{
    /// <summary>The prefixes the graph uses that Biolink's map does not hold, with the expansion each is declared with.</summary>
    public static FrozenDictionary<string, string> NotInBiolink { get; } = new Dictionary<string, string>
    {
        [ApatorsenSchema.ProjectPrefix] = ApatorsenSchema.ProjectNamespace,
        // Knowledge sources: the Translator information-resource registry's ids.
        ["infores"] = "https://w3id.org/information-resource-registry/",
        // Cell line xrefs: Cellosaurus accessions (CVCL_...) and ATCC catalogue numbers, as their own sites resolve them.
        ["cellosaurus"] = "https://www.cellosaurus.org/",
        ["ATCC"] = "https://www.atcc.org/products/",
        // Former ids of trials written before the ids took Biolink's spelling (CLINICALTRIALS); the same registry.
        ["clinicaltrials"] = "http://identifiers.org/clinicaltrials/",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Node properties whose values are CURIEs, so that their prefixes belong in the metadata's prefix map.</summary>
    public static IReadOnlyList<string> CurieProperties { get; } =
        [PropertyNames.Id, PropertyNames.Xrefs, PropertyNames.FormerIds, PropertyNames.Taxon, PropertyNames.Species];

    public static bool TryExpand(string prefix, out string expansion) =>
        BiolinkModel.Instance.PrefixMap.TryGetValue(prefix, out expansion!) || NotInBiolink.TryGetValue(prefix, out expansion!);
}
