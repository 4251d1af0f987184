// A drug's mechanism chains (see MechanismRules in the API): directed paths of at most 4 steps from the drug,
// TARGETS or BINDS or an effect first and TRANSLATES_TO, INCREASES or DECREASES after, through transcripts and
// proteins only, without repeated nodes, ending where no further step leads on.
// @param $id String
MATCH p = (:Drug {id: $id})-[:TARGETS|BINDS|TRANSLATES_TO|INCREASES|DECREASES*1..4]->(last:Entity)
WHERE all(r IN tail(relationships(p)) WHERE type(r) IN ['TRANSLATES_TO', 'INCREASES', 'DECREASES'])
  AND all(x IN nodes(p)[1..-1] WHERE x:Transcript OR x:Protein)
  AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
  AND (NOT (last:Transcript OR last:Protein) OR NOT EXISTS { (last)-[:TRANSLATES_TO|INCREASES|DECREASES]->() })
RETURN [r IN relationships(p) | {
  type: type(r),
  properties: properties(r),
  from: {id: startNode(r).id, labels: labels(startNode(r)), name: startNode(r).name},
  to: {id: endNode(r).id, labels: labels(endNode(r)), name: endNode(r).name}
}] AS steps
LIMIT 500
