"""Text helpers shared by extraction and the graph, and nothing else of ours:
Chinese normalisation (NFKC, the one OpenCC converter), name keys, pinyin and
homophones, JSON Lines, files written whole or not at all. Imports `schema`
at most; `extract`, `graph`, `service` and `api` import it."""
