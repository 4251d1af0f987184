// The clinical trials that test a drug, by phase then id, with their indications and the publications of the TESTS
// relationships, each as [trial, indications, publications]; the anchor (null when no node has the id), the total and
// the requested page.
// @param $id String
// @param $status String    a ClinicalTrials.gov overall status, or null for any
// @param $phase Integer     a phase, or null for any
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (anchor:Entity {id: $id})
WITH anchor, COLLECT {
  MATCH (t:ClinicalTrial)-[r:TESTS]->(anchor:Drug)
  WHERE ($status IS NULL OR t.overallStatus = $status) AND ($phase IS NULL OR t.phase = $phase)
  WITH t, collect(r.publications) AS publicationLists
  ORDER BY coalesce(t.phase, 9223372036854775807), t.id
  RETURN [t, COLLECT { MATCH (t)-[:STUDIES]->(i:Indication) RETURN {id: i.id, labels: labels(i), name: i.name} }, reduce(acc = [], p IN publicationLists | acc + coalesce(p, []))]
} AS items
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  size(items) AS total, items[$offset..($offset + $limit)] AS items
