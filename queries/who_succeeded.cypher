// Who succeeded a person, in which role, at which company, when.
// REST: GET /people/{person}/successors?role=chairman
// @param person: "叶望春"
MATCH (p:Person) WHERE p.name = $person OR $person IN p.aliases
MATCH (succ:Person)-[r:SUCCEEDED]->(p)
RETURN succ.name AS successor, r.role AS role, r.title AS title, r.company AS company, r.date AS date,
       [(f:Fact {id: r.fact_id})-[e:EXTRACTED_FROM]->(a:Article) | e.evidence][..2] AS evidence
ORDER BY date
