// 股权穿透: everyone holding a company through chains of stakes, with the
// effective percentage per path (multiply along the path; add paths up).
// REST: GET /companies/{company}/ownership?direction=up&depth=5
// @param company: "金融壹账通"
// @param depth: 5
MATCH (c:Company) WHERE c.name = $company OR $company IN c.aliases
MATCH p = (h:Entity)-[:HOLDS_STAKE*1..10]->(c)
WHERE length(p) <= $depth AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH h, p, reduce(eff = 100.0, r IN relationships(p) | eff * coalesce(r.percent, 0) / 100.0) AS effective
RETURN h.name AS holder, round(sum(effective), 4) AS effective_percent, count(p) AS paths,
       any(r IN collect(last(relationships(p))) WHERE r.controlling) AS stated_controlling
ORDER BY effective_percent DESC
