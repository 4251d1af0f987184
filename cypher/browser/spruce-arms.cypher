// Title: What each arm of the SPRUCE trial (NCT01829113) received: drug, role, dose and schedule
MATCH (trial:ClinicalTrial {id: 'CLINICALTRIALS:NCT01829113'})-[:HAS_ARM]->(arm:TrialArm)
MATCH (arm)-[given:ADMINISTERS]->(drug:Drug)
RETURN arm.name AS arm, arm.armType AS armType, drug.name AS drug, given.role AS role, given.dose AS dose, given.doseUnit AS doseUnit, given.route AS route, given.schedule AS schedule
ORDER BY armType, arm, role
LIMIT 50
