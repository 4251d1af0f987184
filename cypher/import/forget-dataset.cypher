// Removes a dataset's bookkeeping node, once its relationships and nodes are gone.
// @param $dataset String
MATCH (d:Dataset {name: $dataset})
DELETE d
RETURN count(*) AS forgotten
