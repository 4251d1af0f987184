// Title: Mechanism chain: apatorsen binds HSPB1 mRNA, which is translated to Hsp27, which restrains apoptosis (GO:0006915)
MATCH chain = (drug:Drug {id: 'apatorsen:apatorsen'})-[:BINDS]->(mrna:Transcript)-[:TRANSLATES_TO]->(hsp27:Protein {id: 'UniProtKB:P04792'})-[:DECREASES]->(apoptosis:BiologicalProcess {id: 'GO:0006915'})
MATCH gene = (:Gene)-[:TRANSCRIBED_TO]->(mrna)
MATCH summary = (drug)-[:TARGETS]->(hsp27)
RETURN chain AS chain, gene AS gene, summary AS summary
LIMIT 10
