// Relationships per (start label, type, end label), for /api/meta.
MATCH (s:Entity)-[r]->(e:Entity)
UNWIND labels(s) AS startLabel
UNWIND labels(e) AS endLabel
WITH startLabel, type(r) AS type, endLabel
WHERE startLabel <> 'Entity' AND endLabel <> 'Entity'
RETURN startLabel AS startLabel, type AS type, endLabel AS endLabel, count(*) AS count
