"""The pages `fkg serve` offers people: `/`, `/docs`, `/redoc`, `/explore`, from vendored assets only."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def http(server: str):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


@pytest.mark.parametrize("path", ["/", "/docs", "/redoc", "/explore"])
def test_pages_load_nothing_from_elsewhere(http: httpx.Client, path: str) -> None:
    r = http.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert refs and all(ref.startswith("/") or ref.startswith("#") for ref in refs), refs
    for ref in refs:
        if ref.startswith(("/vendor/", "/explore/")):
            assert http.get(ref).status_code == 200, ref


def test_landing_links_the_explorer_and_the_docs(http: httpx.Client) -> None:
    text = http.get("/").text
    assert 'href="/explore"' in text and 'href="/docs"' in text and 'href="/redoc"' in text
    assert http.get("/explore/", follow_redirects=True).url.path == "/explore"


def test_vendor_serves_only_its_files(http: httpx.Client) -> None:
    assert http.get("/vendor/swagger-ui-bundle.js").headers["content-type"].startswith("text/javascript")
    assert http.get("/vendor/cytoscape.min.js").status_code == 200
    for bad in ("/vendor/VENDOR.md", "/vendor/__init__.py", "/vendor/..%2Fapp.py", "/explore/..%2F__init__.py", "/vendor/nope.js"):
        assert http.get(bad).status_code == 404, bad


def test_explorer_vocabulary(http: httpx.Client) -> None:
    v = http.get("/explore/vocabulary.json").json()
    assert v["roles"]["chairman"]["zh"] == "董事长" and set(v["colours"]) == {"Person", "Company", "Exchange"}
    assert "SOLD_STAKE" in v["predicates"]


def test_vendored_docs_assets_match_their_records() -> None:
    table = (ROOT / "api" / "vendor" / "VENDOR.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\S+) \| .*\| ([0-9a-f]{64}) \|$", table, re.M)
    assert {name for name, _ in rows} == {"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "redoc.standalone.js"}
    for name, digest in rows:
        assert hashlib.sha256((ROOT / "api" / "vendor" / name).read_bytes()).hexdigest() == digest, name
    for licence in ("swagger-ui.LICENSE", "swagger-ui.NOTICE", "redoc.LICENSE"):
        assert (ROOT / "api" / "vendor" / licence).stat().st_size > 0


def test_the_explorer_asks_only_the_public_api(http: httpx.Client) -> None:
    """Every request explorer.js makes is an operation of the OpenAPI schema (or its own vocabulary file), which
    both backends serve alike: nothing the embedded store alone could answer."""
    js = (ROOT / "api" / "explorer" / "static" / "explorer.js").read_text(encoding="utf-8")
    asked = {re.sub(r"\$\{[^}]+\}", "{x}", p) for p in re.findall(r'api\([`"](/[^`"?]*)[`"]', js)}
    assert len(asked) >= 6 and all("fetch(" not in line or "fetch(u," in line for line in js.splitlines())
    schema = {re.sub(r"\{[^}]+\}", "{x}", p) for p in http.get("/openapi.json").json()["paths"]}
    assert asked - {"/explore/vocabulary.json"} <= schema, asked - schema
