// Counts this dataset's relationships per type, to verify an import against the files.
// @param $dataset String
MATCH (:Entity)-[r]->(:Entity)
WHERE r.dataset = $dataset
RETURN type(r) AS type, count(*) AS count
