// One node, its properties, and how many relationships of each type leave (out) or reach (in) it, as
// [type, direction, count]. The anchor column is null when no node has the id.
// @param $id String
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  properties(anchor) AS properties,
  COLLECT {
    MATCH (anchor)-[r]-(:Entity)
    WITH type(r) AS type, CASE WHEN startNode(r) = anchor THEN 'out' ELSE 'in' END AS direction, count(r) AS count
    RETURN [type, direction, count]
  } AS counts
