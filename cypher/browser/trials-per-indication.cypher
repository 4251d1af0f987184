// Title: Clinical trials of apatorsen per indication, with phase and enrolment
MATCH (trial:ClinicalTrial)-[:TESTS]->(:Drug {id: 'DRUGBANK:DB06094'})
MATCH (trial)-[:STUDIES]->(indication:Indication)
RETURN indication.name AS indication, count(trial) AS trials, collect(coalesce(trial.acronym, trial.nctId, trial.id) + ' (phase ' + toString(trial.phase) + ', n=' + coalesce(toString(trial.enrollment), '?') + ')') AS studies
ORDER BY trials DESC, indication
LIMIT 25
