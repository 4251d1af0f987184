// Loads one batch of BENEFICIAL_IN_MODELS_FOR relationships. Generated from the schema (src/Apatorsen.Graph/Schema/ApatorsenSchema.cs)
// by `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand.
// Endpoints are found through the unique :Entity(id) constraint; the validator has already checked
// that they exist and that the schema allows BENEFICIAL_IN_MODELS_FOR between their labels.
// @param $rows List
// @param $dataset String
// @param $version String
UNWIND $rows AS row
MATCH (s:Entity {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (s)-[r:BENEFICIAL_IN_MODELS_FOR]->(e)
WITH r, row
WHERE r.datasetVersion IS NULL OR r.datasetVersion <> $version
SET r = row.properties, r.dataset = $dataset, r.datasetVersion = $version
RETURN count(r) AS written
