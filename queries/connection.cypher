// How two entities are connected: the shortest chains of facts.
// REST: GET /paths?from=叶望春&to=平安集团&max_hops=4
// @param from: "叶望春"
// @param to: "平安集团"
MATCH p = allShortestPaths((a:Entity {name: $from})-[:HOLDS_POSITION|SUCCEEDED|FOUNDED|SUBSIDIARY_OF|HOLDS_STAKE|SOLD_STAKE|LISTED_ON*..6]-(b:Entity {name: $to}))
RETURN [n IN nodes(p) | n.name] AS entities, [r IN relationships(p) | type(r)] AS via
LIMIT 10
