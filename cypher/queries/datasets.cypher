// The datasets the importer loaded, from its (:Dataset) bookkeeping nodes, in name order: name, version (the content
// hash of the dataset's files) and how many node and relationship rows its files hold. The Neo4j backend keys the
// answers it keeps on the names and versions, so this is the one statement it sends every
// Api:DatasetVersionCheckInterval; a graph without (:Dataset) nodes returns no rows, and its answers are not kept.
MATCH (d:Dataset)
RETURN d.name AS name, d.version AS version, d.nodes AS nodes, d.relationships AS relationships
ORDER BY name
