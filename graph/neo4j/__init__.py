"""Neo4j 5, the production store: every Cypher statement (`cypher`) and the
loader that writes the embedded store into it (`load`)."""
