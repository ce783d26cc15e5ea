// Stake sales of a company: seller, buyer, percent, amount, date (n-ary StakeSale events).
// REST: GET /companies/{company}/holders  (field stake_sales)
// @param company: "普惠立信"
MATCH (c:Company) WHERE c.name = $company OR $company IN c.aliases
MATCH (s:StakeSale)-[:TARGET]->(c)
MATCH (s)-[:SELLER]->(seller:Entity)
OPTIONAL MATCH (s)-[:BUYER]->(buyer:Entity)
RETURN seller.name AS seller, buyer.name AS buyer, s.percent AS percent, s.amount AS amount, s.currency AS currency,
       s.date AS date, [(s)-[e:EXTRACTED_FROM]->(a:Article) | e.evidence][..2] AS evidence
ORDER BY date
