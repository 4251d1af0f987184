// Everything /api/meta counts, in one statement: nodes per label as [label, count], relationships per pattern as
// [start label, type, end label, count], and the dataset version (content hash) of the first dataset the importer
// recorded as complete (its (:Dataset) node).
RETURN COLLECT {
    MATCH (n:Entity)
    UNWIND labels(n) AS label
    WITH label
    WHERE label <> 'Entity'
    WITH label, count(*) AS count
    RETURN [label, count]
  } AS labels,
  COLLECT {
    MATCH (s:Entity)-[r]->(e:Entity)
    UNWIND labels(s) AS startLabel
    UNWIND labels(e) AS endLabel
    WITH startLabel, type(r) AS type, endLabel
    WHERE startLabel <> 'Entity' AND endLabel <> 'Entity'
    WITH startLabel, type, endLabel, count(*) AS count
    RETURN [startLabel, type, endLabel, count]
  } AS patterns,
  COLLECT {
    MATCH (d:Dataset)
    WITH d.version AS version
    ORDER BY d.name
    LIMIT 1
    RETURN version
  } AS versions
