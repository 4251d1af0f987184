// Everything /api/meta counts, in one statement: nodes per label as [label, count], relationships per pattern as
// [start label, type, end label, count], and the dataset version (content hash) the importer wrote, the most common
// one if an import was cut short.
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
    MATCH (n:Entity)
    WHERE n.datasetVersion IS NOT NULL
    WITH n.datasetVersion AS version, count(*) AS nodes
    ORDER BY nodes DESC
    LIMIT 1
    RETURN version
  } AS versions
