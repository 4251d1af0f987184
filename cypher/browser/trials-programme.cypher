// Title: The whole clinical programme of apatorsen: every trial by phase, with its diseases, status, dates and whether it met its primary endpoint
MATCH (trial:ClinicalTrial)-[:TESTS]->(:Drug {id: 'DRUGBANK:DB06094'})
RETURN trial.phase AS phase, coalesce(trial.acronym, trial.nctId, trial.id) AS trial, trial.overallStatus AS status, trial.startDate AS started, trial.completionDate AS completed,
  COLLECT { MATCH (trial)-[:STUDIES]->(indication:Indication) RETURN indication.name } AS indications,
  trial.primaryEndpoint AS primaryEndpoint, trial.primaryEndpointMet AS primaryEndpointMet, trial.leadSponsor AS sponsor
ORDER BY phase, started, trial
LIMIT 50
