// One-hop question anchored on the object's id: $subject -[$type]-> $object with open ends, ordered by subject id,
// type and object id; one row with the total and the requested page.
// @param $subject String
// @param $object String
// @param $type String
// @param $subjectLabel String
// @param $objectLabel String
// @param $offset Integer
// @param $limit Integer
MATCH (s:Entity)-[r]->(o:Entity {id: $object})
WHERE ($type IS NULL OR type(r) = $type) AND ($subject IS NULL OR s.id = $subject)
  AND ($subjectLabel IS NULL OR $subjectLabel IN labels(s)) AND ($objectLabel IS NULL OR $objectLabel IN labels(o))
WITH s, r, o
ORDER BY s.id, type(r), o.id
WITH collect({subject: {id: s.id, labels: labels(s), name: s.name}, type: type(r), properties: properties(r), node: {id: o.id, labels: labels(o), name: o.name}}) AS items
RETURN size(items) AS total, items[$offset..($offset + $limit)] AS items
