// The node an id names that is not its own id: one of the node's former ids, or one of its cross-references. Asked
// only for ids no node has, so the scan (Neo4j cannot index membership in a list property) is paid only then. The API
// takes a former id's node, or the node of an xref that no other node has.
// @param $id String
MATCH (n:Entity)
WHERE $id IN coalesce(n.formerIds, []) OR $id IN coalesce(n.xrefs, [])
RETURN n.id AS id, $id IN coalesce(n.formerIds, []) AS former
LIMIT 3
