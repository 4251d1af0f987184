// Up to 10 shortest paths between two nodes in either direction, at most 6 hops (the API's cap; $maxHops narrows
// it, since a pattern's bounds cannot be parameters), without repeated nodes; the API orders them. The two anchor
// columns are null when their id is unknown.
// @param $from String
// @param $to String
// @param $maxHops Integer
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, labels: labels(a), name: a.name} END AS from,
  CASE WHEN b IS NULL THEN null ELSE {id: b.id, labels: labels(b), name: b.name} END AS to,
  COLLECT {
    MATCH p = SHORTEST 10 (a)-[]-{1,6}(b)
    WITH p
    WHERE length(p) <= $maxHops
      AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
    RETURN p
    LIMIT 10
  } AS paths
