// Up to 10 paths between two nodes in either direction, without repeated nodes, of at most $maxHops hops (at most 6,
// the API's cap, since a pattern's bounds cannot be parameters): the same ten as the embedded backend, which the API
// takes from what this returns by its shared order (length, node ids, types). SHORTEST counts only paths that pass
// the conditions inside its parentheses (a pre-filter; a WHERE after the pattern would drop repeated-node walks after
// ten were chosen, leaving fewer). Which of the longest length's ties SHORTEST 10 keeps is not defined, so it only
// gives that length; every valid path up to it is then returned (at most $maxBindings + 1: more is over the budget).
// The two anchor columns are null when their id is unknown.
// @param $from String
// @param $to String
// @param $maxHops Integer
// @param $maxBindings Integer
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH SHORTEST 10 (p = (a)-[]-{1,6}(b)
    WHERE length(p) <= $maxHops
      AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j])))
  RETURN max(length(p)) AS longest
}
RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, labels: labels(a), name: a.name} END AS from,
  CASE WHEN b IS NULL THEN null ELSE {id: b.id, labels: labels(b), name: b.name} END AS to,
  COLLECT {
    MATCH SHORTEST 6 GROUPS (p = (a)-[]-{1,6}(b)
      WHERE length(p) <= longest
        AND all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j])))
    RETURN p
    LIMIT $maxBindings + 1
  } AS paths
