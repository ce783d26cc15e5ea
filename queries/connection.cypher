// How two entities are connected: the shortest chains of facts.
// REST: GET /paths?from=叶望春&to=平安集团&max_hops=4
// @param from: "叶望春"
// @param to: "平安集团"
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.name = $to OR $to IN b.aliases) AND b <> a
MATCH p = allShortestPaths((a)-[:HOLDS_POSITION|SUCCEEDED|FOUNDED|SUBSIDIARY_OF|HOLDS_STAKE|SOLD_STAKE|LISTED_ON|RENAMED_TO*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS entities, [r IN relationships(p) | type(r)] AS via
LIMIT 10
