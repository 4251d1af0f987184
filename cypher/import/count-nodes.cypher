// Counts this dataset's nodes per label, to verify an import against the files.
// @param $dataset String
MATCH (n:Entity)
WHERE n.dataset = $dataset
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label AS label, count(*) AS count
