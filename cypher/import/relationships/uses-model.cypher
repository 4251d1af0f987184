// Loads one batch of USES_MODEL relationships for one dataset. Generated from the schema (src/Apatorsen.Graph/Schema/ApatorsenSchema.cs)
// by `dotnet run --project src/Apatorsen.Importer -- generate`; do not edit by hand.
// Endpoints are found through the unique :Entity(id) constraint; the validator has already checked
// that they exist and that the schema allows USES_MODEL between their labels. A relationship belongs to the one dataset
// that states it: two datasets stating the same fact hold one relationship each. A row whose relationship already
// carries this dataset's $version is dropped before MERGE, so an unchanged rerun takes no write locks.
// @param $rows List
// @param $dataset String
// @param $version String
UNWIND $rows AS row
MATCH (s:Entity {id: row.start})
MATCH (e:Entity {id: row.end})
WHERE NOT EXISTS { (s)-[current:USES_MODEL {dataset: $dataset, datasetVersion: $version}]->(e) }
MERGE (s)-[r:USES_MODEL {dataset: $dataset}]->(e)
SET r = row.properties, r.dataset = $dataset, r.datasetVersion = $version
RETURN count(r) AS written
