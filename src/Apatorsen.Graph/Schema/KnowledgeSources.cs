namespace Apatorsen.Graph.Schema;

/// <summary>A resource named as a relationship's knowledge source, by its id in the Translator information-resource registry.</summary>
public sealed record KnowledgeSource(string Infores, string Name, string Url);

/// <summary>
/// The knowledge sources the graph's relationships may name (<c>primary_knowledge_source</c>,
/// <c>aggregator_knowledge_source</c>). Every id but this graph's own was checked in the registry
/// (biolink/information-resource-registry, infores_catalog.yaml): released entries.
/// </summary>
public static class KnowledgeSources
{
    /// <summary>This graph: the source of the statements curated here, and the aggregator of those taken from elsewhere.</summary>
    public const string ThisGraph = "infores:apatorsen-kg";

    public const string Mondo = "infores:mondo";
    public const string UniProt = "infores:uniprot";
    public const string Hgnc = "infores:hgnc";
    public const string ClinicalTrials = "infores:clinicaltrials";

    public static IReadOnlyList<KnowledgeSource> All { get; } =
    [
        new(ThisGraph, "Apatorsen knowledge graph (curated statements about apatorsen, Hsp27 and its trials)", "https://w3id.org/apatorsen/"),
        new(Mondo, "Mondo Disease Ontology", "https://mondo.monarchinitiative.org/"),
        new(UniProt, "UniProt Knowledgebase", "https://www.uniprot.org/"),
        new(Hgnc, "HUGO Gene Nomenclature Committee", "https://www.genenames.org/"),
        new(ClinicalTrials, "ClinicalTrials.gov", "https://clinicaltrials.gov/"),
    ];

    public static IReadOnlyList<string> Ids { get; } = All.Select(s => s.Infores).ToArray();
}
