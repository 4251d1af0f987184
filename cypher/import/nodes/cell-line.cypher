// Loads one batch of CellLine nodes for one dataset. Generated from the schema (src/Apatorsen.Graph/Schema/ApatorsenSchema.cs)
// by `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand.
// A node may belong to several datasets: datasets lists their names, datasetVersions "name@version" per dataset.
// A row whose node already holds "$dataset@$version" is dropped before MERGE, so an unchanged rerun reads through the
// unique :Entity(id) index and writes nothing. Otherwise the row's properties replace the node's (the dataset that
// writes a shared node last gives its properties) and this dataset's entry replaces its earlier one; other datasets'
// entries are kept.
// @param $rows List
// @param $dataset String
// @param $version String
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing, $dataset + '@' + $version AS held
WHERE existing IS NULL OR NOT held IN coalesce(existing.datasetVersions, [])
MERGE (n:CellLine:Entity {id: row.id})
WITH n, row, held,
  [d IN coalesce(n.datasets, []) WHERE d <> $dataset] + $dataset AS datasets,
  [v IN coalesce(n.datasetVersions, []) WHERE NOT v STARTS WITH $dataset + '@'] + held AS versions
SET n = row.properties, n.datasets = datasets, n.datasetVersions = versions
RETURN count(n) AS written
