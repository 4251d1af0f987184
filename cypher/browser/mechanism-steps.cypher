// Title: Mechanism chain step by step, with what each step states and the publications behind it
MATCH (drug:Drug {id: 'apatorsen:apatorsen'})-[binds:BINDS]->(mrna:Transcript)-[translates:TRANSLATES_TO]->(hsp27:Protein {id: 'UniProtKB:P04792'})-[restrains:DECREASES]->(apoptosis:BiologicalProcess {id: 'GO:0006915'})
UNWIND [
  {step: 1, subject: drug.name, relationship: type(binds), object: mrna.name, statement: binds.description, sources: binds.sources},
  {step: 2, subject: mrna.name, relationship: type(translates), object: hsp27.name, statement: translates.description, sources: translates.sources},
  {step: 3, subject: hsp27.name, relationship: type(restrains), object: apoptosis.name, statement: restrains.description, sources: restrains.sources}
] AS link
RETURN link.step AS step, link.subject AS subject, link.relationship AS relationship, link.object AS object, link.statement AS statement, link.sources AS sources
ORDER BY step
LIMIT 10
