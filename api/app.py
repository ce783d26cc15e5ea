"""The HTTP service: relationship questions answered with their evidence.

Status codes: 200 answer; 300 an ambiguous name (the body lists the
candidates: ask again with an id); 404 unknown entity (with "did you mean"
suggestions); 422 invalid parameters or an unsupported question (with the
supported forms); 501 Cypher on the embedded backend; 503 backend
unavailable. No input produces a 500: unexpected errors are logged and
answered 503 with a message.

`fkg serve --workers N` runs N processes, each building its app with
`app_from_settings` (its backend, its graph in memory): requests spread
over the cores.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from api import models as m
from schema import PREDICATES, Role
from service.ask import UnsupportedQuestion, answer
from service.errors import Ambiguous, NotFound, Unsupported
from service.questions import Backend
from service.settings import Settings

log = logging.getLogger(__name__)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ERRORS: dict[int | str, dict[str, Any]] = {
    300: {"model": m.ErrorOut, "description": "Ambiguous name: the candidates are listed; use an id."},
    404: {"model": m.ErrorOut, "description": "Unknown entity, with did-you-mean suggestions."},
    422: {"description": "Invalid parameter."},
}


Ent = Annotated[str, Path(description="Entity id or name", examples=["普惠立信", "Puhui Lixin"])]
AsOf = Annotated[str | None, Query(description="Valid time: YYYY, YYYY-MM or YYYY-MM-DD", examples=["2022-12-31"])]
RoleQ = Annotated[str | None, Query(pattern="^(" + "|".join(r.value for r in Role) + ")$")]


def _as_of(value: str | None) -> str | None:
    """ISO date at year, month or day precision; anything else is a 422."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise HTTPException(422, f"as_of: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as e:
        raise HTTPException(422, f"as_of: {value!r} is not a valid date ({e})") from None
    return value


def create_app(backend: Backend) -> FastAPI:
    def fresh() -> None:
        """Before each request: the store as it is now (a backend that caches it reloads after a commit)."""
        backend.refresh()

    app = FastAPI(
        dependencies=[Depends(fresh)],
        title="fintech-kg",
        version="0.1.0",
        description="Who controls whom, who runs what, and what changed when, in Chinese fintech: every answer carries "
                    "the sentences it was read from. Entity parameters take an id (`org-…`, `per-…`) or a name "
                    "(Chinese, Traditional, pinyin, English, ticker).",
    )
    app.state.backend = backend

    @app.exception_handler(NotFound)
    async def not_found(_r: Request, e: NotFound) -> JSONResponse:
        return JSONResponse({"detail": f"no entity matches {e.what!r}", "suggestions": e.suggestions}, status_code=404)

    @app.exception_handler(Ambiguous)
    async def ambiguous(_r: Request, e: Ambiguous) -> JSONResponse:
        return JSONResponse({"detail": f"{e.what!r} matches several entities; pass one of their ids", "candidates": e.candidates},
                            status_code=300)

    @app.exception_handler(Unsupported)
    async def unsupported(_r: Request, e: Unsupported) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=501)

    @app.exception_handler(UnsupportedQuestion)
    async def bad_question(_r: Request, e: UnsupportedQuestion) -> JSONResponse:
        return JSONResponse({"detail": str(e), "supported": e.supported}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(_r: Request, e: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse({"detail": f"backend error: {type(e).__name__}: {e}"}, status_code=503)

    be = backend

    @app.get("/health", tags=["service"])
    def health() -> dict[str, Any]:
        return be.health() | {"worker": os.getpid()}

    @app.get("/stats", tags=["service"])
    def stats() -> dict[str, Any]:
        return be.stats()

    @app.get("/entities", response_model=list[m.EntityOut], tags=["entities"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200, description="Name, alias, ticker, pinyin, English or Traditional",
                                examples=["Puhui Lixin", "puhuilixin", "普惠立信", "平安普惠立信资产管理有限公司"])],
        type: Annotated[str | None, Query(pattern="^(Person|Company|Exchange)$")] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 10,
    ) -> list[dict[str, Any]]:
        return be.search(q, type, limit)

    @app.get("/entities/{entity}", response_model=m.EntityDetail, responses=_ERRORS, tags=["entities"])
    def entity(entity: Ent) -> dict[str, Any]:
        return be.entity(entity)

    @app.get("/companies/{company}/holders", response_model=m.HoldersOut, responses=_ERRORS, tags=["ownership"])
    def holders(company: Ent, as_of: AsOf = None) -> dict[str, Any]:
        return be.holders(company, _as_of(as_of))

    @app.get("/companies/{company}/ownership", response_model=m.OwnershipOut, responses=_ERRORS, tags=["ownership"])
    def ownership(company: Ent, direction: Annotated[str, Query(pattern="^(up|down)$")] = "up",
                  depth: Annotated[int, Query(ge=1, le=10)] = 5, as_of: AsOf = None) -> dict[str, Any]:
        return be.ownership(company, direction, depth, _as_of(as_of))

    @app.get("/companies/{company}/executives", response_model=m.ExecutivesOut, responses=_ERRORS, tags=["people"])
    def executives(company: Ent, as_of: AsOf = None,
                   role: RoleQ = None) -> dict[str, Any]:
        return be.executives(company, _as_of(as_of), role)

    @app.get("/people/{person}/positions", response_model=m.PositionsOut, responses=_ERRORS, tags=["people"])
    def positions(person: Annotated[str, Path(examples=["叶望春", "Ye Wangchun"])]) -> dict[str, Any]:
        return be.positions(person)

    @app.get("/people/{person}/successors", response_model=m.SuccessionOut, responses=_ERRORS, tags=["people"])
    def successors(person: Annotated[str, Path(examples=["叶望春", "Ye Wangchun"])],
                   role: RoleQ = None,
                   company: str | None = None) -> dict[str, Any]:
        return be.successions(person, "successors", role, company)

    @app.get("/people/{person}/predecessors", response_model=m.SuccessionOut, responses=_ERRORS, tags=["people"])
    def predecessors(person: Annotated[str, Path(examples=["沈崇锋"])],
                     role: RoleQ = None,
                     company: str | None = None) -> dict[str, Any]:
        return be.successions(person, "predecessors", role, company)

    @app.get("/companies/{company}/listings", response_model=m.ListingsOut, responses=_ERRORS, tags=["companies"])
    def listings(company: Ent) -> dict[str, Any]:
        return be.listings(company)

    @app.get("/entities/{entity}/timeline", response_model=m.TimelineOut, responses=_ERRORS, tags=["entities"])
    def timeline(entity: Ent) -> dict[str, Any]:
        return be.timeline(entity)

    @app.get("/paths", response_model=m.PathsOut, responses=_ERRORS, tags=["graph"])
    def paths(from_: Annotated[str, Query(alias="from", min_length=1, examples=["叶望春"])],
              to: Annotated[str, Query(min_length=1, examples=["平安集团"])],
              max_hops: Annotated[int, Query(ge=1, le=6)] = 4) -> dict[str, Any]:
        return be.paths(from_, to, max_hops)

    @app.get("/entities/{entity}/neighbors", response_model=m.NeighborsOut, responses=_ERRORS, tags=["graph"])
    def neighbors(entity: Ent, depth: Annotated[int, Query(ge=1, le=3)] = 1,
                  predicates: Annotated[list[str] | None, Query(description="Repeat to allow several")] = None) -> dict[str, Any]:
        for p in predicates or []:
            if p not in {str(x) for x in PREDICATES}:
                raise HTTPException(422, f"predicates: unknown predicate {p!r}")
        return be.neighbors(entity, depth, predicates)

    @app.get("/facts", response_model=m.FactsOut, responses=_ERRORS, tags=["graph"])
    def facts(subject: str | None = None, predicate: str | None = None, object: str | None = None,
              limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        if predicate and predicate not in {str(x) for x in PREDICATES}:
            raise HTTPException(422, f"predicate: unknown predicate {predicate!r}")
        return be.facts(subject, predicate, object, limit)

    @app.get("/ask", response_model=m.AskOut, responses={**_ERRORS, 422: {"model": m.ErrorOut,
             "description": "Unsupported question: the supported forms are listed."}}, tags=["ask"])
    def ask(q: Annotated[str, Query(min_length=1, max_length=300, examples=["who holds Puhui Lixin", "谁接替了叶望春"])]) -> dict[str, Any]:
        return answer(be, q)

    @app.post("/cypher", response_model=m.CypherOut, responses={501: {"model": m.ErrorOut, "description": "Embedded backend."}},
              tags=["analysts"])
    def cypher(body: Annotated[m.CypherIn, Body()]) -> dict[str, Any]:
        try:
            return be.cypher(body.query, body.parameters)
        except ValueError as e:  # Neo4j refused the statement (syntax, unknown function …)
            raise HTTPException(422, str(e)) from None

    return app


def app_from_settings() -> FastAPI:
    """The app of one `fkg serve` worker: the backend the settings name
    (FKG_BACKEND, FKG_STORE, which `fkg serve` sets from its options)."""
    from service.backends import open_backend

    settings = Settings()
    return create_app(open_backend(settings.backend, settings.store))
