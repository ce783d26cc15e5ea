// A company's executives as of a date (current when valid_to is null).
// REST: GET /companies/{company}/executives?as_of=2022-12-31
// @param company: "金融壹账通"
// @param as_of: "2022-12-31"
MATCH (c:Company) WHERE c.name = $company OR $company IN c.aliases
MATCH (p:Person)-[r:HOLDS_POSITION]->(c)
WHERE (r.valid_from IS NULL OR r.valid_from <= $as_of) AND (r.valid_to IS NULL OR r.valid_to > $as_of)
RETURN p.name AS person, r.role AS role, r.title AS title, r.valid_from AS since
ORDER BY role, person
