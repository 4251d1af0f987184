// Title: Where apatorsen's development ended: its status, when the source stated it, and the source
MATCH (drug:Drug {id: 'DRUGBANK:DB06094'})
OPTIONAL MATCH (source:Publication {id: drug.developmentStatusSource})
RETURN drug.name AS drug, drug.developmentStatus AS status, drug.developmentStatusDate AS asOf, source.id AS sourceId, source.title AS source, source.url AS url
LIMIT 1
