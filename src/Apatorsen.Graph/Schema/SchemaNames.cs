namespace Apatorsen.Graph.Schema;

// The names the schema defines, as constants, so that code naming a label, type or property breaks the build when
// the schema renames it. SchemaNamesTests checks that these and the schema agree both ways.

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
    public const string Potentiates = "POTENTIATES";
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
}

/// <summary>The property keys of the schema's labels and relationship types.</summary>
public static class PropertyNames
{
    public const string Acronym = "acronym";
    public const string ArmType = "armType";
    public const string Aspect = "aspect";
    public const string Associations = "associations";
    public const string Chemistry = "chemistry";
    public const string Consequence = "consequence";
    public const string Context = "context";
    public const string CycleLengthDays = "cycleLengthDays";
    public const string DataQualityNote = "dataQualityNote";
    public const string Description = "description";
    public const string Design = "design";
    public const string Dose = "dose";
    public const string DoseLevels = "doseLevels";
    public const string DoseMax = "doseMax";
    public const string DoseMin = "doseMin";
    public const string DoseUnit = "doseUnit";
    public const string DrugType = "drugType";
    public const string Enrollment = "enrollment";
    public const string EnrollmentApproximate = "enrollmentApproximate";
    public const string Finding = "finding";
    public const string Frequency = "frequency";
    public const string Id = "id";
    public const string LoadingDose = "loadingDose";
    public const string LoadingDoseCount = "loadingDoseCount";
    public const string Measure = "measure";
    public const string Mechanism = "mechanism";
    public const string MoleculeType = "moleculeType";
    public const string Name = "name";
    public const string NctId = "nctId";
    public const string Objectives = "objectives";
    public const string Origin = "origin";
    public const string Phase = "phase";
    public const string Pmcid = "pmcid";
    public const string Pmid = "pmid";
    public const string Population = "population";
    public const string PrimaryEndpoint = "primaryEndpoint";
    public const string PublicationType = "publicationType";
    public const string Role = "role";
    public const string Route = "route";
    public const string Schedule = "schedule";
    public const string SeedReference = "seedReference";
    public const string Significance = "significance";
    public const string Sources = "sources";
    public const string Species = "species";
    public const string Specimen = "specimen";
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
    public const string Value = "value";
    public const string ValueComparator = "valueComparator";
    public const string Xrefs = "xrefs";
    public const string Year = "year";
}
