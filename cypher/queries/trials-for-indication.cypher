// The clinical trials that study an indication or a narrower one (SUBCLASS_OF, at most 6 levels), by phase then id,
// with their indications and the publications of the STUDIES relationships, each as [trial, indications, publications]; the
// anchor (null when no node has the id), the total and the requested page, paged here (the trials counted, then only
// the page's indications and publications read). Generated from TrialQuestions (src/Apatorsen.Graph/Schema) by
// `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand.
// @param $id String
// @param $status String    a ClinicalTrials.gov overall status, or null for any
// @param $phase Integer     a phase, or null for any
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  COUNT {
    MATCH (anchor:Indication)<-[:SUBCLASS_OF*0..6]-(:Indication)<-[:STUDIES]-(t:ClinicalTrial)
    WHERE ($status IS NULL OR t.overallStatus = $status) AND ($phase IS NULL OR t.phase = $phase)
    RETURN DISTINCT t
  } AS total,
  COLLECT {
    MATCH (anchor:Indication)<-[:SUBCLASS_OF*0..6]-(:Indication)<-[r:STUDIES]-(t:ClinicalTrial)
    WHERE ($status IS NULL OR t.overallStatus = $status) AND ($phase IS NULL OR t.phase = $phase)
    WITH t, collect(DISTINCT r) AS links
    ORDER BY coalesce(t.phase, 9223372036854775807), t.id
    SKIP $offset LIMIT $limit
    RETURN [t, COLLECT { MATCH (t)-[:STUDIES]->(i:Indication) RETURN {id: i.id, labels: labels(i), name: i.name} }, reduce(acc = [], link IN links | acc + coalesce(link.publications, []))]
  } AS items
