"""The service layer: the questions analysts ask (one interface, two
backends: the embedded store and Neo4j), `/ask`'s templates, and the build
that turns articles into a store (extract, then ingest). The HTTP app and the
CLI in `api` are thin shells over it."""
