"""The graph explorer at `/explore`: a static page that draws what the public
HTTP API answers (search, neighbours, holders and executives as of a date,
timeline), so it works on any backend the API serves, embedded or Neo4j.

This module only serves the page, its script and style, and the vocabulary
the page labels with (role names, node colours), taken from `schema` and the
HTML export so the two drawings agree. Cytoscape.js comes from
`graph/export/vendor` through `/vendor/` (api.pages): no CDN.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

from api.pages import OFFLINE_CSP, static_file
from graph.export.html import COLOURS
from schema import ROLE_LABELS, Predicate

STATIC = Path(__file__).resolve().parent / "static"
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


def vocabulary() -> dict:
    """What the page needs to label a drawing: node colours by type, role labels (Chinese, English), predicates."""
    return {"colours": COLOURS, "predicates": [str(p) for p in Predicate],
            "roles": {str(r): {"zh": zh[0] if zh else str(r), "en": en} for r, (zh, en) in ROLE_LABELS.items()}}


def add_explorer(app: FastAPI) -> None:
    vocab = json.dumps(vocabulary(), ensure_ascii=False)

    async def page(_request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type=_TYPES[".html"],
                            headers={"Cache-Control": "no-cache", "Content-Security-Policy": OFFLINE_CSP})

    async def slash(_request: Request) -> Response:
        return RedirectResponse("/explore", status_code=308)

    async def vocabulary_json(_request: Request) -> Response:
        return JSONResponse(json.loads(vocab))

    async def asset(request: Request) -> Response:
        return static_file((STATIC,), request.path_params["name"], _TYPES, {"Cache-Control": "no-cache"})

    app.add_route("/explore", page, include_in_schema=False)
    app.add_route("/explore/", slash, include_in_schema=False)
    app.add_route("/explore/vocabulary.json", vocabulary_json, include_in_schema=False)
    app.add_route("/explore/{name}", asset, include_in_schema=False)
