// The version of a dataset the graph holds completely (written after its count check passed), or no row.
// @param $dataset String
MATCH (d:Dataset {name: $dataset})
RETURN d.version AS version
