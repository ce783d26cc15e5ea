// Facts flagged as contradicting each other (two chairmen at once), kept side by side.
// REST: GET /facts?predicate=HOLDS_POSITION  (field contradicts)
MATCH (p:Person)-[r:HOLDS_POSITION]->(c:Company)
WHERE size(r.contradicts) > 0
RETURN c.name AS company, r.role AS role, p.name AS person, r.valid_from AS start, r.valid_to AS end, r.contradicts AS conflicts_with
ORDER BY company, role, start
