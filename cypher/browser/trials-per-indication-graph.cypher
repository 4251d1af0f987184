// Title: Clinical trials of apatorsen and the indications they study, as a graph
MATCH tested = (trial:ClinicalTrial)-[:TESTS]->(:Drug {id: 'DRUGBANK:DB06094'})
MATCH studied = (trial)-[:STUDIES]->(:Indication)
RETURN tested AS tested, studied AS studied
LIMIT 50
