// Title: Outcomes of the SPRUCE trial (NCT01829113): measure, arm, value with unit, significance and comparison
MATCH (trial:ClinicalTrial {id: 'CLINICALTRIALS:NCT01829113'})-[:HAS_OUTCOME]->(outcome:Outcome)
OPTIONAL MATCH (outcome)-[:OBSERVED_IN]->(arm:TrialArm)
OPTIONAL MATCH (outcome)-[:COMPARED_WITH]->(comparator:Outcome)
RETURN outcome.measure AS measure, arm.name AS arm, outcome.value AS value, outcome.unit AS unit, outcome.significance AS significance, comparator.name AS comparedWith, outcome.finding AS finding
ORDER BY measure, arm
LIMIT 50
