// Loads one batch of AdverseEvent nodes. Generated from the schema (src/Apatorsen.Graph/Schema/ApatorsenSchema.cs)
// by `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand.
// A node whose datasetVersion already equals $version is left untouched, so a second import writes nothing.
// @param $rows List
// @param $dataset String
// @param $version String
UNWIND $rows AS row
MERGE (n:AdverseEvent:Entity {id: row.id})
WITH n, row
WHERE n.datasetVersion IS NULL OR n.datasetVersion <> $version
SET n = row.properties, n.dataset = $dataset, n.datasetVersion = $version
RETURN count(n) AS written
