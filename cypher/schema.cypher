// Constraints and indexes of the apatorsen graph. Generated from the schema
// (src/Apatorsen.Graph/Schema/ApatorsenSchema.cs) by `dotnet run --project src/Apatorsen.Importer -- generate`;
// do not edit by hand. Every statement is idempotent (IF NOT EXISTS).

// Every node carries :Entity, so any id resolves through one unique index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// The importer's bookkeeping: one (:Dataset) node per imported dataset.
CREATE CONSTRAINT dataset_name IF NOT EXISTS FOR (d:Dataset) REQUIRE d.name IS UNIQUE;

// One unique id per label.
CREATE CONSTRAINT drug_id IF NOT EXISTS FOR (n:Drug) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT gene_id IF NOT EXISTS FOR (n:Gene) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT transcript_id IF NOT EXISTS FOR (n:Transcript) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT protein_id IF NOT EXISTS FOR (n:Protein) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT biological_process_id IF NOT EXISTS FOR (n:BiologicalProcess) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indication_id IF NOT EXISTS FOR (n:Indication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT clinical_trial_id IF NOT EXISTS FOR (n:ClinicalTrial) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trial_arm_id IF NOT EXISTS FOR (n:TrialArm) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT biomarker_id IF NOT EXISTS FOR (n:Biomarker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT preclinical_study_id IF NOT EXISTS FOR (n:PreclinicalStudy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cell_line_id IF NOT EXISTS FOR (n:CellLine) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT adverse_event_id IF NOT EXISTS FOR (n:AdverseEvent) REQUIRE n.id IS UNIQUE;

// Lookup indexes on the properties queries anchor on.
CREATE INDEX drug_name IF NOT EXISTS FOR (n:Drug) ON (n.name);
CREATE INDEX gene_name IF NOT EXISTS FOR (n:Gene) ON (n.name);
CREATE INDEX gene_symbol IF NOT EXISTS FOR (n:Gene) ON (n.symbol);
CREATE INDEX transcript_name IF NOT EXISTS FOR (n:Transcript) ON (n.name);
CREATE INDEX protein_name IF NOT EXISTS FOR (n:Protein) ON (n.name);
CREATE INDEX biological_process_name IF NOT EXISTS FOR (n:BiologicalProcess) ON (n.name);
CREATE INDEX indication_name IF NOT EXISTS FOR (n:Indication) ON (n.name);
CREATE INDEX clinical_trial_name IF NOT EXISTS FOR (n:ClinicalTrial) ON (n.name);
CREATE INDEX clinical_trial_nct_id IF NOT EXISTS FOR (n:ClinicalTrial) ON (n.nctId);
CREATE INDEX trial_arm_name IF NOT EXISTS FOR (n:TrialArm) ON (n.name);
CREATE INDEX outcome_name IF NOT EXISTS FOR (n:Outcome) ON (n.name);
CREATE INDEX biomarker_name IF NOT EXISTS FOR (n:Biomarker) ON (n.name);
CREATE INDEX preclinical_study_name IF NOT EXISTS FOR (n:PreclinicalStudy) ON (n.name);
CREATE INDEX cell_line_name IF NOT EXISTS FOR (n:CellLine) ON (n.name);
CREATE INDEX publication_name IF NOT EXISTS FOR (n:Publication) ON (n.name);
CREATE INDEX adverse_event_name IF NOT EXISTS FOR (n:AdverseEvent) ON (n.name);

// Per relationship type, the importer's way to the relationships of one dataset and version (removal, count check).
CREATE INDEX targets_dataset IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX binds_dataset IF NOT EXISTS FOR ()-[r:BINDS]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX transcribed_to_dataset IF NOT EXISTS FOR ()-[r:TRANSCRIBED_TO]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX translates_to_dataset IF NOT EXISTS FOR ()-[r:TRANSLATES_TO]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX increases_dataset IF NOT EXISTS FOR ()-[r:INCREASES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX decreases_dataset IF NOT EXISTS FOR ()-[r:DECREASES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX promotes_dataset IF NOT EXISTS FOR ()-[r:PROMOTES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX inhibits_dataset IF NOT EXISTS FOR ()-[r:INHIBITS]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX potentiates_dataset IF NOT EXISTS FOR ()-[r:POTENTIATES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX beneficial_in_models_for_dataset IF NOT EXISTS FOR ()-[r:BENEFICIAL_IN_MODELS_FOR]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX in_clinical_trials_for_dataset IF NOT EXISTS FOR ()-[r:IN_CLINICAL_TRIALS_FOR]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX associated_with_dataset IF NOT EXISTS FOR ()-[r:ASSOCIATED_WITH]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX tests_dataset IF NOT EXISTS FOR ()-[r:TESTS]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX studies_dataset IF NOT EXISTS FOR ()-[r:STUDIES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX has_arm_dataset IF NOT EXISTS FOR ()-[r:HAS_ARM]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX administers_dataset IF NOT EXISTS FOR ()-[r:ADMINISTERS]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX has_outcome_dataset IF NOT EXISTS FOR ()-[r:HAS_OUTCOME]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX observed_in_dataset IF NOT EXISTS FOR ()-[r:OBSERVED_IN]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX compared_with_dataset IF NOT EXISTS FOR ()-[r:COMPARED_WITH]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX monitors_dataset IF NOT EXISTS FOR ()-[r:MONITORS]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX measures_dataset IF NOT EXISTS FOR ()-[r:MEASURES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX evaluates_dataset IF NOT EXISTS FOR ()-[r:EVALUATES]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX uses_model_dataset IF NOT EXISTS FOR ()-[r:USES_MODEL]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX derived_from_dataset IF NOT EXISTS FOR ()-[r:DERIVED_FROM]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX subclass_of_dataset IF NOT EXISTS FOR ()-[r:SUBCLASS_OF]-() ON (r.dataset, r.datasetVersion);
CREATE INDEX had_adverse_event_dataset IF NOT EXISTS FOR ()-[r:HAD_ADVERSE_EVENT]-() ON (r.dataset, r.datasetVersion);

// Search over names, synonyms and ids of every label (the API's /api/search on Neo4j).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Drug|Gene|Transcript|Protein|BiologicalProcess|Indication|ClinicalTrial|TrialArm|Outcome|Biomarker|PreclinicalStudy|CellLine|Publication|AdverseEvent) ON EACH [n.name, n.synonyms, n.id, n.formerIds];
