// A drug's mechanism chains: directed paths of at most 4 steps from the drug over TARGETS|BINDS|TRANSLATES_TO|INCREASES|DECREASES|PROMOTES|INHIBITS, with only
// TRANSLATES_TO|PROMOTES|INHIBITS after the first step, through Transcript and Protein nodes only, without repeated nodes, ending where
// no further step leads on. Generated from MechanismChains and the schema (src/Apatorsen.Graph/Schema) by
// `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand. The anchor column is null when no
// node has the id; the chains are empty when it is not a Drug.
// @param $id String
OPTIONAL MATCH (anchor:Entity {id: $id})
RETURN CASE WHEN anchor IS NULL THEN null ELSE {id: anchor.id, labels: labels(anchor), name: anchor.name} END AS anchor,
  COLLECT {
    MATCH p = (anchor:Drug)-[:TARGETS|BINDS|TRANSLATES_TO|INCREASES|DECREASES|PROMOTES|INHIBITS*1..4]->(last:Entity)
    WHERE all(r IN tail(relationships(p)) WHERE type(r) IN ['TRANSLATES_TO', 'PROMOTES', 'INHIBITS'])
      AND all(x IN nodes(p)[1..-1] WHERE x:Transcript OR x:Protein)
      AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
      AND (NOT (last:Transcript OR last:Protein) OR NOT EXISTS { (last)-[:TRANSLATES_TO|PROMOTES|INHIBITS]->() })
    RETURN p
    LIMIT 500
  } AS chains
