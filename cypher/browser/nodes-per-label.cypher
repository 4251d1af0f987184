// Title: How many nodes of each label the graph holds
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label AS label, count(*) AS nodes
ORDER BY nodes DESC, label
LIMIT 25
