// The chain of holders of one role at one company, oldest first (A <- B <- C).
// REST: GET /people/{person}/predecessors?role=chairman&company=...  (one step at a time)
// @param company: "金融壹账通"
// @param role: "chairman"
MATCH (c:Company) WHERE c.name = $company OR $company IN c.aliases
MATCH (p:Person)-[r:HOLDS_POSITION {role: $role}]->(c)
RETURN p.name AS person, r.title AS title, r.valid_from AS start, r.valid_to AS end,
       [(p)-[s:SUCCEEDED {role: $role}]->(prev:Person) WHERE s.company = c.name | prev.name] AS succeeded
ORDER BY coalesce(start, '0000'), person
