// Who holds a company (as of a date): holder, percent, control, validity, evidence.
// REST: GET /companies/{company}/holders?as_of=2022-12-31
// @param company: "普惠立信"
// @param as_of: "2022-12-31"
MATCH (c:Company) WHERE c.name = $company OR $company IN c.aliases
MATCH (h:Entity)-[r:HOLDS_STAKE]->(c)
WHERE (r.valid_from IS NULL OR r.valid_from <= $as_of) AND (r.valid_to IS NULL OR r.valid_to > $as_of)
MATCH (f:Fact {id: r.fact_id})-[e:EXTRACTED_FROM]->(a:Article)
RETURN h.name AS holder, r.percent AS percent, r.controlling AS controlling, r.valid_from AS valid_from,
       r.valid_to AS valid_to, collect(DISTINCT {article: a.id, evidence: e.evidence})[..3] AS evidence
ORDER BY percent DESC
