// Finishes a bulk load: gives every relationship the files wrote this dataset's name and version, in transactions of
// $batchSize rows. Relationships already owned are skipped, so an interrupted finish can be run again.
// @param $dataset String
// @param $version String
// @param $batchSize Integer
MATCH ()-[r]->()
WHERE r.datasetVersion IS NULL
CALL (r) {
  SET r.dataset = $dataset, r.datasetVersion = $version
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS owned
