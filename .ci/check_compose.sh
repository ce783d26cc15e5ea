#!/usr/bin/env bash
# Validate docker-compose.yml with a real Compose parser (no engine needed).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && apt-get install -y -qq docker-compose >/dev/null
  else
    echo "docker-compose not available and cannot be installed here" >&2; exit 1
  fi
fi
NEO4J_PASSWORD=ci-validation docker-compose -f docker-compose.yml config -q
NEO4J_PASSWORD=ci-validation docker-compose -f docker-compose.yml config --services | sort | tr '\n' ' '
echo "-> docker-compose.yml is valid"
