// Title: Safety: the adverse events reported for apatorsen, in which trials and arms, at what frequency and grade
MATCH (trial:ClinicalTrial)-[:HAS_ARM]->(arm:TrialArm)-[:ADMINISTERS]->(:Drug {id: 'DRUGBANK:DB06094'})
MATCH (arm)-[report:HAD_ADVERSE_EVENT]->(event:AdverseEvent)
RETURN event.name AS event, coalesce(trial.acronym, trial.nctId, trial.id) AS trial, arm.name AS arm, report.attribution AS attribution,
  report.patients AS patients, report.ofPatients AS ofPatients, report.percent AS percent, report.grade3OrWorsePercent AS grade3OrWorsePercent,
  report.doseLimiting AS doseLimiting, report.finding AS finding
ORDER BY event, trial, arm
LIMIT 200
