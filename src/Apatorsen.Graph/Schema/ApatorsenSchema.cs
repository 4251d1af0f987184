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
        Str(PropertyNames.Description, "A short description, written for this graph."),
        Strings(PropertyNames.Xrefs, "Identifiers of the same thing in other resources, as CURIEs."),
        Str(PropertyNames.DataQualityNote, "A problem found in the source material about this node (see docs/data-notes.md)."),
        .. own,
    ];

    private static IReadOnlyList<PropertyDefinition> RelationshipProperties(params PropertyDefinition[] own) =>
    [
        Strings(GraphSchema.SourcesProperty, "Ids of the Publication nodes that support this relationship.", required: true),
        Str(PropertyNames.Description, "What the relationship states, written for this graph."),
        Str(PropertyNames.DataQualityNote, "A problem found in the source material about this relationship (see docs/data-notes.md)."),
        .. own,
    ];

    private static PropertyDefinition Context() =>
        Str(PropertyNames.Context, "Where the effect was observed: in vitro, in vivo (xenograft), clinical, or review.");

    private static IReadOnlyList<NodeLabelDefinition> BuildLabels() =>
    [
        new(LabelNames.Drug, "biolink:Drug",
            "A drug or drug class: apatorsen itself, the agents combined with it, or a class it potentiates.",
            [new("CHEBI", "[0-9]+", "CHEBI:8382", "ChEBI"), new("DRUGBANK", "DB[0-9]{5}", "DRUGBANK:DB00635", "DrugBank"), Project],
            NodeProperties(
                Str(PropertyNames.DrugType, "The kind of agent, e.g. antisense oligonucleotide, corticosteroid, chemotherapy, drug class."),
                Str(PropertyNames.Chemistry, "Chemical modification or backbone, where it matters (e.g. 2'-O-methoxyethyl)."))),
        new(LabelNames.Gene, "biolink:Gene", "A human gene.",
            [new("HGNC", "[0-9]+", "HGNC:5246", "HUGO Gene Nomenclature Committee")],
            NodeProperties(
                Str(PropertyNames.Symbol, "The official gene symbol.", required: true, indexed: true),
                Str(PropertyNames.Taxon, "The organism, as an NCBITaxon CURIE."))),
        new(LabelNames.Transcript, "biolink:Transcript", "An RNA transcript of a gene, such as the mRNA an antisense drug binds.",
            [new("RefSeq", "[NX][MR]_[0-9]+(?:\\.[0-9]+)?", "RefSeq:NM_001540", "NCBI RefSeq"), Project],
            NodeProperties(Str(PropertyNames.MoleculeType, "The kind of RNA, e.g. mRNA."))),
        new(LabelNames.Protein, "biolink:Protein", "A protein, identified by its UniProtKB accession.",
            [new("UniProtKB", "[A-Z][0-9][A-Z0-9]{3}[0-9](?:[A-Z][A-Z0-9]{2}[0-9])?", "UniProtKB:P04792", "UniProt Knowledgebase")],
            NodeProperties(
                Str(PropertyNames.Symbol, "The symbol of the encoding gene."),
                Str(PropertyNames.Taxon, "The organism, as an NCBITaxon CURIE."))),
        new(LabelNames.BiologicalProcess, "biolink:BiologicalProcess", "A biological process, from the Gene Ontology where it has a term.",
            [new("GO", "[0-9]{7}", "GO:0006915", "Gene Ontology"), Project],
            NodeProperties()),
        new(LabelNames.Indication, "biolink:Disease", "A disease a trial or study addresses, or in which Hsp27 is implicated.",
            [new("MONDO", "[0-9]{7}", "MONDO:0008315", "Mondo Disease Ontology"), new("NCIT", "C[0-9]+", "NCIT:C7378", "NCI Thesaurus"), Project],
            NodeProperties()),
        new(LabelNames.ClinicalTrial, "biolink:ClinicalTrial", "A clinical study of apatorsen, by its ClinicalTrials.gov number where one is known.",
            [new("clinicaltrials", "NCT[0-9]{8}", "clinicaltrials:NCT01829113", "ClinicalTrials.gov"), Project],
            NodeProperties(
                Str(PropertyNames.NctId, "The ClinicalTrials.gov number, where known.", indexed: true),
                Str(PropertyNames.Acronym, "The trial's short name, e.g. SPRUCE."),
                Int(PropertyNames.Phase, "The trial phase as a number (1, 2, 3).", required: true),
                Int(PropertyNames.Enrollment, "The number of patients enrolled or planned."),
                Bool(PropertyNames.EnrollmentApproximate, "True where the enrollment is given only approximately."),
                Strings(PropertyNames.Design, "Design features: randomised, double-blind, placebo-controlled, dose-escalation, ..."),
                Str(PropertyNames.Population, "Who was enrolled."),
                Str(PropertyNames.PrimaryEndpoint, "The primary endpoint, where stated."),
                Strings(PropertyNames.Objectives, "What the trial set out to measure."))),
        new(LabelNames.TrialArm, "biolink:StudyPopulation", "One arm of a clinical trial, with what its patients received.",
            [Project],
            NodeProperties(Str(PropertyNames.ArmType, "experimental, active comparator, placebo comparator or dose escalation.", required: true))),
        new(LabelNames.Outcome, "biolink:StudyResult", "A measured result of a trial arm or preclinical study, as a typed value with its unit.",
            [Project],
            NodeProperties(
                Str(PropertyNames.Measure, "What was measured.", required: true),
                Dbl(PropertyNames.Value, "The measured value, where the source gives one."),
                Str(PropertyNames.Unit, "The unit of value, e.g. % of patients, months."),
                Str(PropertyNames.ValueComparator, "How the threshold applies to the measure: >, >=, <, <=."),
                Dbl(PropertyNames.Threshold, "The threshold the measure counts against (e.g. a PSA decline of 50%)."),
                Str(PropertyNames.ThresholdUnit, "The unit of threshold."),
                Str(PropertyNames.Population, "The patients or models the value refers to, where narrower than the arm."),
                Str(PropertyNames.Significance, "The statistical significance reported: significant, not significant, trend."),
                Str(PropertyNames.Finding, "The result in words, for outcomes without a single figure."))),
        new(LabelNames.Biomarker, "biolink:ClinicalAttribute", "A measurement monitored in patients, such as PSA or circulating tumour cells.",
            [Project],
            NodeProperties(Str(PropertyNames.Specimen, "Where it is measured: serum, blood, tumour tissue."))),
        new(LabelNames.PreclinicalStudy, "biolink:Study", "A laboratory study of apatorsen: cell lines or animal models.",
            [Project],
            NodeProperties(
                Str(PropertyNames.StudyType, "in vitro or in vivo xenograft.", required: true),
                Str(PropertyNames.Species, "The host species of an in vivo model, as an NCBITaxon CURIE."))),
        new(LabelNames.CellLine, "biolink:CellLine", "A cell line used as a model.",
            [new("cellosaurus", "CVCL_[A-Z0-9]{4}", "cellosaurus:CVCL_0428", "Cellosaurus"), Project],
            NodeProperties(Str(PropertyNames.Tissue, "The tissue of origin."))),
        new(LabelNames.Publication, "biolink:Publication",
            "A source of the graph's facts: a numbered reference of the technical guide, or the guide itself.",
            [Project],
            NodeProperties(
                Str(PropertyNames.Title, "The title as given by the source.", required: true),
                Int(PropertyNames.SeedReference, "The reference number in the technical guide."),
                Str(PropertyNames.Origin, "Where the reference points: PubMed, PMC, ClinicalTrials.gov, ASCO, a news site."),
                Str(PropertyNames.Pmid, "The PubMed identifier, where verified."),
                Str(PropertyNames.Pmcid, "The PubMed Central identifier, where verified."),
                Str(PropertyNames.PublicationType, "journal article, conference abstract, trial registry record, news report, technical guide."),
                Int(PropertyNames.Year, "The year of publication, where verified."))),
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
        string[] drug = [LabelNames.Drug];
        string[] effectors = [LabelNames.Drug, LabelNames.Protein];
        string[] affected = [LabelNames.BiologicalProcess, LabelNames.Protein, LabelNames.Transcript, LabelNames.Biomarker, LabelNames.Indication];
        string[] studies = [LabelNames.ClinicalTrial, LabelNames.PreclinicalStudy];

        return
        [
            new(RelationshipTypeNames.Targets, "The drug lowers the protein's expression by an antisense mechanism: the summary edge of the mechanism chain.",
                drug, [LabelNames.Protein],
                Affects("decreased", "expression", "antisense_oligonucleotide_inhibition"),
                RelationshipProperties(Str(PropertyNames.Mechanism, "How the drug acts on the target.")),
                new MechanismRole(FirstStepOnly: true, Sign: -1, "lowers expression")),
            new(RelationshipTypeNames.Binds, "The drug hybridises to the transcript.",
                drug, [LabelNames.Transcript],
                new BiolinkPredicate("biolink:directly_physically_interacts_with", new Dictionary<string, string> { ["causal_mechanism_qualifier"] = "binding" }),
                RelationshipProperties(Str(PropertyNames.Consequence, "What binding does to the transcript.")),
                new MechanismRole(FirstStepOnly: true, Sign: -1, "binds (antisense: the transcript is degraded)")),
            new(RelationshipTypeNames.TranscribedTo, "The gene is transcribed to the transcript.",
                [LabelNames.Gene], [LabelNames.Transcript], BiolinkPredicate.Of("biolink:transcribed_to"), RelationshipProperties()),
            new(RelationshipTypeNames.TranslatesTo, "The transcript is translated to the protein.",
                [LabelNames.Transcript], [LabelNames.Protein], BiolinkPredicate.Of("biolink:translates_to"), RelationshipProperties(),
                new MechanismRole(FirstStepOnly: false, Sign: 1, "is translated to")),
            new(RelationshipTypeNames.Increases, "The subject raises the object's level or activity, or promotes the process.",
                effectors, affected, Affects("increased"),
                RelationshipProperties(Str(PropertyNames.Aspect, "What is raised: activity, abundance, expression, sensitivity."), Context()),
                new MechanismRole(FirstStepOnly: false, Sign: 1, "increases")),
            new(RelationshipTypeNames.Decreases, "The subject lowers the object's level or activity, inhibits the process or delays the disease.",
                effectors, affected, Affects("decreased"),
                RelationshipProperties(Str(PropertyNames.Aspect, "What is lowered: activity, abundance, expression, progression."), Context()),
                new MechanismRole(FirstStepOnly: false, Sign: -1, "decreases")),
            new(RelationshipTypeNames.Potentiates, "The drug strengthens the anti-tumour effect of the other drug.",
                drug, drug,
                BiolinkPredicate.Of("biolink:related_to", "Biolink 4.x has no chemical-to-chemical potentiation predicate; the meaning is in the type and its context."),
                RelationshipProperties(Context())),
            new(RelationshipTypeNames.AssociatedWith, "The protein is implicated in the disease (overexpression, progression, resistance, outcome).",
                [LabelNames.Protein, LabelNames.Gene], [LabelNames.Indication], BiolinkPredicate.Of("biolink:associated_with"),
                RelationshipProperties(Strings(PropertyNames.Associations, "The kinds of association reported."))),
            new(RelationshipTypeNames.Tests, "The trial gives the drug to its patients.",
                [LabelNames.ClinicalTrial], drug,
                BiolinkPredicate.Of("biolink:related_to", "Biolink records a trial's interventions in the ClinicalTrial slot clinical_trial_interventions, not as a predicate."),
                RelationshipProperties(Str(PropertyNames.Role, "investigational, combination partner or comparator."))),
            new(RelationshipTypeNames.Studies, "The trial or study addresses the disease.",
                studies, [LabelNames.Indication],
                BiolinkPredicate.Of("biolink:related_to", "Biolink records a trial's conditions in the ClinicalTrial slot clinical_trial_conditions; the drug-level statement is biolink:in_clinical_trials_for."),
                RelationshipProperties()),
            new(RelationshipTypeNames.HasArm, "The trial has the arm.",
                [LabelNames.ClinicalTrial], [LabelNames.TrialArm], BiolinkPredicate.Of("biolink:has_part"), RelationshipProperties()),
            new(RelationshipTypeNames.Administers, "The arm's patients receive the drug at this dose, route and schedule.",
                [LabelNames.TrialArm], drug,
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no arm-to-intervention predicate; the dose and schedule are edge properties."),
                RelationshipProperties(
                    Str(PropertyNames.Role, "investigational, combination partner, or comparator."),
                    Str(PropertyNames.Route, "intravenous, oral, intravesical."),
                    Dbl(PropertyNames.Dose, "The maintenance dose."),
                    Dbl(PropertyNames.DoseMin, "The lowest dose of an escalation."),
                    Dbl(PropertyNames.DoseMax, "The highest dose of an escalation."),
                    Int(PropertyNames.DoseLevels, "How many dose levels an escalation had."),
                    Str(PropertyNames.DoseUnit, "The unit of dose, doseMin and doseMax: mg, µM."),
                    Dbl(PropertyNames.LoadingDose, "The dose of each loading dose."),
                    Int(PropertyNames.LoadingDoseCount, "How many loading doses preceded the maintenance schedule."),
                    Str(PropertyNames.Frequency, "How often: weekly, twice daily."),
                    Int(PropertyNames.CycleLengthDays, "The length of a treatment cycle in days."),
                    Ints(PropertyNames.TreatmentDays, "The days of treatment, where fixed (e.g. 1, 3, 5 and 8)."),
                    Str(PropertyNames.Schedule, "The schedule in words."))),
            new(RelationshipTypeNames.HasOutcome, "The trial or study reported the outcome.",
                studies, [LabelNames.Outcome], BiolinkPredicate.Of("biolink:has_output"), RelationshipProperties()),
            new(RelationshipTypeNames.ObservedIn, "The outcome was measured in the arm.",
                [LabelNames.Outcome], [LabelNames.TrialArm],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no result-to-study-arm predicate."),
                RelationshipProperties()),
            new(RelationshipTypeNames.ComparedWith, "The outcome was compared with the other arm's outcome.",
                [LabelNames.Outcome], [LabelNames.Outcome],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no comparison predicate; the significance is on the outcome."),
                RelationshipProperties()),
            new(RelationshipTypeNames.Monitors, "The trial measured the biomarker.",
                [LabelNames.ClinicalTrial], [LabelNames.Biomarker],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no trial-to-measurement predicate."),
                RelationshipProperties()),
            new(RelationshipTypeNames.Measures, "The outcome or biomarker quantifies the biomarker or protein.",
                [LabelNames.Outcome, LabelNames.Biomarker], [LabelNames.Biomarker, LabelNames.Protein],
                BiolinkPredicate.Of("biolink:related_to", "Biolink has no measurement predicate between these categories."),
                RelationshipProperties()),
            new(RelationshipTypeNames.Evaluates, "The preclinical study tested the drug.",
                [LabelNames.PreclinicalStudy], drug,
                BiolinkPredicate.Of("biolink:related_to", "The drug-level statement is biolink:in_preclinical_trials_for."),
                RelationshipProperties(Str(PropertyNames.Role, "monotherapy or combination."))),
            new(RelationshipTypeNames.UsesModel, "The preclinical study used the cell line as its model.",
                [LabelNames.PreclinicalStudy], [LabelNames.CellLine], BiolinkPredicate.Of("biolink:has_participant"), RelationshipProperties()),
            new(RelationshipTypeNames.DerivedFrom, "The cell line was derived from a tumour of the disease.",
                [LabelNames.CellLine], [LabelNames.Indication], BiolinkPredicate.Of("biolink:related_to", "Cellosaurus records this as the line's disease."),
                RelationshipProperties()),
            new(RelationshipTypeNames.SubclassOf, "The disease is a kind of the broader disease.",
                [LabelNames.Indication], [LabelNames.Indication], BiolinkPredicate.Of("biolink:subclass_of"), RelationshipProperties()),
        ];
    }
}
