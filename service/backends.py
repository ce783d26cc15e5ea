"""The backend a setting names: the embedded store or Neo4j."""

from __future__ import annotations

from pathlib import Path

from service.questions import Backend
from service.settings import Settings


class BackendUnavailable(RuntimeError):
    """The named backend cannot serve: no such store, Neo4j unreachable, an unknown name."""


def open_backend(kind: str, store: Path, settings: Settings | None = None) -> Backend:
    """The backend `kind` names; Neo4j's connection and limits come from `settings` (default: the environment's)."""
    if kind == "embedded":
        from service.embedded import EmbeddedBackend

        try:
            return EmbeddedBackend(store)
        except FileNotFoundError as e:
            raise BackendUnavailable(str(e)) from None
    if kind == "neo4j":
        from graph.neo4j.load import Neo4jUnavailable
        from service.neo4j_backend import Neo4jBackend

        try:
            s = settings or Settings()
            return Neo4jBackend(s.neo4j.config(), s.cypher_timeout, s.cypher_row_limit)
        except Neo4jUnavailable as e:
            raise BackendUnavailable(str(e)) from None
    raise BackendUnavailable(f"the backend must be embedded or neo4j, not {kind!r}")
