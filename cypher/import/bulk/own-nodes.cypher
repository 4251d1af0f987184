// Finishes a bulk load (neo4j-admin database import full): gives every node the files wrote the :Entity label and
// this dataset's ownership, in transactions of $batchSize rows. neo4j-admin writes only the files' labels and
// properties. Nodes already owned are skipped, so an interrupted finish can be run again.
// @param $dataset String
// @param $version String
// @param $batchSize Integer
MATCH (n)
WHERE n.id IS NOT NULL AND n.datasetVersions IS NULL AND NOT n:Dataset
CALL (n) {
  SET n:Entity, n.datasets = [$dataset], n.datasetVersions = [$dataset + '@' + $version]
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS owned
