// One-hop question with only the type given: every relationship of $type (a scan of that type), with open or
// label-filtered ends, ordered by subject id, type and object id; the total and the requested page, paged here
// (counted, then only the page projected). No anchors.
// @param $type String
// @param $subjectLabel String
// @param $objectLabel String
// @param $offset Integer
// @param $limit Integer
RETURN null AS subject, null AS object,
  COUNT {
    MATCH (s:Entity)-[r]->(o:Entity)
    WHERE type(r) = $type
      AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
  } AS total,
  COLLECT {
    MATCH (s:Entity)-[r]->(o:Entity)
    WHERE type(r) = $type
      AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
    WITH s, r, o
    ORDER BY s.id, type(r), o.id
    SKIP $offset LIMIT $limit
    RETURN {subject: {id: s.id, labels: labels(s), name: s.name}, type: type(r), properties: properties(r), object: {id: o.id, labels: labels(o), name: o.name}}
  } AS items
