// Records a completed import: one bookkeeping (:Dataset) node per dataset, with the version (content hash) the
// graph now holds and its counts. /api/meta lists the datasets from these nodes.
// @param $dataset String
// @param $version String
// @param $nodes Integer
// @param $relationships Integer
MERGE (d:Dataset {name: $dataset})
SET d.version = $version, d.nodes = $nodes, d.relationships = $relationships, d.importedAt = datetime()
RETURN d.version AS version
