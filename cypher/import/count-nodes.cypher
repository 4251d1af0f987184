// Counts this dataset's nodes per label, to verify an import against the files. A node several datasets hold counts
// for each of them.
// @param $dataset String
MATCH (n:Entity)
WHERE $dataset IN n.datasets
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label AS label, count(*) AS count
