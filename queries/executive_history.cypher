// A person's positions over time, with the sentence each was read from.
// REST: GET /people/{person}/positions
// @param person: "沈崇锋"
MATCH (p:Person) WHERE p.name = $person OR $person IN p.aliases
MATCH (p)-[r:HOLDS_POSITION]->(c:Company)
MATCH (f:Fact {id: r.fact_id})-[e:EXTRACTED_FROM]->(a:Article)
WITH c, r, collect(e.evidence)[0] AS evidence
RETURN c.name AS company, r.role AS role, r.title AS title, r.valid_from AS start, r.valid_to AS end, evidence
ORDER BY coalesce(start, '0000'), company
