// Up to 10 shortest paths between two nodes in either direction, at most 6 hops (the API's cap; $maxHops narrows
// it, since a pattern's bounds cannot be parameters), without repeated nodes. The API orders them.
// @param $from String
// @param $to String
// @param $maxHops Integer
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)-[]-{1,6}(b)
WITH p
WHERE length(p) <= $maxHops
  AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), name: n.name}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, sources: r.sources}] AS relationships
LIMIT 10
