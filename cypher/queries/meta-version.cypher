// The dataset version (content hash) the importer wrote on the graph's nodes, for /api/meta; the most common one
// if an import was interrupted.
MATCH (n:Entity)
WHERE n.datasetVersion IS NOT NULL
RETURN n.datasetVersion AS version, count(*) AS nodes
ORDER BY nodes DESC
LIMIT 1
