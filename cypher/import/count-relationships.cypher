// Counts this dataset's relationships per type, to verify an import against the files. Generated from the schema
// (src/Apatorsen.Graph/Schema/ApatorsenSchema.cs) by `dotnet run --project src/Apatorsen.Importer -- generate`; do not
// edit by hand. One part per type, so that each is answered by its type's dataset index (schema.cypher) rather than a pass over
// every relationship in the graph.
// @param $dataset String
CALL () {
  MATCH ()-[r:TARGETS]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'TARGETS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:BINDS]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'BINDS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:TRANSCRIBED_TO]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'TRANSCRIBED_TO' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:TRANSLATES_TO]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'TRANSLATES_TO' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:INCREASES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'INCREASES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:DECREASES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'DECREASES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:PROMOTES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'PROMOTES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:INHIBITS]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'INHIBITS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:POTENTIATES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'POTENTIATES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:BENEFICIAL_IN_MODELS_FOR]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'BENEFICIAL_IN_MODELS_FOR' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:IN_CLINICAL_TRIALS_FOR]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'IN_CLINICAL_TRIALS_FOR' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ASSOCIATED_WITH]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'ASSOCIATED_WITH' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:TESTS]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'TESTS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:STUDIES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'STUDIES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HAS_ARM]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'HAS_ARM' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:ADMINISTERS]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'ADMINISTERS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HAS_OUTCOME]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'HAS_OUTCOME' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:OBSERVED_IN]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'OBSERVED_IN' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:COMPARED_WITH]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'COMPARED_WITH' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:MONITORS]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'MONITORS' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEASURES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'MEASURES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:EVALUATES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'EVALUATES' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:USES_MODEL]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'USES_MODEL' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:DERIVED_FROM]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'DERIVED_FROM' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUBCLASS_OF]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'SUBCLASS_OF' AS type, count(r) AS count
  UNION ALL
  MATCH ()-[r:HAD_ADVERSE_EVENT]->()
  WHERE r.dataset = $dataset AND r.datasetVersion IS NOT NULL
  RETURN 'HAD_ADVERSE_EVENT' AS type, count(r) AS count
}
WITH type, count
WHERE count > 0
RETURN type AS type, count AS count
