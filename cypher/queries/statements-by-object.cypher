// One-hop question anchored on the object's id (the subject left open): ? -[$type]-> $object, ordered by subject
// id, type and object id; the object anchor (null when the id is unknown), the total and the requested page, paged
// here (counted, then only the page projected).
// @param $object String
// @param $type String
// @param $subjectLabel String
// @param $objectLabel String
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (o:Entity {id: $object})
RETURN null AS subject,
  CASE WHEN o IS NULL THEN null ELSE {id: o.id, labels: labels(o), name: o.name} END AS object,
  COUNT {
    MATCH (s:Entity)-[r]->(o)
    WHERE ($type IS NULL OR type(r) = $type)
      AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
  } AS total,
  COLLECT {
    MATCH (s:Entity)-[r]->(o)
    WHERE ($type IS NULL OR type(r) = $type)
      AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
    WITH s, r
    ORDER BY s.id, type(r)
    SKIP $offset LIMIT $limit
    RETURN {subject: {id: s.id, labels: labels(s), name: s.name}, type: type(r), properties: properties(r), object: {id: o.id, labels: labels(o), name: o.name}}
  } AS items
