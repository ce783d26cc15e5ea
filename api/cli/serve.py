"""`fkg serve` and `fkg demo`: the HTTP API, on every core."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from api.cli.common import app, fail, settings
from api.cli.query import ask, open_backend


@app.command()
def serve(
    backend: Annotated[str | None, typer.Option("--backend", help="embedded or neo4j (FKG_BACKEND).")] = None,
    host: Annotated[str | None, typer.Option("--host", help="FKG_HOST; default 127.0.0.1.")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help="FKG_PORT; default 8000.")] = None,
    store: Annotated[Path | None, typer.Option("--store", "-s", help="The embedded store (FKG_STORE).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1,
                                                help="Processes, each with the graph loaded (FKG_WORKERS; default: the cores).")] = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    s = settings()
    backend, store = backend or s.backend, store or s.store
    host, port, workers = host or s.host, port or s.port, workers or s.serve_workers()
    be = open_backend(backend, store)  # a bad store or an unreachable Neo4j is one line here, not an error per worker
    name = be.name
    del be
    # Each worker process builds its own app from the settings (`api.app:app_from_settings`), which these name.
    os.environ.update({"FKG_BACKEND": backend, "FKG_STORE": str(Path(store).resolve())})
    typer.echo(f"fkg: serving the {name} backend on http://{host}:{port} with {workers} worker{'s' * (workers > 1)} "
               "(docs: /docs)", err=True)
    from api.serving import run_uvicorn

    run_uvicorn("api.app:app_from_settings", host, port, workers)


@app.command()
def demo(
    store: Annotated[Path | None, typer.Option("--store", "-s",
                                               help="The store `fkg ask`, `stats` and `serve` read by default (FKG_STORE).")] = None,
    port: Annotated[int | None, typer.Option("--port", help="FKG_PORT; default 8000.")] = None,
    host: Annotated[str | None, typer.Option("--host", help="FKG_HOST; default 127.0.0.1.")] = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Stop after the answers.")] = False,
) -> None:
    """Ingest the bundled corpus, answer two questions, serve the API."""
    from api.cli.build import ingest
    from service.settings import bundled_path

    store = store or settings().store
    host, port = host or settings().host, port or settings().port
    typer.echo(f"fkg demo: ingesting the bundled corpus into {store}", err=True)
    with bundled_path("corpus/articles.jsonl") as corpus:
        if not corpus.is_file():
            raise fail(f"{corpus}: the bundled corpus is missing from this installation")
        ingest([str(corpus)], store=store, facts=False, aliases=None, workers=1, on_error="skip", show_progress=True)
    for q in ("who holds 普惠立信", "谁接替了叶望春"):
        typer.echo(f"\n? {q}")
        ask([q], backend="embedded", store=store, as_json=False, evidence=2)
    hint = "" if store == settings().store else f" --store {store}"
    typer.echo(f"\nAsk more: .venv/bin/fkg ask{hint} \"who controls 金融壹账通\"   (the store: {store})", err=True)
    if not no_serve:
        typer.echo(f"Explore: http://{host}:{port}/explore   API docs: http://{host}:{port}/docs", err=True)
        serve(backend="embedded", host=host, port=port, store=store, workers=None)
