// One node, its properties, and how many relationships of each type leave (out) or reach (in) it.
// @param $id String
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH n, type(r) AS type, CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(r) AS count
WITH n, collect(CASE WHEN type IS NULL THEN null ELSE {type: type, direction: direction, count: count} END) AS counts
RETURN n.id AS id, labels(n) AS labels, n.name AS name, properties(n) AS properties, counts AS counts
LIMIT 1
