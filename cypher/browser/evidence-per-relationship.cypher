// Title: Provenance of every statement about apatorsen: each outgoing relationship with its primary source, knowledge level and publications
MATCH (drug:Drug {id: 'DRUGBANK:DB06094'})-[statement]->(target:Entity)
RETURN type(statement) AS relationship, target.name AS target, statement.primary_knowledge_source AS primarySource, statement.knowledge_level AS knowledgeLevel, statement.description AS says,
  COLLECT { UNWIND statement.publications AS publicationId MATCH (publication:Entity {id: publicationId}) RETURN publication.id + ': ' + coalesce(publication.title, publication.name) } AS publications
ORDER BY relationship, target
LIMIT 100
