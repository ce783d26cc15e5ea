"""`fkg serve` and `fkg demo`: the HTTP API, on every core."""

from __future__ import annotations

import os
from pathlib import Path

import click

from api.cli.build import ingest
from api.cli.common import CONTEXT, PATH, fail, settings
from api.cli.query import ask, open_backend


@click.command(context_settings=CONTEXT)
@click.option("--backend", help="embedded or neo4j (FKG_BACKEND).")
@click.option("--host", help="FKG_HOST; default 127.0.0.1.")
@click.option("--port", type=click.IntRange(min=1, max=65535), help="FKG_PORT; default 8000.")
@click.option("--store", "-s", type=PATH, help="The embedded store (FKG_STORE).")
@click.option("--workers", "-w", type=click.IntRange(min=1), help="Processes, each with the graph loaded (FKG_WORKERS; default: the cores).")
def serve(backend: str | None, host: str | None, port: int | None, store: Path | None, workers: int | None) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    s = settings()
    backend, store = backend or s.backend, store or s.store
    host, port, workers = host or s.host, port or s.port, workers or s.serve_workers()
    be = open_backend(backend, store)  # a bad store or an unreachable Neo4j is one line here, not an error per worker
    name = be.name
    del be
    # Each worker process builds its own app from the settings (`api.app:app_from_settings`), which these name.
    os.environ.update({"FKG_BACKEND": backend, "FKG_STORE": str(Path(store).resolve())})
    click.echo(f"fkg: serving the {name} backend on http://{host}:{port} with {workers} worker{'s' * (workers > 1)} "
               "(docs: /docs)", err=True)
    from api.serving import run_uvicorn

    run_uvicorn("api.app:app_from_settings", host, port, workers)


@click.command(context_settings=CONTEXT)
@click.option("--store", "-s", type=PATH, help="The store `fkg ask`, `stats` and `serve` read by default (FKG_STORE).")
@click.option("--port", type=int, help="FKG_PORT; default 8000.")
@click.option("--host", help="FKG_HOST; default 127.0.0.1.")
@click.option("--no-serve", is_flag=True, help="Stop after the answers.")
@click.pass_context
def demo(ctx: click.Context, store: Path | None, port: int | None, host: str | None, no_serve: bool) -> None:
    """Ingest the bundled corpus, answer two questions, serve the API."""
    from service.settings import bundled_path

    store = store or settings().store
    host, port = host or settings().host, port or settings().port
    click.echo(f"fkg demo: ingesting the bundled corpus into {store}", err=True)
    with bundled_path("corpus/articles.jsonl") as corpus:
        if not corpus.is_file():
            raise fail(f"{corpus}: the bundled corpus is missing from this installation")
        ctx.invoke(ingest, inputs=(str(corpus),), store=store, show_progress=True)
    for q in ("who holds 普惠立信", "谁接替了叶望春"):
        click.echo(f"\n? {q}")
        ctx.invoke(ask, question=(q,), backend="embedded", store=store, evidence=2)
    hint = "" if store == settings().store else f" --store {store}"
    click.echo(f"\nAsk more: .venv/bin/fkg ask{hint} \"who controls 金融壹账通\"   (the store: {store})", err=True)
    if not no_serve:
        click.echo(f"Explore: http://{host}:{port}/explore   API docs: http://{host}:{port}/docs", err=True)
        ctx.invoke(serve, backend="embedded", host=host, port=port, store=store)


#: the commands this module adds to `fkg`
COMMANDS = (serve, demo)
