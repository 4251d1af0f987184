// The adverse events reported in the arms that give a drug, with their trial and arm, ordered by event name, event
// id, trial id and arm id; each item as [trial, arm, event, the report's properties]. The anchor column is null
// when no node has the id; the items are empty when it is not a Drug. Paged here: counted, then only the page
// projected.
// @param $id String
// @param $offset Integer
// @param $limit Integer
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  COUNT {
    MATCH (t:ClinicalTrial)-[:HAS_ARM]->(arm:TrialArm)-[:ADMINISTERS]->(anchor:Drug)
    MATCH (arm)-[r:HAD_ADVERSE_EVENT]->(event:AdverseEvent)
    RETURN DISTINCT t, arm, r, event
  } AS total,
  COLLECT {
    MATCH (t:ClinicalTrial)-[:HAS_ARM]->(arm:TrialArm)-[:ADMINISTERS]->(anchor:Drug)
    MATCH (arm)-[r:HAD_ADVERSE_EVENT]->(event:AdverseEvent)
    WITH DISTINCT t, arm, r, event
    ORDER BY event.name, event.id, t.id, arm.id
    SKIP $offset LIMIT $limit
    RETURN [
      {id: t.id, labels: labels(t), name: t.name},
      {id: arm.id, labels: labels(arm), name: arm.name},
      {id: event.id, labels: labels(event), name: event.name},
      properties(r)
    ]
  } AS items
