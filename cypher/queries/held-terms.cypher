// What the TRAPI meta knowledge graph lists beside the counts of meta.cypher: the CURIE prefixes each label's node
// ids use, as [label, prefix], and the values each pattern's relationships hold in the qualifier properties named in
// $qualifiers (from the schema), as [start label, type, end label, property, value].
// @param $qualifiers List
RETURN COLLECT {
    MATCH (n:Entity)
    UNWIND labels(n) AS label
    WITH DISTINCT label, split(n.id, ':')[0] AS prefix
    WHERE label <> 'Entity'
    RETURN [label, prefix]
  } AS prefixes,
  COLLECT {
    MATCH (s:Entity)-[r]->(e:Entity)
    UNWIND $qualifiers AS property
    WITH s, r, e, property, r[property] AS value
    WHERE value IS NOT NULL
    UNWIND labels(s) AS startLabel
    UNWIND labels(e) AS endLabel
    WITH DISTINCT startLabel, type(r) AS type, endLabel, property, value
    WHERE startLabel <> 'Entity' AND endLabel <> 'Entity'
    RETURN [startLabel, type, endLabel, property, value]
  } AS qualifierValues
