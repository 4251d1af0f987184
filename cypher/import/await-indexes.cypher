// Waits until every index is online: a new index (the full-text one above all) fills in the background, and
// lookups, MERGE on id and search should not run against a half-built one.
// @param $timeoutSeconds Integer
CALL db.awaitIndexes($timeoutSeconds)
