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
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from api import models as m
from api.explorer import add_explorer
from api.pages import add_pages
from schema import Predicate, Role
from service.ask import answer
from service.errors import Ambiguous, NotFound, Unsupported
from service.question import UnsupportedQuestion
from service.questions import Backend
from service.settings import Settings

log = logging.getLogger(__name__)

# A calendar date at year, month or day precision (0001 to 9999, leap days included): the schema states
# exactly the values the server takes, so a client (or schemathesis) can build only valid ones.
_YEAR = r"(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_MONTH_DAY = (r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
              r"|02-(?:0[1-9]|1[0-9]|2[0-8]))")
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
DATE_PATTERN = rf"^(?:{_YEAR}(?:-(?:0[1-9]|1[0-2])|-{_MONTH_DAY})?|{_LEAP_YEAR}-02-29)$"
_ERROR_BODY = {"model": m.ErrorOut}
_ERRORS: dict[int | str, dict[str, Any]] = {
    300: {**_ERROR_BODY, "description": "Ambiguous name: the candidates are listed; use an id."},
    404: {**_ERROR_BODY, "description": "Unknown entity, with did-you-mean suggestions."},
}
# Every operation: what a request the schema refuses gets, and what a failing backend gives.
_ALWAYS: dict[int | str, dict[str, Any]] = {
    422: {**_ERROR_BODY, "description": "Invalid parameters: `detail` says which and why in one line; `errors` lists them."},
    503: {**_ERROR_BODY, "description": "Backend unavailable or failed."},
}


Ent = Annotated[str, Path(description="Entity id or name", examples=["普惠立信", "Puhui Lixin"])]
AsOf = Annotated[str | None, Query(description="Valid time: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)",
                                   pattern=DATE_PATTERN, examples=["2022-12-31"])]
RoleQ = Annotated[str | None, Query(pattern="^(" + "|".join(r.value for r in Role) + ")$")]


def _validation_message(errors: list[dict[str, Any]]) -> str:
    """One line for the request's problems, naming each parameter ('q: field required')."""
    parts = []
    for e in errors:
        name = str(e["loc"][-1]) if e.get("loc") else "request"
        if e.get("type") == "string_pattern_mismatch" and name == "as_of":
            parts.append(f"as_of: {e.get('input')!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        elif e.get("type") == "missing":
            parts.append(f"{name}: required")
        else:
            parts.append(f"{name}: {e.get('msg', 'invalid')[:1].lower()}{e.get('msg', 'invalid')[1:]}"
                         + (f" (got {e['input']!r})" if isinstance(e.get("input"), str | int | float) else ""))
    return "; ".join(parts) or "invalid request"


def create_app(backend: Backend) -> FastAPI:
    def fresh() -> None:
        """Before each request: the store as it is now (a backend that caches it reloads after a commit)."""
        backend.refresh()

    app = FastAPI(
        dependencies=[Depends(fresh)],
        docs_url=None, redoc_url=None,  # api.pages serves both from vendored assets (offline)
        responses=_ALWAYS,
        title="fintech-kg",
        version="0.1.0",
        description="Who controls whom, who runs what, and what changed when, in Chinese fintech: every answer carries "
                    "the sentences it was read from. Entity parameters take an id (`org-…`, `per-…`) or a name "
                    "(Chinese, Traditional, pinyin, English, ticker).",
    )
    app.state.backend = backend
    add_pages(app)
    add_explorer(app)

    @app.exception_handler(RequestValidationError)
    async def invalid(_r: Request, e: RequestValidationError) -> JSONResponse:
        errors = [{k: v for k, v in x.items() if k in ("type", "loc", "msg")} for x in e.errors()]
        return JSONResponse({"detail": _validation_message(list(e.errors())), "errors": errors}, status_code=422)

    @app.exception_handler(NotFound)
    async def not_found(_r: Request, e: NotFound) -> JSONResponse:
        return JSONResponse(e.body(), status_code=404)

    @app.exception_handler(Ambiguous)
    async def ambiguous(_r: Request, e: Ambiguous) -> JSONResponse:
        return JSONResponse(e.body(), status_code=300)

    @app.exception_handler(Unsupported)
    async def unsupported(_r: Request, e: Unsupported) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=501)

    @app.exception_handler(UnsupportedQuestion)
    async def bad_question(_r: Request, e: UnsupportedQuestion) -> JSONResponse:
        return JSONResponse(e.body(), status_code=422)

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

    @app.get("/companies/{company}", response_model=m.EntityDetail, responses=_ERRORS, tags=["entities"])
    def company(company: Ent) -> dict[str, Any]:
        return be.entity(be.find_company(company)["id"])

    @app.get("/companies/{company}/holders", response_model=m.HoldersOut, responses=_ERRORS, tags=["ownership"])
    def holders(company: Ent, as_of: AsOf = None) -> dict[str, Any]:
        return be.holders(company, as_of)

    @app.get("/companies/{company}/ownership", response_model=m.OwnershipOut, responses=_ERRORS, tags=["ownership"])
    def ownership(company: Ent, direction: Annotated[str, Query(pattern="^(up|down)$")] = "up",
                  depth: Annotated[int, Query(ge=1, le=10)] = 5, as_of: AsOf = None) -> dict[str, Any]:
        return be.ownership(company, direction, depth, as_of)

    @app.get("/companies/{company}/executives", response_model=m.ExecutivesOut, responses=_ERRORS, tags=["people"])
    def executives(company: Ent, as_of: AsOf = None,
                   role: RoleQ = None) -> dict[str, Any]:
        return be.executives(company, as_of, role)

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
                  predicates: Annotated[list[Predicate] | None, Query(description="Repeat to allow several")] = None) -> dict[str, Any]:
        return be.neighbors(entity, depth, [str(p) for p in predicates] if predicates else None)

    @app.get("/facts", response_model=m.FactsOut, responses=_ERRORS, tags=["graph"])
    def facts(subject: str | None = None, predicate: Predicate | None = None, object: str | None = None,
              limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        return be.facts(subject, str(predicate) if predicate else None, object, limit)

    @app.get("/ask", response_model=m.AskOut, responses={**_ERRORS, 422: {**_ERROR_BODY,
             "description": "Invalid parameters, or an unsupported question: the supported forms are listed."}}, tags=["ask"])
    def ask(q: Annotated[str, Query(min_length=1, max_length=300, examples=["who holds Puhui Lixin", "谁接替了叶望春"])]) -> dict[str, Any]:
        return answer(be, q)

    @app.post("/cypher", response_model=m.CypherOut, tags=["analysts"], responses={
        400: {**_ERROR_BODY, "description": "The body is not JSON."},
        403: {**_ERROR_BODY, "description": "A write (or LOAD CSV): the endpoint is read-only, and Neo4j refuses it."},
        501: {**_ERROR_BODY, "description": "Embedded backend."},
        504: {**_ERROR_BODY, "description": "The query ran longer than the timeout (FKG_CYPHER_TIMEOUT)."}})
    def cypher(body: Annotated[m.CypherIn, Body()]) -> dict[str, Any]:
        try:
            return be.cypher(body.query, body.parameters)
        except PermissionError as e:  # the server refused a write in the read-only transaction
            raise HTTPException(403, str(e)) from None
        except TimeoutError as e:  # the server stopped it at the timeout
            raise HTTPException(504, str(e)) from None
        except ValueError as e:  # Neo4j refused the statement (syntax, unknown function …)
            raise HTTPException(422, str(e)) from None

    return app


def app_from_settings() -> FastAPI:
    """The app of one `fkg serve` worker: the backend the settings name
    (FKG_BACKEND, FKG_STORE, which `fkg serve` sets from its options)."""
    from service.backends import open_backend

    settings = Settings()
    return create_app(open_backend(settings.backend, settings.store, settings))
