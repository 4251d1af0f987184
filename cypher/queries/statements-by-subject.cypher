// One-hop question anchored on the subject's id: $subject -[$type]-> $object with open ends, ordered by subject id,
// type and object id; the two anchors (null when the id is unknown or not given), the total and the requested page,
// paged here (counted, then only the page projected).
// @param $subject String
// @param $object String      an object id, or null for any
// @param $type String
// @param $subjectLabel String
// @param $objectLabel String
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (s:Entity {id: $subject})
OPTIONAL MATCH (known:Entity {id: $object})
RETURN CASE WHEN s IS NULL THEN null ELSE {id: s.id, labels: labels(s), name: s.name} END AS subject,
  CASE WHEN known IS NULL THEN null ELSE {id: known.id, labels: labels(known), name: known.name} END AS object,
  COUNT {
    MATCH (s)-[r]->(o:Entity)
    WHERE ($type IS NULL OR type(r) = $type) AND ($object IS NULL OR o = known)
      AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
  } AS total,
  COLLECT {
    MATCH (s)-[r]->(o:Entity)
    WHERE ($type IS NULL OR type(r) = $type) AND ($object IS NULL OR o = known)
      AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
    WITH r, o
    ORDER BY type(r), o.id
    SKIP $offset LIMIT $limit
    RETURN {subject: {id: s.id, labels: labels(s), name: s.name}, type: type(r), properties: properties(r), object: {id: o.id, labels: labels(o), name: o.name}}
  } AS items
