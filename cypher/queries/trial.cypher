// A clinical trial with everything /api/trials/{id} shows: indications, drugs, arms with what they administer,
// outcomes with their arm and comparisons, monitored biomarkers, each with the sources of its relationship.
// @param $id String
MATCH (t:ClinicalTrial {id: $id})
RETURN properties(t) AS trial,
  COLLECT { MATCH (t)-[r:STUDIES]->(i:Indication) RETURN {node: {id: i.id, labels: labels(i), name: i.name}, sources: r.sources} } AS indications,
  COLLECT { MATCH (t)-[r:TESTS]->(d:Drug) RETURN {node: {id: d.id, labels: labels(d), name: d.name}, properties: properties(r)} } AS drugs,
  COLLECT { MATCH (t)-[r:MONITORS]->(b:Biomarker) RETURN {node: {id: b.id, labels: labels(b), name: b.name}, sources: r.sources} } AS biomarkers,
  COLLECT {
    MATCH (t)-[r:HAS_ARM]->(a:TrialArm)
    RETURN {
      arm: properties(a),
      sources: r.sources,
      interventions: COLLECT { MATCH (a)-[x:ADMINISTERS]->(d:Drug) RETURN {drug: {id: d.id, labels: labels(d), name: d.name}, properties: properties(x)} }
    }
  } AS arms,
  COLLECT {
    MATCH (t)-[r:HAS_OUTCOME]->(o:Outcome)
    RETURN {
      outcome: properties(o),
      sources: r.sources,
      observedIn: COLLECT { MATCH (o)-[y:OBSERVED_IN]->(a:TrialArm) RETURN {id: a.id, sources: y.sources} },
      comparedWith: COLLECT { MATCH (o)-[c:COMPARED_WITH]-(other:Outcome) RETURN {id: other.id, sources: c.sources, outgoing: startNode(c) = o} }
    }
  } AS outcomes
LIMIT 1
