// The relationships of one node, filtered by type, direction and the other node's label, ordered by type,
// direction and the other node's id; the anchor (null when no node has the id), the total and the requested page,
// paged here (counted, then only the page projected) rather than collected whole.
// Each item is a statement (subject, type, properties, object); the API reads the direction off its subject.
// @param $id String
// @param $type String        a relationship type, or null for any
// @param $direction String   out, in or both
// @param $label String       the other node's label, or null for any
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  COUNT {
    MATCH (anchor)-[r]-(m:Entity)
    WHERE ($type IS NULL OR type(r) = $type) AND ($label IS NULL OR $label IN labels(m))
      AND ($direction = 'both' OR (startNode(r) = anchor) = ($direction = 'out'))
  } AS total,
  COLLECT {
    MATCH (anchor)-[r]-(m:Entity)
    WHERE ($type IS NULL OR type(r) = $type) AND ($label IS NULL OR $label IN labels(m))
    WITH r, m, CASE WHEN startNode(r) = anchor THEN 'out' ELSE 'in' END AS direction
    WHERE $direction = 'both' OR direction = $direction
    WITH r, m, direction
    ORDER BY type(r), direction, m.id
    SKIP $offset LIMIT $limit
    WITH r, startNode(r) AS s, endNode(r) AS o
    RETURN {
      subject: {id: s.id, labels: labels(s), name: s.name},
      type: type(r),
      properties: properties(r),
      object: {id: o.id, labels: labels(o), name: o.name}
    }
  } AS items
