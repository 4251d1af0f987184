// Title: Mechanism chain: apatorsen binds HSPB1 mRNA, which is translated to Hsp27, which inhibits apoptosis (GO:0006915)
MATCH chain = (drug:Drug {id: 'DRUGBANK:DB06094'})-[:BINDS]->(mrna:Transcript)-[:TRANSLATES_TO]->(hsp27:Protein {id: 'UniProtKB:P04792'})-[:INHIBITS]->(apoptosis:BiologicalProcess {id: 'GO:0006915'})
MATCH gene = (:Gene)-[:TRANSCRIBED_TO]->(mrna)
MATCH summary = (drug)-[:TARGETS]->(hsp27)
RETURN chain AS chain, gene AS gene, summary AS summary
LIMIT 10
