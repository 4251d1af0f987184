// A clinical trial's neighbourhood, which the API shapes into /api/trials/{id} (TrialAssembler): the trial's
// outgoing relationships and those of its parts (TrialArm, Outcome), and every node they reach, as typed nodes and
// relationships. The anchor column is null when no node has the id; the lists are empty when it is not a trial.
// Generated from TrialQuestions (src/Apatorsen.Graph/Schema) by `dotnet run --project src/Apatorsen.Importer -- generate`;
// do not edit by hand.
// @param $id String
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  COLLECT { MATCH (anchor:ClinicalTrial) RETURN anchor }
    + COLLECT { MATCH (anchor:ClinicalTrial)-->(n:Entity) RETURN DISTINCT n }
    + COLLECT { MATCH (anchor:ClinicalTrial)-->(:TrialArm|Outcome)-->(n:Entity) RETURN DISTINCT n } AS nodes,
  COLLECT { MATCH (anchor:ClinicalTrial)-[r]->(:Entity) RETURN r }
    + COLLECT { MATCH (anchor:ClinicalTrial)-->(:TrialArm|Outcome)-[r]->(:Entity) RETURN DISTINCT r } AS relationships
