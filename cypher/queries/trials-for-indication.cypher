// The clinical trials that study an indication or a narrower one (SUBCLASS_OF, at most 6 levels), with their
// indications and the sources of the STUDIES relationships.
// @param $id String
MATCH (:Indication {id: $id})<-[:SUBCLASS_OF*0..6]-(i:Indication)<-[r:STUDIES]-(t:ClinicalTrial)
WITH t, collect(DISTINCT r) AS links
RETURN t.id AS id, t.nctId AS nctId, t.name AS name, t.acronym AS acronym, t.phase AS phase, t.enrollment AS enrollment,
       coalesce(t.design, []) AS design,
       COLLECT { MATCH (t)-[:STUDIES]->(i:Indication) RETURN {id: i.id, labels: labels(i), name: i.name} } AS indications,
       reduce(acc = [], link IN links | acc + link.sources) AS sources
LIMIT 500
