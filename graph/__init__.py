"""The graph: entity resolution and fact merging (`ingest`), the embedded
store (`store`), the graph in memory (`knowledge_graph`) with its algorithms
and networkx projection, Neo4j (`neo4j`) and the exports (`export`).
Imports `schema`, `text` and extract's records (`extract.model`), nothing above."""
