// Title: Survival hazard ratios of apatorsen against its comparators, trial by trial, with confidence interval, level and p-value
MATCH (trial:ClinicalTrial)-[:HAS_OUTCOME]->(treated:Outcome)-[comparison:COMPARED_WITH]->(control:Outcome)
WHERE comparison.effect_type = 'hazard_ratio'
OPTIONAL MATCH (treated)-[:OBSERVED_IN]->(arm:TrialArm)
RETURN coalesce(trial.acronym, trial.nctId, trial.id) AS trial, treated.measure AS measure, arm.name AS arm, comparison.effect_size AS hazardRatio,
  comparison.ciLower AS ciLower, comparison.ciUpper AS ciUpper, comparison.ciLevel AS ciLevel, comparison.p_value AS pValue, comparison.pValueSidedness AS sidedness
ORDER BY measure, trial, arm
LIMIT 50
