// Title: Mechanism chain step by step, with what each step states, who asserts it and the publications behind it
MATCH (drug:Drug {id: 'DRUGBANK:DB06094'})-[binds:BINDS]->(mrna:Transcript)-[translates:TRANSLATES_TO]->(hsp27:Protein {id: 'UniProtKB:P04792'})-[restrains:INHIBITS]->(apoptosis:BiologicalProcess {id: 'GO:0006915'})
UNWIND [
  {step: 1, subject: drug.name, relationship: type(binds), object: mrna.name, statement: binds.description, source: binds.primary_knowledge_source, publications: binds.publications},
  {step: 2, subject: mrna.name, relationship: type(translates), object: hsp27.name, statement: translates.description, source: translates.primary_knowledge_source, publications: translates.publications},
  {step: 3, subject: hsp27.name, relationship: type(restrains), object: apoptosis.name, statement: restrains.description, source: restrains.primary_knowledge_source, publications: restrains.publications}
] AS link
RETURN link.step AS step, link.subject AS subject, link.relationship AS relationship, link.object AS object, link.statement AS statement, link.source AS primarySource, link.publications AS publications
ORDER BY step
LIMIT 10
