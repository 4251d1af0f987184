// Candidates for /api/search from the entity_search full-text index (names, synonyms, ids and former ids). $query is a Lucene
// query the API builds from the search text's letter-or-digit runs only, each as *run*; the API then ranks the
// candidates (exact > prefix > contains) exactly as the embedded backend does.
// @param $query String
// @param $label String      a label, or null for any
// @param $candidates Integer
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN {id: node.id, labels: labels(node), name: node.name} AS node, coalesce(node.synonyms, []) AS synonyms,
  coalesce(node.formerIds, []) AS formerIds
ORDER BY score DESC, node.id
LIMIT $candidates
