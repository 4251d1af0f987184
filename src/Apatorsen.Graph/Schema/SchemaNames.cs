namespace Apatorsen.Graph.Schema;

// The names the schema defines, as constants, so that code naming a label, type or property breaks the build when
// the schema renames it. SchemaNamesTests checks that these and the schema agree both ways. Properties that are
// Biolink slots (provenance, qualifiers, statistics) carry the slot's own name; the project's own are camelCase.

/// <summary>The node labels of the schema.</summary>
public static class LabelNames
{
    public const string Drug = "Drug";
    public const string Gene = "Gene";
    public const string Transcript = "Transcript";
    public const string Protein = "Protein";
    public const string BiologicalProcess = "BiologicalProcess";
    public const string Indication = "Indication";
    public const string ClinicalTrial = "ClinicalTrial";
    public const string TrialArm = "TrialArm";
    public const string Outcome = "Outcome";
    public const string Biomarker = "Biomarker";
    public const string PreclinicalStudy = "PreclinicalStudy";
    public const string CellLine = "CellLine";
    public const string Publication = "Publication";
    public const string AdverseEvent = "AdverseEvent";
}

/// <summary>The relationship types of the schema.</summary>
public static class RelationshipTypeNames
{
    public const string Targets = "TARGETS";
    public const string Binds = "BINDS";
    public const string TranscribedTo = "TRANSCRIBED_TO";
    public const string TranslatesTo = "TRANSLATES_TO";
    public const string Increases = "INCREASES";
    public const string Decreases = "DECREASES";
    public const string Promotes = "PROMOTES";
    public const string Inhibits = "INHIBITS";
    public const string Potentiates = "POTENTIATES";
    public const string BeneficialInModelsFor = "BENEFICIAL_IN_MODELS_FOR";
    public const string InClinicalTrialsFor = "IN_CLINICAL_TRIALS_FOR";
    public const string AssociatedWith = "ASSOCIATED_WITH";
    public const string Tests = "TESTS";
    public const string Studies = "STUDIES";
    public const string HasArm = "HAS_ARM";
    public const string Administers = "ADMINISTERS";
    public const string HasOutcome = "HAS_OUTCOME";
    public const string ObservedIn = "OBSERVED_IN";
    public const string ComparedWith = "COMPARED_WITH";
    public const string Monitors = "MONITORS";
    public const string Measures = "MEASURES";
    public const string Evaluates = "EVALUATES";
    public const string UsesModel = "USES_MODEL";
    public const string DerivedFrom = "DERIVED_FROM";
    public const string SubclassOf = "SUBCLASS_OF";
    public const string HadAdverseEvent = "HAD_ADVERSE_EVENT";
}

/// <summary>The property keys of the schema's labels and relationship types.</summary>
public static class PropertyNames
{
    public const string Acronym = "acronym";
    public const string AgentType = "agent_type";
    public const string AggregatorKnowledgeSource = "aggregator_knowledge_source";
    public const string AlphaLevel = "alphaLevel";
    public const string ArmType = "armType";
    public const string Associations = "associations";
    public const string Attribution = "attribution";
    public const string Chemistry = "chemistry";
    public const string CiLevel = "ciLevel";
    public const string CiLower = "ciLower";
    public const string CiUpper = "ciUpper";
    public const string Collaborators = "collaborators";
    public const string CompletionDate = "completionDate";
    public const string CompletionDateType = "completionDateType";
    public const string Consequence = "consequence";
    public const string Context = "context";
    public const string CycleLengthDays = "cycleLengthDays";
    public const string DataQualityNote = "dataQualityNote";
    public const string Description = "description";
    public const string Design = "design";
    public const string DevelopmentStatus = "developmentStatus";
    public const string DevelopmentStatusDate = "developmentStatusDate";
    public const string DevelopmentStatusSource = "developmentStatusSource";
    public const string Doi = "doi";
    public const string Dose = "dose";
    public const string DoseLevels = "doseLevels";
    public const string DoseLimiting = "doseLimiting";
    public const string DoseMax = "doseMax";
    public const string DoseMin = "doseMin";
    public const string DoseUnit = "doseUnit";
    public const string DrugType = "drugType";
    public const string EffectSize = "effect_size";
    public const string EffectType = "effect_type";
    public const string Enrollment = "enrollment";
    public const string EnrollmentApproximate = "enrollmentApproximate";
    public const string Finding = "finding";
    public const string FormerIds = "formerIds";
    public const string Frequency = "frequency";
    public const string Grade3OrWorsePatients = "grade3OrWorsePatients";
    public const string Grade3OrWorsePercent = "grade3OrWorsePercent";
    public const string Id = "id";
    public const string Journal = "journal";
    public const string KnowledgeLevel = "knowledge_level";
    public const string LeadSponsor = "leadSponsor";
    public const string LoadingDose = "loadingDose";
    public const string LoadingDoseCount = "loadingDoseCount";
    public const string Measure = "measure";
    public const string Mechanism = "mechanism";
    public const string MoleculeType = "moleculeType";
    public const string Name = "name";
    public const string NctId = "nctId";
    public const string ObjectAspectQualifier = "object_aspect_qualifier";
    public const string Objectives = "objectives";
    public const string OfficialTitle = "officialTitle";
    public const string OfPatients = "ofPatients";
    public const string Origin = "origin";
    public const string OverallStatus = "overallStatus";
    public const string Participants = "participants";
    public const string Patients = "patients";
    public const string Percent = "percent";
    public const string Phase = "phase";
    public const string Pmcid = "pmcid";
    public const string Pmid = "pmid";
    public const string Population = "population";
    public const string PrimaryCompletionDate = "primaryCompletionDate";
    public const string PrimaryEndpoint = "primaryEndpoint";
    public const string PrimaryEndpointMet = "primaryEndpointMet";
    public const string PrimaryKnowledgeSource = "primary_knowledge_source";
    public const string Publications = "publications";
    public const string PublicationType = "publicationType";
    public const string PValue = "p_value";
    public const string PValueSidedness = "pValueSidedness";
    public const string Randomised = "randomised";
    public const string RegisteredEnrollment = "registeredEnrollment";
    public const string RegisteredEnrollmentType = "registeredEnrollmentType";
    public const string Role = "role";
    public const string Route = "route";
    public const string Schedule = "schedule";
    public const string SeedReference = "seedReference";
    public const string SeriousPatients = "seriousPatients";
    public const string Significance = "significance";
    public const string Species = "species";
    public const string Specimen = "specimen";
    public const string StartDate = "startDate";
    public const string StudyType = "studyType";
    public const string Symbol = "symbol";
    public const string Synonyms = "synonyms";
    public const string Taxon = "taxon";
    public const string Threshold = "threshold";
    public const string ThresholdUnit = "thresholdUnit";
    public const string Tissue = "tissue";
    public const string Title = "title";
    public const string TreatmentDays = "treatmentDays";
    public const string Unit = "unit";
    public const string Url = "url";
    public const string Value = "value";
    public const string ValueComparator = "valueComparator";
    public const string WhyStopped = "whyStopped";
    public const string Xrefs = "xrefs";
    public const string Year = "year";
}

/// <summary>
/// The names the importer adds to the schema's: the label every node carries, the properties that say which datasets
/// hold a node or relationship, and the <c>(:Dataset)</c> record of each import.
/// </summary>
public static class ImportNames
{
    /// <summary>The label every imported node carries besides its own, so any id can be looked up through one index.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The property naming the one dataset an imported relationship belongs to.</summary>
    public const string DatasetProperty = "dataset";

    /// <summary>The property holding the version (content hash) of the dataset that last wrote the relationship.</summary>
    public const string DatasetVersionProperty = "datasetVersion";

    /// <summary>The property listing the names of the datasets that hold a node; a node may belong to several.</summary>
    public const string DatasetsProperty = "datasets";

    /// <summary>The property listing, per dataset holding a node, <c>name@version</c> of the version that last wrote it.</summary>
    public const string DatasetVersionsProperty = "datasetVersions";

    /// <summary>
    /// The importer's bookkeeping label: one <c>(:Dataset {name, version, nodes, relationships, importedAt})</c> node per
    /// imported dataset. Not an <see cref="EntityLabel"/>, not part of the Biolink mapping; the schema names it so that
    /// the Cypher lint knows it.
    /// </summary>
    public const string DatasetLabel = "Dataset";

    /// <summary>The properties of a <see cref="DatasetLabel"/> node besides its name.</summary>
    public static IReadOnlyList<string> DatasetNodeProperties { get; } = ["version", "nodes", "relationships", "importedAt"];
}
