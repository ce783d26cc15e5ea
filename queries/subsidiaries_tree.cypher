// A group's subsidiaries, any depth (旗下, 子公司, 综合联属实体 …).
// REST: GET /companies/{company}/ownership?direction=down&depth=3
// @param company: "平安集团"
// @param depth: 3
MATCH (g:Company) WHERE g.name = $company OR $company IN g.aliases
MATCH p = (s:Company)-[:SUBSIDIARY_OF*1..10]->(g)
WHERE length(p) <= $depth
RETURN s.name AS subsidiary, [r IN relationships(p) | r.kind] AS kinds, length(p) AS depth
ORDER BY depth, subsidiary
