// Removes, one batch at a time, this dataset's relationships that the current import did not write:
// they were deleted from the files. Relationships of other datasets are untouched.
// @param $dataset String
// @param $version String
// @param $batchSize Integer
MATCH (:Entity)-[r]->(:Entity)
WHERE r.dataset = $dataset AND r.datasetVersion <> $version
WITH r
LIMIT $batchSize
DELETE r
RETURN count(*) AS deleted
