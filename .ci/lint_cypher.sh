#!/usr/bin/env bash
# Lint every Cypher statement fintech-kg sends or ships with Neo4j's own Cypher
# front-end (../shared/tools/cypher-lint): graph/neo4j/cypher.py, the cookbook in
# queries/, and a freshly exported Cypher script. Zero errors and warnings.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOL=../shared/tools/cypher-lint
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$TOOL/lint.mjs" "$TOOL/package.json" "$WORK/"
(cd "$WORK" && npm install --no-audit --no-fund --silent >/dev/null)
extra=(queries)
if [ -n "${FKG_LINT_EXPORT:-}" ] && [ -f "$FKG_LINT_EXPORT" ]; then extra+=("$FKG_LINT_EXPORT"); fi
.venv/bin/python -m graph.neo4j.cypher "${extra[@]}" | node "$WORK/lint.mjs" --strict
