// Title: Evidence for every statement about apatorsen: each outgoing relationship with the titles of its publications
MATCH (drug:Drug {id: 'apatorsen:apatorsen'})-[statement]->(target:Entity)
UNWIND statement.sources AS sourceId
MATCH (publication:Publication {id: sourceId})
RETURN type(statement) AS relationship, target.name AS target, statement.description AS says, collect(publication.title) AS publications
ORDER BY relationship, target
LIMIT 100
