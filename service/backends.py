"""The backend a setting names: the embedded store or Neo4j."""

from __future__ import annotations

from pathlib import Path

from service.questions import Backend


class BackendUnavailable(RuntimeError):
    """The named backend cannot serve: no such store, Neo4j unreachable, an unknown name."""


def open_backend(kind: str, store: Path) -> Backend:
    if kind == "embedded":
        from service.embedded import EmbeddedBackend

        try:
            return EmbeddedBackend(store)
        except FileNotFoundError as e:
            raise BackendUnavailable(str(e)) from None
    if kind == "neo4j":
        from service.neo4j_backend import Neo4jBackend, Neo4jUnavailable

        try:
            return Neo4jBackend.from_env()
        except Neo4jUnavailable as e:
            raise BackendUnavailable(str(e)) from None
    raise BackendUnavailable(f"the backend must be embedded or neo4j, not {kind!r}")
