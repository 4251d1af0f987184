// Title: Schema overview: every label and relationship type in the database, as a graph
CALL db.schema.visualization() YIELD nodes, relationships
RETURN nodes AS labels, relationships AS relationshipTypes
LIMIT 1
