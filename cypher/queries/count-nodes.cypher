// How many nodes the graph holds (answered from the count store); the API's readiness check.
MATCH (n:Entity)
RETURN count(n) AS nodes
