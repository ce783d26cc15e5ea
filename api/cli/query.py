"""`fkg stats`, `fkg ask`, `fkg export`, `fkg load-neo4j`: what the store holds, and where it goes."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, NoReturn

import click

from api.cli.common import CONTEXT, PATH, existing_store, fail, settings

#: the option every command that reads the embedded store takes
_STORE_HELP = "The embedded store (FKG_STORE)."


@click.command(context_settings=CONTEXT)
@click.option("--store", "-s", type=PATH, help=_STORE_HELP)
@click.option("--json", "as_json", is_flag=True)
@click.option("--top", type=click.IntRange(min=0), default=0, help="Also list the N most central entities (degree centrality).")
def stats(store: Path | None, as_json: bool, top: int) -> None:
    """Counts of articles, entities by type and facts by predicate."""
    from graph.algorithms import centrality
    from graph.knowledge_graph import KnowledgeGraph
    from graph.store import Store, StoreError

    store = existing_store(store)
    try:
        with Store(store) as db:
            c = db.counts()
            if top:
                kg = KnowledgeGraph.load(db)
                c["central"] = [{"id": e, "name": kg.name(e), "centrality": round(r, 5)} for e, r in centrality(kg, top)]
    except StoreError as e:
        raise fail(str(e)) from None
    if as_json:
        click.echo(json.dumps(c, ensure_ascii=False))
        return
    click.echo(stats_table(store, c))


def stats_table(store: Path, c: dict) -> str:
    """`fkg stats` as a person reads it: a header per section, a total under each (CJK names padded by display width)."""
    import unicodedata

    def pad(text: str, width: int) -> str:
        return text + " " * max(0, width - sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))

    central = c.get("central") or []
    w = max([22, *(len(k) + 2 for k in (*c["entities"], *c["facts"])), *(len(x["name"]) * 2 + 2 for x in central)])
    lines = [f"store {store} (schema v{c['schema_version']})", "", f"{pad('articles', w)}{c['articles']:>9,}"]
    for title, counts in (("entities by type", c["entities"]), ("facts by predicate", c["facts"])):
        lines += ["", f"{pad(title, w)}{'count':>9}"]
        lines += [f"  {pad(k, w - 2)}{v:>9,}" for k, v in counts.items()]
        lines.append(f"  {pad('total', w - 2)}{sum(counts.values()):>9,}")
    lines += ["", f"{pad('provenance records', w)}{c['provenance']:>9,}", f"{pad('contradictions', w)}{c['contradictions']:>9,}"]
    if central:
        lines += ["", f"{pad('most central (degree)', w)}{'centrality':>11}"]
        lines += [f"  {pad(x['name'], w - 2)}{x['centrality']:>11.5f}" for x in central]
    return "\n".join(lines)


@click.command(context_settings=CONTEXT)
@click.argument("question", nargs=-1, required=True)
@click.option("--backend", help="embedded or neo4j (FKG_BACKEND).")
@click.option("--store", "-s", type=PATH, help=_STORE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the structured answer.")
@click.option("--evidence", type=int, default=3, show_default=True, help="How many evidence sentences to print.")
def ask(question: tuple[str, ...], backend: str | None, store: Path | None, as_json: bool, evidence: int) -> None:
    """Answer a relationship question, with the sentences behind the answer.

    QUESTION: in Chinese or English (the words are joined with spaces)."""
    from service.ask import answer
    from service.errors import Ambiguous, NotFound
    from service.question import UnsupportedQuestion

    be = open_backend(backend, store)
    q = " ".join(question)
    try:
        result = answer(be, q)
    except (UnsupportedQuestion, NotFound, Ambiguous) as e:
        if as_json:  # a client reading JSON gets the body the HTTP API gives; the exit status still says it failed
            click.echo(json.dumps(e.body(), ensure_ascii=False, indent=2))
        _ask_failed(e)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(result["answer"])
    for ev in result["evidence"][:evidence]:
        click.echo(f"  · {ev['evidence']}  [{ev['article_id']}]")


def _ask_failed(e: Exception) -> NoReturn:
    """The one line (or the supported forms) on stderr, and exit 1."""
    from service.errors import Ambiguous, NotFound
    from service.question import UnsupportedQuestion

    if isinstance(e, UnsupportedQuestion):
        click.echo(f"fkg: {e}. Supported forms:", err=True)
        for form in e.supported:
            click.echo(f"  {form}", err=True)
        raise click.exceptions.Exit(1) from None
    if isinstance(e, NotFound):
        hint = ", ".join(s["name"] for s in e.suggestions[:5])
        raise fail(f"no entity matches {e.what!r}" + (f"; did you mean: {hint}?" if hint else "")) from None
    if isinstance(e, Ambiguous):
        raise fail(f"{e.what!r} is ambiguous: " + "; ".join(f"{c['name']} ({c['id']})" for c in e.candidates)) from None
    raise e


@click.command(context_settings=CONTEXT)
@click.option("--format", "-f", "fmt", required=True, help="graphml, gexf, cytoscape, turtle, jsonld, cypher, neo4j-csv, html")
@click.option("--out", "-o", type=PATH, required=True, help="File to write (a directory for neo4j-csv).")
@click.option("--store", "-s", type=PATH, help=_STORE_HELP)
@click.option("--center", help="Only this entity's neighbourhood (id or name).")
@click.option("--depth", type=click.IntRange(min=1, max=5), default=1, show_default=True, help="Hops around --center.")
def export(fmt: str, out: Path, store: Path | None, center: str | None, depth: int) -> None:
    """Export the graph (or a neighbourhood) for Gephi, Cytoscape, RDF tools, Neo4j or a browser."""
    from graph.export import FORMAT_NAMES, SHOWS_STATE, select
    from graph.export import export as run_export
    from service.embedded import EmbeddedBackend
    from service.errors import Ambiguous, NotFound
    from service.states import fact_states

    if fmt not in FORMAT_NAMES:
        raise fail(f"--format must be one of {', '.join(FORMAT_NAMES)}, not {fmt!r}", 2)
    be = open_backend("embedded", store)
    assert isinstance(be, EmbeddedBackend)
    try:
        cid = be.resolve(center)["id"] if center else None
    except NotFound as e:
        raise fail(f"--center: no entity matches {e.what!r}") from None
    except Ambiguous as e:
        raise fail(f"--center: {e.what!r} is ambiguous: " + "; ".join(f"{c['name']} ({c['id']})" for c in e.candidates)) from None
    sub = select(be.kg, be.store, cid, depth)
    if fmt in SHOWS_STATE:
        sub.states = fact_states(be, sub.facts)
    try:
        run_export(sub, fmt, out)
    except OSError as e:
        raise fail(f"{out}: cannot write: {e.strerror or e}") from None
    click.echo(f"fkg: {len(sub.entities)} entities, {len(sub.facts)} facts -> {out} ({fmt})", err=True)


@click.command("load-neo4j", context_settings=CONTEXT)
@click.option("--store", "-s", type=PATH, help=_STORE_HELP)
@click.option("--uri", help="bolt://host:7687 (default: NEO4J_URI)")
@click.option("--user", help="default: NEO4J_USER or neo4j")
@click.option("--password", help="default: NEO4J_PASSWORD")
@click.option("--batch-size", type=click.IntRange(min=1, max=100_000), default=10_000, show_default=True, help="Rows per transaction.")
@click.option("--workers", type=click.IntRange(min=1, max=16), default=2, show_default=True, help="Parallel node batches.")
@click.option("--prune", is_flag=True, help="Also delete what the store no longer has.")
def load_neo4j(store: Path | None, uri: str | None, user: str | None, password: str | None, batch_size: int, workers: int,
               prune: bool) -> None:
    """Load the embedded store into Neo4j 5: constraints, then batched CREATE of what it lacks, MERGE of what it has (idempotent)."""
    from graph.neo4j.load import Neo4jUnavailable, load
    from graph.store import Store, StoreError

    store = existing_store(store)
    # The driver retries transient errors itself and logs each retry; the outcome is our one line.
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    try:
        cfg = settings().neo4j.config(uri, user, password)
        with Store(store) as db:
            report = load(db, cfg, batch_size, workers, prune,
                          progress=lambda what, n: click.echo(f"fkg: loaded {n:>8} {what}", err=True))
    except (Neo4jUnavailable, StoreError) as e:
        raise fail(str(e)) from None
    click.echo(f"fkg: {sum(report.rows.values())} rows in {report.batches} batches, {report.seconds}s -> {cfg.uri}", err=True)


def open_backend(backend: str | None, store: Path | None) -> Any:
    """The backend the options (else the settings) name, or a one-line error."""
    from service.backends import BackendUnavailable
    from service.backends import open_backend as open_named

    try:
        return open_named(backend or settings().backend, store or settings().store, settings())
    except BackendUnavailable as e:
        raise fail(str(e)) from None


#: the commands this module adds to `fkg`
COMMANDS = (stats, ask, export, load_neo4j)
