// A publication (or a trial, whose registry record relationships may cite) and the relationships whose publications list it (a scan of all relationships: Neo4j cannot index
// membership in a list property), ordered by subject id, type and object id; the anchor (null when no node has the
// id), the publication's properties, the total and the requested page, paged here (counted, then only the page
// projected).
// @param $id String
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  properties(anchor) AS properties,
  COUNT {
    MATCH (:Entity)-[r]->(:Entity)
    WHERE (anchor:Publication OR anchor:ClinicalTrial) AND $id IN r.publications
  } AS total,
  COLLECT {
    MATCH (s:Entity)-[r]->(o:Entity)
    WHERE (anchor:Publication OR anchor:ClinicalTrial) AND $id IN r.publications
    WITH s, r, o
    ORDER BY s.id, type(r), o.id
    SKIP $offset LIMIT $limit
    RETURN {subject: {id: s.id, labels: labels(s), name: s.name}, type: type(r), properties: properties(r), object: {id: o.id, labels: labels(o), name: o.name}}
  } AS items
