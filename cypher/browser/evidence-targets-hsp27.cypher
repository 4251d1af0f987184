// Title: Evidence behind an edge: the publications listed in the sources of apatorsen TARGETS Hsp27
MATCH (drug:Drug {id: 'apatorsen:apatorsen'})-[targets:TARGETS]->(hsp27:Protein {id: 'UniProtKB:P04792'})
UNWIND targets.sources AS sourceId
MATCH (publication:Publication {id: sourceId})
RETURN targets.description AS statement, publication.id AS publicationId, publication.title AS title, publication.publicationType AS publicationType, publication.year AS year, publication.pmid AS pmid, publication.origin AS origin
ORDER BY publicationId
LIMIT 25
