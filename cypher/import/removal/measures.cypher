// Removes this dataset's MEASURES relationships of any version but $keep, in transactions of $batchSize rows: after
// an import, those the files no longer hold ($keep is the version just written); to remove the dataset, all of them
// ($keep is ''). Generated from the schema by `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit
// by hand. The two range seeks on the measures_dataset index (dataset, datasetVersion) find only the relationships to
// remove: a not-equals predicate could not use the index and would read every relationship of the type.
// @param $dataset String
// @param $keep String
// @param $batchSize Integer
CALL () {
  MATCH ()-[r:MEASURES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion < $keep
  RETURN r
  UNION ALL
  MATCH ()-[r:MEASURES]->()
  WHERE r.dataset = $dataset AND r.datasetVersion > $keep
  RETURN r
}
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS deleted
