using Apatorsen.Graph.Biolink;

namespace Apatorsen.Graph.Schema;

/// <summary>The schema of the apatorsen knowledge graph, defined once.</summary>
public static class ApatorsenSchema
{
    /// <summary>The CURIE prefix of things curated by this project that have no public identifier.</summary>
    public const string ProjectPrefix = "apatorsen";

    /// <summary>Where the project's own CURIEs expand to (the namespace is the project's; its w3id redirect is not registered yet).</summary>
    public const string ProjectNamespace = "https://w3id.org/apatorsen/";

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

    private static PropertyDefinition OneOf(PropertyDefinition property, IReadOnlyList<string> values) => property with { AllowedValues = values };

    private static IReadOnlyList<string> BiolinkValues(string enumName) => BiolinkModel.Instance.Enums[enumName].Values;

    private static IReadOnlyList<PropertyDefinition> NodeProperties(params PropertyDefinition[] own) =>
    [
        Str(PropertyNames.Id, "The node's CURIE, unique across the graph.", required: true),
        Str(PropertyNames.Name, "The preferred human-readable name.", required: true, indexed: true),
        Strings(PropertyNames.Synonyms, "Other names, codes and spellings, searched like the name."),
        Str(PropertyNames.Description, "A short description, written for this graph."),
        Strings(PropertyNames.Xrefs, "Identifiers of the same thing in other resources, as CURIEs."),
        Strings(PropertyNames.FormerIds, "Ids this node had in earlier versions of the graph; the API still resolves them to it."),
        Str(PropertyNames.DataQualityNote, "A problem found in the source material about this node (see docs/data-notes.md)."),
        .. own,
    ];

    // Every relationship says where it comes from and what supports it, separately (Biolink's provenance slots).
    private static IReadOnlyList<PropertyDefinition> RelationshipProperties(params PropertyDefinition[] own) =>
    [
        OneOf(Str(PropertyNames.PrimaryKnowledgeSource,
            "The resource that asserts the statement, as an infores CURIE: this graph for what is curated here, Mondo for the disease hierarchy, UniProt or HGNC for gene products.",
            required: true), KnowledgeSources.Ids),
        OneOf(Strings(PropertyNames.AggregatorKnowledgeSource, "Resources that passed the statement on from its primary source (this graph, for statements taken from elsewhere)."), KnowledgeSources.Ids),
        Strings(PropertyNames.Publications,
            "The evidence: CURIEs of Publication nodes (PMID, PMC, doi, or the project's id where a source has no public one) or of ClinicalTrial nodes, whose registry record is the evidence."),
        OneOf(Str(PropertyNames.KnowledgeLevel, "How the statement was arrived at (Biolink KnowledgeLevelEnum).", required: true), BiolinkValues("KnowledgeLevelEnum")),
        OneOf(Str(PropertyNames.AgentType, "What kind of agent made the statement (Biolink AgentTypeEnum).", required: true), BiolinkValues("AgentTypeEnum")),
        Str(PropertyNames.Description, "What the relationship states, written for this graph."),
        Str(PropertyNames.DataQualityNote, "A problem found in the source material about this relationship (see docs/data-notes.md)."),
        .. own,
    ];

    private static PropertyDefinition Context() =>
        Str(PropertyNames.Context, "Where the effect was observed: in vitro, in vivo (xenograft), clinical, or review.");

    private static PropertyDefinition Participants(string description) => Int(PropertyNames.Participants, description);

    private static PropertyDefinition Date(string name, string description) => Str(name, description + " ISO 8601: a year and month (2013-07) or a full date.");

    private static IReadOnlyList<NodeLabelDefinition> BuildLabels() =>
    [
        new(LabelNames.Drug, "biolink:Drug",
            "A drug or drug class: apatorsen itself, the agents combined with it, or a class it potentiates.",
            [new("CHEBI", "[0-9]+", "CHEBI:8382", "ChEBI"), new("DRUGBANK", "DB[0-9]{5}", "DRUGBANK:DB00635", "DrugBank"), Project],
            NodeProperties(
                Str(PropertyNames.DrugType, "The kind of agent, e.g. antisense oligonucleotide, corticosteroid, chemotherapy, drug class."),
                Str(PropertyNames.Chemistry, "Chemical modification or backbone, where it matters (e.g. 2'-O-methoxyethyl)."),
                OneOf(Str(PropertyNames.DevelopmentStatus,
                    "Where the drug's development stands, as its source states: active (being developed), inactive (its developer turned to other products without announcing that development stopped), discontinued (development stopped), approved (marketed)."),
                    ["active", "inactive", "discontinued", "approved"]) with { Requires = PropertyNames.DevelopmentStatusSource },
                Date(PropertyNames.DevelopmentStatusDate, "When the source stated the development status.") with { Requires = PropertyNames.DevelopmentStatus },
                Str(PropertyNames.DevelopmentStatusSource, "The CURIE of the Publication node that states the development status.") with { Requires = PropertyNames.DevelopmentStatus })),
        new(LabelNames.Gene, "biolink:Gene", "A human gene.",
            [new("HGNC", "[0-9]+", "HGNC:5246", "HUGO Gene Nomenclature Committee")],
            NodeProperties(
                Str(PropertyNames.Symbol, "The official gene symbol.", required: true, indexed: true),
                Str(PropertyNames.Taxon, "The organism, as an NCBITaxon CURIE."))),
        new(LabelNames.Transcript, "biolink:RNAProduct",
            "An RNA product of a gene, such as the mRNA an antisense drug binds (Biolink's RNAProduct: a Transcript that is a gene product).",
            [Project],
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
            [new("CLINICALTRIALS", "NCT[0-9]{8}", "CLINICALTRIALS:NCT01829113", "ClinicalTrials.gov"), Project],
            NodeProperties(
                Str(PropertyNames.NctId, "The ClinicalTrials.gov number, where known.", indexed: true),
                Str(PropertyNames.Acronym, "The trial's short name, e.g. SPRUCE."),
                Str(PropertyNames.OfficialTitle, "The official title in the trial's registry record."),
                Int(PropertyNames.Phase, "The trial phase as a number (1, 2, 3).", required: true),
                Int(PropertyNames.Enrollment, "The number of patients the trial's reports give (analysed, treated or planned; see the description)."),
                Bool(PropertyNames.EnrollmentApproximate, "True where the enrollment is given only approximately."),
                Int(PropertyNames.RegisteredEnrollment, "The enrollment in the registry record."),
                OneOf(Str(PropertyNames.RegisteredEnrollmentType, "Whether the registry's enrollment is the actual or an estimated (anticipated) number."), ["ACTUAL", "ESTIMATED"]),
                Int(PropertyNames.Randomised, "How many patients were randomised, as the full publication reports."),
                Strings(PropertyNames.Design, "Design features: randomised, double-blind, placebo-controlled, dose-escalation, ..."),
                Str(PropertyNames.Population, "Who was enrolled."),
                Str(PropertyNames.PrimaryEndpoint, "The primary endpoint, where stated."),
                Bool(PropertyNames.PrimaryEndpointMet, "Whether the primary endpoint was met, as the trial's publication reports."),
                Strings(PropertyNames.Objectives, "What the trial set out to measure."),
                OneOf(Str(PropertyNames.OverallStatus, "The registry's overall status (Biolink ClinicalTrialStatusEnum, as ClinicalTrials.gov writes it)."), BiolinkValues("ClinicalTrialStatusEnum")),
                Str(PropertyNames.WhyStopped, "Why the trial stopped early, as the registry or sponsor says."),
                Date(PropertyNames.StartDate, "When the trial started."),
                Date(PropertyNames.PrimaryCompletionDate, "When the last patient was examined for the primary endpoint."),
                Date(PropertyNames.CompletionDate, "When the trial ended."),
                OneOf(Str(PropertyNames.CompletionDateType, "Whether the completion date is actual or anticipated."), ["ACTUAL", "ESTIMATED"]),
                Str(PropertyNames.LeadSponsor, "The lead sponsor, as the registry names it."),
                Strings(PropertyNames.Collaborators, "Collaborators named in the registry."))),
        new(LabelNames.TrialArm, "biolink:StudyPopulation", "One arm of a clinical trial, with what its patients received.",
            [Project],
            NodeProperties(
                OneOf(Str(PropertyNames.ArmType, "What the arm is for in the comparison.", required: true),
                    ["experimental", "active comparator", "placebo comparator", "dose escalation"]),
                Participants("How many patients were assigned to (or treated in) the arm, as the trial's publication reports."))),
        new(LabelNames.Outcome, "biolink:StudyVariable",
            "A measured result of a trial arm or preclinical study, as a typed value with its unit (Biolink's StudyVariable: what a study measured, as measured).",
            [Project],
            NodeProperties(
                Str(PropertyNames.Measure, "What was measured.", required: true),
                Dbl(PropertyNames.Value, "The measured value, where the source gives one."),
                Str(PropertyNames.Unit, "The unit of value, e.g. % of patients, months."),
                Dbl(PropertyNames.CiLower, "The lower bound of the value's confidence interval."),
                Dbl(PropertyNames.CiUpper, "The upper bound of the value's confidence interval."),
                Dbl(PropertyNames.CiLevel, "The confidence level of the interval, e.g. 0.95.") with { Requires = PropertyNames.CiLower },
                OneOf(Str(PropertyNames.ValueComparator, "How the threshold applies to the measure."), [">", ">=", "<", "<="]),
                Dbl(PropertyNames.Threshold, "The threshold the measure counts against (e.g. a PSA decline of 50%)."),
                Str(PropertyNames.ThresholdUnit, "The unit of threshold."),
                Participants("How many patients or models the value refers to, where the source gives it."),
                Str(PropertyNames.Population, "The patients or models the value refers to, where narrower than the arm."),
                OneOf(Str(PropertyNames.Significance, "The statistical significance reported."), ["significant", "not significant", "trend"]),
                Str(PropertyNames.Finding, "The result in words, for outcomes without a single figure."))),
        new(LabelNames.Biomarker, "biolink:ClinicalAttribute", "A measurement monitored in patients, such as PSA or circulating tumour cells.",
            [Project],
            NodeProperties(Str(PropertyNames.Specimen, "Where it is measured: serum, blood, tumour tissue."))),
        new(LabelNames.PreclinicalStudy, "biolink:Study", "A laboratory study of apatorsen: cell lines or animal models.",
            [Project],
            NodeProperties(
                OneOf(Str(PropertyNames.StudyType, "Where the work was done: in vitro, in vivo xenograft, or both.", required: true), ["in vitro", "in vivo xenograft", "in vitro and in vivo xenograft"]),
                Str(PropertyNames.Species, "The host species of an in vivo model, as an NCBITaxon CURIE."))),
        new(LabelNames.CellLine, "biolink:CellLine", "A cell line used as a model, by its Cell Line Ontology id (the Cellosaurus accession is an xref).",
            [new("CLO", "[0-9]{7}", "CLO:0007726", "Cell Line Ontology"), Project],
            NodeProperties(Str(PropertyNames.Tissue, "The tissue of origin."))),
        new(LabelNames.Publication, "biolink:Publication",
            "A source of the graph's facts: an article or abstract by its PubMed, PubMed Central or DOI id, or, where it has none, a numbered reference of the technical guide or the guide itself.",
            [new("PMID", "[1-9][0-9]*", "PMID:31420467", "PubMed"), new("PMC", "[1-9][0-9]*", "PMC:6721579", "PubMed Central"),
                new("doi", "10\\.[0-9]{4,9}/[^\\s]+", "doi:10.1007/s10637-017-0553-x", "Digital Object Identifier"), Project],
            NodeProperties(
                Str(PropertyNames.Title, "The title as given by the source.", required: true),
                Int(PropertyNames.SeedReference, "The reference number in the technical guide."),
                Str(PropertyNames.Origin, "Where the reference points: PubMed, PMC, ClinicalTrials.gov, ASCO, a news site."),
                Str(PropertyNames.Pmid, "The PubMed identifier, where verified."),
                Str(PropertyNames.Pmcid, "The PubMed Central identifier, where verified."),
                Str(PropertyNames.Doi, "The DOI, where verified."),
                Str(PropertyNames.Journal, "The journal or meeting, with volume and pages where verified."),
                Str(PropertyNames.Url, "Where the source can be read."),
                Str(PropertyNames.PublicationType, "journal article, conference abstract, news report, technical guide."),
                Int(PropertyNames.Year, "The year of publication, where verified."))),
        new(LabelNames.AdverseEvent, "biolink:PhenotypicFeature",
            "An adverse event reported in a trial, by its Human Phenotype Ontology or MedDRA term where one was verified.",
            [new("HP", "[0-9]{7}", "HP:0012378", "Human Phenotype Ontology"), new("MEDDRA", "[0-9]{8}", "MEDDRA:10028813", "MedDRA"), Project],
            NodeProperties()),
    ];

    private static BiolinkMapping Affects(string? direction = null, string? aspect = null, string? mechanism = null, string association = "biolink:ChemicalAffectsGeneAssociation")
    {
        var qualifiers = new Dictionary<string, string> { ["qualified_predicate"] = "biolink:causes" };
        if (direction is not null)
        {
            qualifiers["object_direction_qualifier"] = direction;
        }

        if (aspect is not null)
        {
            qualifiers["object_aspect_qualifier"] = aspect;
        }

        if (mechanism is not null)
        {
            qualifiers["causal_mechanism_qualifier"] = mechanism;
        }

        return new BiolinkMapping("biolink:affects", association, qualifiers);
    }

    private static BiolinkMapping RelatedTo(string why) => BiolinkMapping.Of("biolink:related_to", note: why);

    private static PropertyDefinition Aspect(string what) =>
        OneOf(Str(PropertyNames.ObjectAspectQualifier, $"What of a gene product is {what} (Biolink's aspect: abundance, activity, expression, ...); none for a process."),
            BiolinkValues("GeneOrGeneProductOrChemicalEntityAspectEnum"));

    private static IReadOnlyList<RelationshipTypeDefinition> BuildRelationshipTypes()
    {
        string[] drug = [LabelNames.Drug];
        string[] affected = [LabelNames.Protein, LabelNames.Transcript, LabelNames.BiologicalProcess];
        string[] studies = [LabelNames.ClinicalTrial, LabelNames.PreclinicalStudy];
        string[] process = [LabelNames.BiologicalProcess];

        return
        [
            new(RelationshipTypeNames.Targets, "The drug lowers the protein's expression by an antisense mechanism: the summary edge of the mechanism chain.",
                drug, [LabelNames.Protein],
                Affects("decreased", "expression", "antisense_oligonucleotide_inhibition"),
                RelationshipProperties(Str(PropertyNames.Mechanism, "How the drug acts on the target.")),
                new MechanismRole(FirstStepOnly: true, Sign: -1, "lowers expression")),
            new(RelationshipTypeNames.Binds, "The drug hybridises to the transcript.",
                drug, [LabelNames.Transcript],
                new BiolinkMapping("biolink:directly_physically_interacts_with", "biolink:ChemicalGeneInteractionAssociation",
                    new Dictionary<string, string> { ["causal_mechanism_qualifier"] = "binding" }),
                RelationshipProperties(Str(PropertyNames.Consequence, "What binding does to the transcript.")),
                new MechanismRole(FirstStepOnly: true, Sign: -1, "binds (antisense: the transcript is degraded)")),
            new(RelationshipTypeNames.TranscribedTo, "The gene is transcribed to the transcript.",
                [LabelNames.Gene], [LabelNames.Transcript],
                new BiolinkMapping("biolink:transcribed_from", "biolink:TranscriptToGeneRelationship", new Dictionary<string, string>(), Inverse: true,
                    Note: "Stored gene → transcript for reading; Biolink's canonical statement is transcript transcribed_from gene, which exports give."),
                RelationshipProperties()),
            new(RelationshipTypeNames.TranslatesTo, "The transcript is translated to the protein.",
                [LabelNames.Transcript], [LabelNames.Protein], BiolinkMapping.Of("biolink:translates_to"), RelationshipProperties(),
                new MechanismRole(FirstStepOnly: false, Sign: 1, "is translated to")),
            new(RelationshipTypeNames.Increases, "The drug raises the level or activity of the gene product, or promotes the process.",
                drug, affected, Affects("increased"),
                RelationshipProperties(Aspect("raised"), Context()),
                new MechanismRole(FirstStepOnly: true, Sign: 1, "increases")),
            new(RelationshipTypeNames.Decreases, "The drug lowers the level or activity of the gene product, or holds back the process.",
                drug, affected, Affects("decreased"),
                RelationshipProperties(Aspect("lowered"), Context()),
                new MechanismRole(FirstStepOnly: true, Sign: -1, "decreases")),
            new(RelationshipTypeNames.Promotes, "The protein acts upstream of or within the process, promoting it.",
                [LabelNames.Protein], process,
                BiolinkMapping.Of("biolink:acts_upstream_of_or_within_positive_effect", "biolink:MacromolecularMachineToBiologicalProcessAssociation"),
                RelationshipProperties(Context()),
                new MechanismRole(FirstStepOnly: false, Sign: 1, "promotes")),
            new(RelationshipTypeNames.Inhibits, "The protein acts upstream of or within the process, holding it back.",
                [LabelNames.Protein], process,
                BiolinkMapping.Of("biolink:acts_upstream_of_or_within_negative_effect", "biolink:MacromolecularMachineToBiologicalProcessAssociation"),
                RelationshipProperties(Context()),
                new MechanismRole(FirstStepOnly: false, Sign: -1, "inhibits")),
            new(RelationshipTypeNames.Potentiates, "The drug makes cells or tumours more sensitive to the other drug or drug class.",
                drug, drug,
                BiolinkMapping.Of("biolink:increases_sensitivity_to", "biolink:ChemicalEntityToChemicalEntityAssociation"),
                RelationshipProperties(Context())),
            new(RelationshipTypeNames.BeneficialInModelsFor, "The drug slowed the disease in laboratory or animal models of it.",
                drug, [LabelNames.Indication],
                BiolinkMapping.Of("biolink:beneficial_in_models_for", "biolink:ChemicalOrDrugOrTreatmentToDiseaseOrPhenotypicFeatureAssociation"),
                RelationshipProperties(Context())),
            new(RelationshipTypeNames.InClinicalTrialsFor, "The drug was tested in clinical trials of the disease (the trials are the publications).",
                drug, [LabelNames.Indication],
                BiolinkMapping.Of("biolink:in_clinical_trials_for", "biolink:ChemicalOrDrugOrTreatmentToDiseaseOrPhenotypicFeatureAssociation"),
                RelationshipProperties()),
            new(RelationshipTypeNames.AssociatedWith, "The gene or protein is implicated in the disease (overexpression, progression, resistance, outcome).",
                [LabelNames.Protein, LabelNames.Gene], [LabelNames.Indication],
                BiolinkMapping.Of("biolink:associated_with", "biolink:GeneToDiseaseAssociation"),
                RelationshipProperties(Strings(PropertyNames.Associations, "The kinds of association reported."))),
            new(RelationshipTypeNames.Tests, "The trial gives the drug to its patients.",
                [LabelNames.ClinicalTrial], drug,
                RelatedTo("No Biolink predicate with a domain that admits a study means 'gives'; Biolink keeps a trial's interventions on the trial (clinical_trial_interventions). The drug-level statement is IN_CLINICAL_TRIALS_FOR."),
                RelationshipProperties(Str(PropertyNames.Role, "investigational, combination partner or comparator."))),
            new(RelationshipTypeNames.Studies, "The trial or study addresses the disease.",
                studies, [LabelNames.Indication],
                RelatedTo("No Biolink predicate from a study to a disease exists; Biolink keeps a trial's conditions on the trial (clinical_trial_conditions). The drug-level statement is IN_CLINICAL_TRIALS_FOR."),
                RelationshipProperties()),
            new(RelationshipTypeNames.HasArm, "The trial has the arm.",
                [LabelNames.ClinicalTrial], [LabelNames.TrialArm], BiolinkMapping.Of("biolink:has_part"), RelationshipProperties()),
            new(RelationshipTypeNames.Administers, "The arm's patients receive the drug at this dose, route and schedule.",
                [LabelNames.TrialArm], drug,
                RelatedTo("The predicates whose domain admits a study population and whose range admits a drug (sensitivity, resistance, contraindication) mean something else; dose and schedule are edge properties."),
                RelationshipProperties(
                    Str(PropertyNames.Role, "investigational, combination partner, or comparator."),
                    Str(PropertyNames.Route, "intravenous, oral, intravesical."),
                    Dbl(PropertyNames.Dose, "The maintenance dose."),
                    Dbl(PropertyNames.DoseMin, "The lowest dose of an escalation."),
                    Dbl(PropertyNames.DoseMax, "The highest dose of an escalation."),
                    Int(PropertyNames.DoseLevels, "How many dose levels an escalation had."),
                    Str(PropertyNames.DoseUnit, "The unit of dose, doseMin and doseMax: mg, mg/m2, µM, AUC."),
                    Dbl(PropertyNames.LoadingDose, "The dose of each loading dose."),
                    Int(PropertyNames.LoadingDoseCount, "How many loading doses preceded the maintenance schedule."),
                    Str(PropertyNames.Frequency, "How often: weekly, twice daily."),
                    Int(PropertyNames.CycleLengthDays, "The length of a treatment cycle in days."),
                    Ints(PropertyNames.TreatmentDays, "The days of treatment, where fixed (e.g. 1, 3, 5 and 8)."),
                    Str(PropertyNames.Schedule, "The schedule in words."))),
            new(RelationshipTypeNames.HasOutcome, "The trial or study reported the outcome.",
                studies, [LabelNames.Outcome],
                RelatedTo("has_output needs a biological process or activity as subject, and a study is neither; no predicate from a study to what it measured exists."),
                RelationshipProperties()),
            new(RelationshipTypeNames.ObservedIn, "The outcome was measured in the arm.",
                [LabelNames.Outcome], [LabelNames.TrialArm],
                RelatedTo("No Biolink predicate links a study variable to the population it was measured in."),
                RelationshipProperties()),
            new(RelationshipTypeNames.ComparedWith, "The outcome was compared with the other arm's outcome; the comparison's statistics are on the relationship.",
                [LabelNames.Outcome], [LabelNames.Outcome],
                RelatedTo("Biolink has no comparison predicate; the comparison's statistics are its Biolink slots effect_size, effect_type and p_value."),
                RelationshipProperties(
                    Dbl(PropertyNames.EffectSize, "The size of the difference, e.g. the hazard ratio of the first outcome's arm against the second's."),
                    OneOf(Str(PropertyNames.EffectType, "What effect_size measures (Biolink EffectTypeEnum), e.g. hazard_ratio."), BiolinkValues("EffectTypeEnum"))
                        with { Requires = PropertyNames.EffectSize },
                    Dbl(PropertyNames.CiLower, "The lower bound of the effect's confidence interval.") with { Requires = PropertyNames.EffectSize },
                    Dbl(PropertyNames.CiUpper, "The upper bound of the effect's confidence interval.") with { Requires = PropertyNames.CiLower },
                    Dbl(PropertyNames.CiLevel, "The confidence level of the interval, e.g. 0.95 or 0.80.") with { Requires = PropertyNames.CiLower },
                    Dbl(PropertyNames.PValue, "The p-value of the comparison."),
                    OneOf(Str(PropertyNames.PValueSidedness, "Whether the p-value is one- or two-sided."), ["one-sided", "two-sided"]) with { Requires = PropertyNames.PValue },
                    Dbl(PropertyNames.AlphaLevel, "The significance level the trial's design set for the comparison, e.g. 0.10 one-sided."))),
            new(RelationshipTypeNames.Monitors, "The trial measured the biomarker.",
                [LabelNames.ClinicalTrial], [LabelNames.Biomarker],
                RelatedTo("No Biolink predicate links a study to a clinical attribute it measured."),
                RelationshipProperties()),
            new(RelationshipTypeNames.Measures, "The outcome or biomarker quantifies the biomarker or protein.",
                [LabelNames.Outcome, LabelNames.Biomarker], [LabelNames.Biomarker, LabelNames.Protein],
                RelatedTo("Biolink has no measurement predicate between these categories (has_attribute is a node slot, not a predicate)."),
                RelationshipProperties()),
            new(RelationshipTypeNames.Evaluates, "The preclinical study tested the drug.",
                [LabelNames.PreclinicalStudy], drug,
                RelatedTo("No Biolink predicate links a study to the drug it tested; the drug-level statement is BENEFICIAL_IN_MODELS_FOR."),
                RelationshipProperties(Str(PropertyNames.Role, "monotherapy or combination."))),
            new(RelationshipTypeNames.UsesModel, "The preclinical study used the cell line as its model.",
                [LabelNames.PreclinicalStudy], [LabelNames.CellLine],
                RelatedTo("has_participant needs a biological process or activity as subject and an occurrent as object; a study and a cell line are neither."),
                RelationshipProperties()),
            new(RelationshipTypeNames.DerivedFrom, "The cell line was derived from a tumour of the disease, and serves as a model of it.",
                [LabelNames.CellLine], [LabelNames.Indication],
                BiolinkMapping.Of("biolink:model_of", "biolink:CellLineAsAModelOfDiseaseAssociation"),
                RelationshipProperties()),
            new(RelationshipTypeNames.SubclassOf, "The disease is a kind of the broader disease.",
                [LabelNames.Indication], [LabelNames.Indication], BiolinkMapping.Of("biolink:subclass_of"), RelationshipProperties()),
            new(RelationshipTypeNames.HadAdverseEvent, "Patients of the arm had the adverse event, at the frequency and grade given.",
                [LabelNames.TrialArm], [LabelNames.AdverseEvent],
                BiolinkMapping.Of("biolink:has_phenotype", note: "The arm's patients had the event; has_adverse_event needs a drug or treatment as subject. Frequencies are edge properties."),
                RelationshipProperties(
                    OneOf(Str(PropertyNames.Attribution, "Which events were counted: those judged related to treatment, or all."), ["treatment-related", "all causes"]),
                    Int(PropertyNames.Patients, "How many patients had the event at any grade."),
                    Dbl(PropertyNames.Percent, "The share of patients who had the event at any grade, in %."),
                    Int(PropertyNames.Grade3OrWorsePatients, "How many patients had it at grade 3 or worse."),
                    Dbl(PropertyNames.Grade3OrWorsePercent, "The share with grade 3 or worse, in %."),
                    Int(PropertyNames.SeriousPatients, "How many patients had it as a serious adverse event."),
                    Int(PropertyNames.OfPatients, "How many patients were evaluated for safety in the arm (the denominator)."),
                    Bool(PropertyNames.DoseLimiting, "True where the event was a dose-limiting toxicity."),
                    Str(PropertyNames.Finding, "The result in words, where the source gives no figure (e.g. more frequent than with the comparator)."))),
        ];
    }
}
