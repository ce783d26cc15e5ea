"""The service's pages for people: a landing page at `/`, the API's docs at
`/docs` (Swagger UI) and `/redoc`, all from assets vendored in `api/vendor`
and `graph/export/vendor` (served at `/vendor/…`), so nothing loads from a
CDN and the demo works with no network.

Plain Starlette routes, outside the OpenAPI schema and the backend's
per-request refresh: the docs open even when the backend is down.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

VENDOR_DIRS = (Path(__file__).resolve().parent / "vendor",
               Path(__file__).resolve().parent.parent / "graph" / "export" / "vendor")
# The pages load nothing from elsewhere, and say so to the browser: Redoc 2's sidebar links a logo on a CDN,
# which this refuses before any request leaves (the page shows the link's text instead).
OFFLINE_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")
_PAGE_HEADERS = {"Content-Security-Policy": OFFLINE_CSP}
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png"}

_LANDING = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>fintech-kg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/vendor/favicon-32x32.png">
<style>
  body { font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; max-width: 760px;
         margin: 40px auto; padding: 0 16px; color: #222; line-height: 1.5; }
  a { color: #3d5a80; } code { background: #f3f3f3; padding: 1px 4px; }
  li { margin: 6px 0; }
</style></head>
<body>
<h1>fintech-kg</h1>
<p>Who controls whom, who runs what, and what changed when, in Chinese fintech, with the sentence behind every answer.
Backend: <b>__BACKEND__</b>.</p>
<ul>
  <li><a id="explore" href="/explore">Explorer</a>: search an entity, draw its neighbourhood, move the date, read the evidence</li>
  <li><a href="/docs">API documentation</a> (Swagger UI, try requests) · <a href="/redoc">the same in Redoc</a>
      · <a href="/openapi.json">openapi.json</a></li>
  <li>Examples: <a href="/companies/普惠立信/holders">/companies/普惠立信/holders</a>
      · <a href="/ask?q=who%20holds%20Puhui%20Lixin">/ask?q=who holds Puhui Lixin</a>
      · <a href="/entities?q=puhuilixin">/entities?q=puhuilixin</a></li>
  <li><a href="/health">/health</a> · <a href="/stats">/stats</a></li>
</ul>
</body></html>
"""


def static_file(directories: tuple[Path, ...], name: str, types: dict[str, str], headers: dict[str, str]) -> Response:
    """The file `name` from the first of `directories` that has it: plain names of the given kinds only, else a 404."""
    if "/" in name or "\\" in name or name.startswith(".") or Path(name).suffix not in types:
        return PlainTextResponse("no such file", status_code=404)
    path = next((d / name for d in directories if (d / name).is_file()), None)
    if path is None:
        return PlainTextResponse("no such file", status_code=404)
    return FileResponse(path, media_type=types[path.suffix], headers=headers)


def _offline(page: Response) -> Response:
    page.headers.update(_PAGE_HEADERS)
    return page


def add_pages(app: FastAPI) -> None:
    title = app.title

    async def landing(request: Request) -> Response:
        backend = getattr(request.app.state, "backend", None)
        return HTMLResponse(_LANDING.replace("__BACKEND__", getattr(backend, "name", "?")), headers=_PAGE_HEADERS)

    async def swagger(_request: Request) -> Response:
        return _offline(get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title} · API", swagger_js_url="/vendor/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger-ui.css", swagger_favicon_url="/vendor/favicon-32x32.png"))

    async def redoc(_request: Request) -> Response:
        return _offline(get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title} · API", redoc_js_url="/vendor/redoc.standalone.js",
            redoc_favicon_url="/vendor/favicon-32x32.png", with_google_fonts=False))

    async def asset(request: Request) -> Response:
        return static_file(VENDOR_DIRS, request.path_params["name"], _TYPES, {"Cache-Control": "public, max-age=3600"})

    app.add_route("/", landing, include_in_schema=False)
    app.add_route("/docs", swagger, include_in_schema=False)
    app.add_route("/redoc", redoc, include_in_schema=False)
    app.add_route("/vendor/{name}", asset, include_in_schema=False)
