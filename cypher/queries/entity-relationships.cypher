// The relationships of one node, filtered by type, direction and the other node's label, ordered by type,
// direction and the other node's id; one row with the total and the requested page.
// @param $id String
// @param $type String        a relationship type, or null for any
// @param $direction String   out, in or both
// @param $label String       the other node's label, or null for any
// @param $offset Integer
// @param $limit Integer
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WHERE ($type IS NULL OR type(r) = $type) AND ($label IS NULL OR $label IN labels(m))
WITH n, r, m, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
WHERE r IS NULL OR $direction = 'both' OR direction = $direction
WITH r, m, direction
ORDER BY type(r), direction, m.id
WITH collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), direction: direction, properties: properties(r), node: {id: m.id, labels: labels(m), name: m.name}} END) AS items
RETURN size(items) AS total, items[$offset..($offset + $limit)] AS items
