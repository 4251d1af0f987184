// Title: Evidence behind an edge: who asserts that apatorsen TARGETS Hsp27, how, and the publications that support it
MATCH (drug:Drug {id: 'DRUGBANK:DB06094'})-[targets:TARGETS]->(hsp27:Protein {id: 'UniProtKB:P04792'})
UNWIND targets.publications AS publicationId
MATCH (publication:Entity {id: publicationId})
RETURN targets.description AS statement, targets.primary_knowledge_source AS primarySource, targets.knowledge_level AS knowledgeLevel, targets.agent_type AS agentType, publication.id AS publicationId, coalesce(publication.title, publication.name) AS title, publication.publicationType AS publicationType, publication.year AS year
ORDER BY publicationId
LIMIT 25
