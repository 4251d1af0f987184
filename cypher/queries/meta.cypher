// Everything /api/meta counts, in one statement: nodes per label as [label, count], relationships per pattern as
// [start label, type, end label, count], the datasets as [name, version, nodes, relationships] from the importer's
// (:Dataset) nodes (as queries/datasets reads them), and, for a graph an older importer loaded without them, the
// dataset version (content hash) it wrote on the nodes, the most common one if an import was cut short.
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
  } AS versions,
  COLLECT {
    MATCH (d:Dataset)
    WITH d
    ORDER BY d.name
    RETURN [d.name, d.version, d.nodes, d.relationships]
  } AS datasets
