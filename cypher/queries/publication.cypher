// A publication and the relationships whose sources list it (a scan of all relationships: Neo4j cannot index
// membership in a list property), ordered by subject id, type and object id; the total and the requested page.
// @param $id String
// @param $offset Integer
// @param $limit Integer
MATCH (p:Publication {id: $id})
WITH p, COLLECT {
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE $id IN r.sources
  WITH s, r, o
  ORDER BY s.id, type(r), o.id
  RETURN {subject: {id: s.id, labels: labels(s), name: s.name}, type: type(r), properties: properties(r), node: {id: o.id, labels: labels(o), name: o.name}}
} AS items
RETURN p.id AS id, labels(p) AS labels, p.name AS name, properties(p) AS properties, size(items) AS total, items[$offset..($offset + $limit)] AS items
LIMIT 1
