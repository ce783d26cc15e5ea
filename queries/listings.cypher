// Where a company is listed: exchange, ticker, date, method.
// REST: GET /companies/{company}/listings
// @param company: "奇富科技"
MATCH (c:Company) WHERE c.name = $company OR $company IN c.aliases
MATCH (c)-[r:LISTED_ON]->(x:Exchange)
RETURN x.name AS exchange, r.ticker AS ticker, r.date AS date, r.method AS method
ORDER BY date
