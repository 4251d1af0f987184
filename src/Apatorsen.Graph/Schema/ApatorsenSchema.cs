namespace Apatorsen.Graph.Schema;

/// <summary>The schema of the apatorsen knowledge graph, defined once.</summary>
public static class ApatorsenSchema
{
    /// <summary>The CURIE prefix of things curated by this project that have no public identifier.</summary>
    public const string ProjectPrefix = "apatorsen";

    private static readonly IdRule Project = new(
        ProjectPrefix, "[a-z0-9]+(?:-[a-z0-9]+)*", "apatorsen:arm-spruce-apatorsen", "this project (curated, no public identifier)");

    // Declared after the rule above: static initialisers run in textual order.
    public static GraphSchema Instance { get; } = new(BuildLabels(), BuildRelationshipTypes());

    private static PropertyDefinition Str(string name, string description, bool required = false, bool indexed = false) =>
        new(name, PropertyType.String, required, description, indexed);

    private static PropertyDefinition Int(string name, string description, bool required = false) =>
        new(name, PropertyType.Int, required, description);

    private static PropertyDefinition Dbl(string name, string description, bool required = false) =>
        new(name, PropertyType.Double, required, description);

    private static PropertyDefinition Bool(string name, string description) =>
        new(name, PropertyType.Boolean, false, description);

    private static PropertyDefinition Strings(string name, string description, bool required = false) =>
        new(name, PropertyType.StringArray, required, description);

    private static PropertyDefinition Ints(string name, string description) =>
        new(name, PropertyType.IntArray, false, description);

    private static IReadOnlyList<PropertyDefinition> NodeProperties(params PropertyDefinition[] own) =>
    [
        Str(GraphSchema.IdProperty, "The node's CURIE, unique across the graph.", required: true),
        Str(GraphSchema.NameProperty, "The preferred human-readable name.", required: true, indexed: true),
        Strings(GraphSchema.SynonymsProperty, "Other names, codes and spellings, searched like the name."),
        Str("description", "A short description, written for this graph."),
        Strings("xrefs", "Identifiers of the same thing in other resources, as CURIEs."),
        Str("dataQualityNote", "A problem found in the source material about this node (see docs/data-notes.md)."),
        .. own,
    ];

    private static IReadOnlyList<PropertyDefinition> RelationshipProperties(params PropertyDefinition[] own) =>
    [
        Strings(GraphSchema.SourcesProperty, "Ids of the Publication nodes that support this relationship.", required: true),
        Str("description", "What the relationship states, written for this graph."),
        Str("dataQualityNote", "A problem found in the source material about this relationship (see docs/data-notes.md)."),
        .. own,
    ];

    private static PropertyDefinition Context() =>
        Str("context", "Where the effect was observed: in vitro, in vivo (xenograft), clinical, or review.");

    private static IReadOnlyList<NodeLabelDefinition> BuildLabels() =>
    [
        new("Drug", "biolink:Drug",
            "A drug or drug class: apatorsen itself, the agents combined with it, or a class it potentiates.",
            [new("CHEBI", "[0-9]+", "CHEBI:8382", "ChEBI"), new("DRUGBANK", "DB[0-9]{5}", "DRUGBANK:DB00635", "DrugBank"), Project],
            NodeProperties(
                Str("drugType", "The kind of agent, e.g. antisense oligonucleotide, corticosteroid, chemotherapy, drug class."),
                Str("chemistry", "Chemical modification or backbone, where it matters (e.g. 2'-O-methoxyethyl)."))),
        new("Gene", "biolink:Gene", "A human gene.",
            [new("HGNC", "[0-9]+", "HGNC:5246", "HUGO Gene Nomenclature Committee")],
            NodeProperties(
                Str("symbol", "The official gene symbol.", required: true, indexed: true),
                Str("taxon", "The organism, as an NCBITaxon CURIE."))),
        new("Transcript", "biolink:Transcript", "An RNA transcript of a gene, such as the mRNA an antisense drug binds.",
            [new("RefSeq", "[NX][MR]_[0-9]+(?:\\.[0-9]+)?", "RefSeq:NM_001540", "NCBI RefSeq"), Project],
            NodeProperties(Str("moleculeType", "The kind of RNA, e.g. mRNA."))),
        new("Protein", "biolink:Protein", "A protein, identified by its UniProtKB accession.",
            [new("UniProtKB", "[A-Z][0-9][A-Z0-9]{3}[0-9](?:[A-Z][A-Z0-9]{2}[0-9])?", "UniProtKB:P04792", "UniProt Knowledgebase")],
            NodeProperties(
                Str("symbol", "The symbol of the encoding gene."),
                Str("taxon", "The organism, as an NCBITaxon CURIE."))),
        new("BiologicalProcess", "biolink:BiologicalProcess", "A biological process, from the Gene Ontology where it has a term.",
            [new("GO", "[0-9]{7}", "GO:0006915", "Gene Ontology"), Project],
            NodeProperties()),
        new("Indication", "biolink:Disease", "A disease a trial or study addresses, or in which Hsp27 is implicated.",
            [new("MONDO", "[0-9]{7}", "MONDO:0008315", "Mondo Disease Ontology"), new("NCIT", "C[0-9]+", "NCIT:C7378", "NCI Thesaurus"), Project],
            NodeProperties()),
        new("ClinicalTrial", "biolink:ClinicalTrial", "A clinical study of apatorsen, by its ClinicalTrials.gov number where one is known.",
            [new("clinicaltrials", "NCT[0-9]{8}", "clinicaltrials:NCT01829113", "ClinicalTrials.gov"), Project],
            NodeProperties(
                Str("nctId", "The ClinicalTrials.gov number, where known.", indexed: true),
                Str("acronym", "The trial's short name, e.g. SPRUCE."),
                Int("phase", "The trial phase as a number (1, 2, 3).", required: true),
                Int("enrollment", "The number of patients enrolled or planned."),
                Bool("enrollmentApproximate", "True where the enrollment is given only approximately."),
                Strings("design", "Design features: randomised, double-blind, placebo-controlled, dose-escalation, ..."),
                Str("population", "Who was enrolled."),
                Str("primaryEndpoint", "The primary endpoint, where stated."),
                Strings("objectives", "What the trial set out to measure."))),
        new("TrialArm", "biolink:StudyPopulation", "One arm of a clinical trial, with what its patients received.",
            [Project],
            NodeProperties(Str("armType", "experimental, active comparator, placebo comparator or dose escalation.", required: true))),
        new("Outcome", "biolink:StudyResult", "A measured result of a trial arm or preclinical study, as a typed value with its unit.",
            [Project],
            NodeProperties(
                Str("measure", "What was measured.", required: true),
                Dbl("value", "The measured value, where the source gives one."),
                Str("unit", "The unit of value, e.g. % of patients, months."),
                Str("valueComparator", "How the threshold applies to the measure: >, >=, <, <=."),
                Dbl("threshold", "The threshold the measure counts against (e.g. a PSA decline of 50%)."),
                Str("thresholdUnit", "The unit of threshold."),
                Str("population", "The patients or models the value refers to, where narrower than the arm."),
                Str("significance", "The statistical significance reported: significant, not significant, trend."),
                Str("finding", "The result in words, for outcomes without a single figure."))),
        new("Biomarker", "biolink:ClinicalAttribute", "A measurement monitored in patients, such as PSA or circulating tumour cells.",
            [Project],
            NodeProperties(Str("specimen", "Where it is measured: serum, blood, tumour tissue."))),
        new("PreclinicalStudy", "biolink:Study", "A laboratory study of apatorsen: cell lines or animal models.",
            [Project],
            NodeProperties(
                Str("studyType", "in vitro or in vivo xenograft.", required: true),
                Str("species", "The host species of an in vivo model, as an NCBITaxon CURIE."))),
        new("CellLine", "biolink:CellLine", "A cell line used as a model.",
            [new("cellosaurus", "CVCL_[A-Z0-9]{4}", "cellosaurus:CVCL_0428", "Cellosaurus"), Project],
            NodeProperties(Str("tissue", "The tissue of origin."))),
        new("Publication", "biolink:Publication",
            "A source of the graph's facts: a numbered reference of the technical guide, or the guide itself.",
            [Project],
            NodeProperties(
                Str("title", "The title as given by the source.", required: true),
                Int("seedReference", "The reference number in the technical guide."),
                Str("origin", "Where the reference points: PubMed, PMC, ClinicalTrials.gov, ASCO, a news site."),
                Str("pmid", "The PubMed identifier, where verified."),
                Str("pmcid", "The PubMed Central identifier, where verified."),
                Str("publicationType", "journal article, conference abstract, trial registry record, news report, technical guide."),
                Int("year", "The year of publication, where verified."))),
    ];

    private static BiolinkPredicate Affects(string direction, string? aspect = null, string? mechanism = null)
    {
        var qualifiers = new Dictionary<string, string>
        {
            ["qualified_predicate"] = "biolink:causes",
            ["object_direction_qualifier"] = direction,
        };
        if (aspect is not null)
        {
            qualifiers["object_aspect_qualifier"] = aspect;
        }

        if (mechanism is not null)
        {
            qualifiers["causal_mechanism_qualifier"] = mechanism;
        }

        return new BiolinkPredicate("biolink:affects", qualifiers);
    }

    private static IReadOnlyList<RelationshipTypeDefinition> BuildRelationshipTypes()
    {
        string[] drug = ["Drug"];
        string[] effectors = ["Drug", "Protein"];
        string[] affected = ["BiologicalProcess", "Protein", "Transcript", "Biomarker", "Indication"];
        string[] studies = ["ClinicalTrial", "PreclinicalStudy"];

        return
        [
            new("TARGETS", "The drug lowers the protein's expression by an antisense mechanism: the summary edge of the mechanism chain.",
                drug, ["Protein"],
                Affects("decreased", "expression", "antisense_oligonucleotide_inhibition"),
                RelationshipProperties(Str("mechanism", "How the drug acts on the target."))),
            new("BINDS", "The drug hybridises to the transcript.",
                drug, ["Transcript"],
                new BiolinkPredicate("biolink:directly_physically_interacts_with", new Dictionary<string, string> { ["causal_mechanism_qualifier"] = "binding" }),
                RelationshipProperties(Str("consequence", "What binding does to the transcript."))),
            new("TRANSCRIBED_TO", "The gene is transcribed to the transcript.",
                ["Gene"], ["Transcript"], BiolinkPredicate.Of("biolink:transcribed_to"), RelationshipProperties()),
            new("TRANSLATES_TO", "The transcript is translated to the protein.",
                ["Transcript"], ["Protein"], BiolinkPredicate.Of("biolink:translates_to"), RelationshipProperties()),
            new("INCREASES", "The subject raises the object's level or activity, or promotes the process.",
                effectors, affected, Affects("increased"),
                RelationshipProperties(Str("aspect", "What is raised: activity, abundance, expression, sensitivity."), Context())),
            new("DECREASES", "The subject lowers the object's level or activity, inhibits the process or delays the disease.",
                effectors, affected, Affects("decreased"),
                RelationshipProperties(Str("aspect", "What is lowered: activity, abundance, expression, progression."), Context())),
            new("POTENTIATES", "The drug strengthens the anti-tumour effect of the other drug.",
                drug, drug,
                BiolinkPredicate.Of("biolink:related_to", "Biolink 4.x has no chemical-to-chemical potentiation predicate; the meaning is in the type and its context."),
                RelationshipProperties(Context())),
            new("ASSOCIATED_WITH", "The protein is implicated in the disease (overexpression, progression, resistance, outcome).",
                ["Protein", "Gene"], ["Indication"], BiolinkPredicate.Of("biolink:associated_with"),
                RelationshipProperties(Strings("associations", "The kinds of association reported."))),
            new("TESTS", "The trial gives the drug to its patients.",
                ["ClinicalTrial"], drug,
                BiolinkPredicate.Of("biolink:related_to", "Biolink records a trial's interventions in the ClinicalTrial slot clinical_trial_interventions, not as a predicate."),
                RelationshipProperties(Str("role", "investigational, combination partner or comparator."))),
            new("STUDIES", "The trial or study addresses the disease.",
                studies, ["Indication"],
                BiolinkPredicate.Of("biolink:related_to", "Biolink records a trial's conditions in the ClinicalTrial slot clinical_trial_conditions; the drug-level statement is biolink:in_clinical_trials_for."),
                RelationshipProperties()),
            new("HAS_ARM", "The trial has the arm.",
                ["ClinicalTrial"], ["TrialArm"], BiolinkPredicate.Of("biolink:has_part"), RelationshipProperties()),
            new("ADMINISTERS", "The arm's patients receive the drug at this dose, route and schedule.",
                ["TrialArm"], drug,
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no arm-to-intervention predicate; the dose and schedule are edge properties."),
                RelationshipProperties(
                    Str("role", "investigational, combination partner, or comparator."),
                    Str("route", "intravenous, oral, intravesical."),
                    Dbl("dose", "The maintenance dose."),
                    Dbl("doseMin", "The lowest dose of an escalation."),
                    Dbl("doseMax", "The highest dose of an escalation."),
                    Int("doseLevels", "How many dose levels an escalation had."),
                    Str("doseUnit", "The unit of dose, doseMin and doseMax: mg, µM."),
                    Dbl("loadingDose", "The dose of each loading dose."),
                    Int("loadingDoseCount", "How many loading doses preceded the maintenance schedule."),
                    Str("frequency", "How often: weekly, twice daily."),
                    Int("cycleLengthDays", "The length of a treatment cycle in days."),
                    Ints("treatmentDays", "The days of treatment, where fixed (e.g. 1, 3, 5 and 8)."),
                    Str("schedule", "The schedule in words."))),
            new("HAS_OUTCOME", "The trial or study reported the outcome.",
                studies, ["Outcome"], BiolinkPredicate.Of("biolink:has_output"), RelationshipProperties()),
            new("OBSERVED_IN", "The outcome was measured in the arm.",
                ["Outcome"], ["TrialArm"],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no result-to-study-arm predicate."),
                RelationshipProperties()),
            new("COMPARED_WITH", "The outcome was compared with the other arm's outcome.",
                ["Outcome"], ["Outcome"],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no comparison predicate; the significance is on the outcome."),
                RelationshipProperties()),
            new("MONITORS", "The trial measured the biomarker.",
                ["ClinicalTrial"], ["Biomarker"],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no trial-to-measurement predicate."),
                RelationshipProperties()),
            new("MEASURES", "The outcome or biomarker quantifies the biomarker or protein.",
                ["Outcome", "Biomarker"], ["Biomarker", "Protein"],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no measurement predicate between these categories."),
                RelationshipProperties()),
            new("EVALUATES", "The preclinical study tested the drug.",
                ["PreclinicalStudy"], drug,
                BiolinkPredicate.Of("biolink:related_to", "The drug-level statement is biolink:in_preclinical_trials_for."),
                RelationshipProperties(Str("role", "monotherapy or combination."))),
            new("USES_MODEL", "The preclinical study used the cell line as its model.",
                ["PreclinicalStudy"], ["CellLine"], BiolinkPredicate.Of("biolink:has_participant"), RelationshipProperties()),
            new("DERIVED_FROM", "The cell line was derived from a tumour of the disease.",
                ["CellLine"], ["Indication"], BiolinkPredicate.Of("biolink:related_to", "Cellosaurus records this as the line's disease."),
                RelationshipProperties()),
            new("SUBCLASS_OF", "The disease is a kind of the broader disease.",
                ["Indication"], ["Indication"], BiolinkPredicate.Of("biolink:subclass_of"), RelationshipProperties()),
        ];
    }
}
