// The clinical trials that test a drug, with their indications and the sources of the TESTS relationships.
// @param $id String
MATCH (t:ClinicalTrial)-[r:TESTS]->(:Drug {id: $id})
WITH t, collect(r.sources) AS sourceLists
RETURN t.id AS id, t.nctId AS nctId, t.name AS name, t.acronym AS acronym, t.phase AS phase, t.enrollment AS enrollment,
       coalesce(t.design, []) AS design,
       COLLECT { MATCH (t)-[:STUDIES]->(i:Indication) RETURN {id: i.id, labels: labels(i), name: i.name} } AS indications,
       reduce(acc = [], s IN sourceLists | acc + s) AS sources
LIMIT 500
