// Removes, one batch at a time, this dataset's nodes that the current import did not write, with
// their remaining relationships: they were deleted from the files. Other datasets are untouched.
// @param $dataset String
// @param $version String
// @param $batchSize Integer
MATCH (n:Entity)
WHERE n.dataset = $dataset AND n.datasetVersion <> $version
WITH n
LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted
