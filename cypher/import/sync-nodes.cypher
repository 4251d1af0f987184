// Takes this dataset off the nodes it holds in a version other than $keep, in transactions of $batchSize rows, and
// deletes those no other dataset holds (with their remaining relationships, which are this dataset's: another
// dataset's relationship ends at a node that dataset holds). After an import $keep is the version just written, so
// these are the nodes deleted from the files; to remove the dataset, $keep is '' and it lets go of every node.
// No index serves this: a RANGE index answers `n.prop IN $list` (the property's value in a list), not `$x IN n.prop`
// (an element of a list property), so this is one pass over the :Entity label, in one statement. Nodes written by an
// importer before datasets were lists carry n.dataset instead; they are matched and converted too.
// @param $dataset String
// @param $keep String
// @param $batchSize Integer
MATCH (n:Entity)
WHERE ($dataset IN n.datasets OR n.dataset = $dataset)
  AND NOT ($dataset + '@' + $keep) IN coalesce(n.datasetVersions, [])
CALL (n) {
  SET n.datasets = [d IN coalesce(n.datasets, []) WHERE d <> $dataset],
    n.datasetVersions = [v IN coalesce(n.datasetVersions, []) WHERE NOT v STARTS WITH $dataset + '@'],
    n.dataset = null,
    n.datasetVersion = null
  WITH n
  WHERE size(n.datasets) = 0
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS released
