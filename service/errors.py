"""What a question can fail with, on any backend (`service.questions.Backend`).

Entity arguments accept an id or a name: a name that resolves to one entity
is used, several candidates raise `Ambiguous`, none raises `NotFound` with
suggestions; `Unsupported` is a question the backend cannot answer.
"""

from __future__ import annotations

from typing import Any


class NotFound(LookupError):
    def __init__(self, what: str, suggestions: list[dict[str, Any]] | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.suggestions = suggestions or []

    def body(self) -> dict[str, Any]:
        """The error as the HTTP API's 404 says it, and `fkg ask --json` prints it."""
        return {"detail": f"no entity matches {self.what!r}", "suggestions": self.suggestions}


class Ambiguous(LookupError):
    def __init__(self, what: str, candidates: list[dict[str, Any]]) -> None:
        super().__init__(what)
        self.what = what
        self.candidates = candidates

    def body(self) -> dict[str, Any]:
        """The error as the HTTP API's 300 says it, and `fkg ask --json` prints it."""
        return {"detail": f"{self.what!r} matches several entities; pass one of their ids", "candidates": self.candidates}


class Unsupported(RuntimeError):
    """The backend cannot do this (Cypher on the embedded store)."""
