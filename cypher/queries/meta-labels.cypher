// Nodes per label, for /api/meta.
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label AS label, count(*) AS count
