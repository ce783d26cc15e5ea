"""`fkg`: the command line.

Exit codes: 0 ok, 1 error (bad input, failed run), 2 usage. Errors are one
line on stderr naming the input and the problem, never a traceback.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="fkg", help="fintech-kg: a knowledge graph of Chinese fintech entities from financial news.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)


def _version() -> str:
    try:
        return version("fintech-kg")
    except PackageNotFoundError:
        return "0.0.0+local"


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"fkg: error: {message}", err=True)
    return typer.Exit(code)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
                           "time": self.formatTime(record)}, ensure_ascii=False)


@app.callback(invoke_without_command=True)
def main(
    show_version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
    log_level: Annotated[str, typer.Option("--log-level", envvar="FKG_LOG_LEVEL", help="debug, info, warning, error")] = "warning",
    log_json: Annotated[bool, typer.Option("--log-json", envvar="FKG_LOG_JSON", help="Log as JSON lines.")] = False,
) -> None:
    if show_version:
        typer.echo(f"fkg {_version()}")
        raise typer.Exit(0)
    level = getattr(logging, log_level.upper(), None)
    if not isinstance(level, int):
        raise _fail(f"--log-level: unknown level {log_level!r}", 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_json else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)


def _progress(total_hint: int | None):
    if not sys.stderr.isatty() and not os.environ.get("FKG_PROGRESS"):
        return None
    from tqdm import tqdm

    return tqdm(total=total_hint, unit="art", file=sys.stderr, dynamic_ncols=True, leave=False)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin (.jsonl, .txt, .md, .html).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write facts here (JSON Lines); default stdout.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Processes to use.")] = 1,
    on_error: Annotated[str, typer.Option("--on-error", help="fail: stop at the first bad input; skip: warn and go on.")] = "skip",
) -> None:
    """Extract facts (the annotation guide's format, with evidence) from articles."""
    from extract.runner import ExtractFailed, RunStats, iter_facts, read_articles, write_jsonl_atomic

    if on_error not in ("fail", "skip"):
        raise _fail(f"--on-error must be fail or skip, not {on_error!r}", 2)
    stats = RunStats()
    bar = _progress(None)

    def issue(msg: str) -> None:
        typer.echo(("fkg: error: " if on_error == "fail" else "fkg: warning: ") + msg, err=True)

    def tick(_a: object) -> None:
        if bar is not None:
            bar.update(1)

    try:
        rows = iter_facts(read_articles(inputs), workers=workers, on_error=on_error, on_issue=issue, on_article=tick, stats=stats)
        write_jsonl_atomic(rows, out, None if out else sys.stdout)
    except ExtractFailed:
        raise typer.Exit(1) from None
    except OSError as e:
        raise _fail(f"{out}: cannot write: {e.strerror or e}") from None
    finally:
        if bar is not None:
            bar.close()
    typer.echo(f"fkg: {stats.articles} articles, {stats.facts} facts, {stats.issues} problems", err=True)
    if stats.articles == 0:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold facts (JSON Lines); repeat for several files.")],
    entities: Annotated[list[Path], typer.Option("--entities", help="Gold entities (JSON Lines); repeat.")],
    predicted: Annotated[Path | None, typer.Option("--predicted", help="Facts to score; default: extract now.")] = None,
    inputs: Annotated[list[str] | None, typer.Option("--input", help="Articles to extract from when no --predicted.")] = None,
    show_errors: Annotated[int, typer.Option("--show-errors", help="List this many misses and spurious facts.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score extraction against a gold set and print the per-predicate table."""
    from extract.evaluate import score
    from extract.runner import iter_facts, read_articles
    from text.jsonl import read_jsonl

    try:
        gold_rows = read_jsonl(gold)
        ent_rows = read_jsonl(entities)
        if predicted is not None:
            pred = read_jsonl([predicted])
        else:
            wanted = {r["article_id"] for r in gold_rows}
            src = inputs or [str(_default_corpus())]
            arts = (a for a in read_articles(src) if getattr(a, "id", None) in wanted)
            pred = list(iter_facts(arts))
        report = score(pred, gold_rows, ent_rows)
    except (OSError, ValueError) as e:
        raise _fail(str(e)) from None
    if as_json:
        typer.echo(json.dumps({
            "per_predicate": {k: {**c, **dict(zip("prf", report.prf(c), strict=True))} for k, c in report.per_predicate.items()},
            "micro": {**report.micro, **dict(zip("prf", report.prf(report.micro), strict=True))},
            "date_accuracy": report.date_accuracy, "unresolved_predictions": report.unresolved,
        }, ensure_ascii=False))
    else:
        typer.echo(report.table())
    if show_errors:
        typer.echo("\n# missed")
        for r in report.missed[:show_errors]:
            typer.echo(json.dumps({k: r.get(k) for k in ("article_id", "subject", "predicate", "object", "qualifiers")}, ensure_ascii=False))
        typer.echo("\n# spurious")
        for r in report.spurious[:show_errors]:
            typer.echo(json.dumps({k: r.get(k) for k in ("article_id", "subject", "predicate", "object", "qualifiers")}, ensure_ascii=False))


DEFAULT_STORE = os.environ.get("FKG_STORE", "fkg.sqlite")
DEFAULT_ALIASES = Path(__file__).resolve().parent.parent / "data" / "aliases.tsv"


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Articles (as for extract) or, with --facts, extracted facts.")],
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE", help="The embedded store (SQLite).")] = Path(DEFAULT_STORE),
    facts: Annotated[bool, typer.Option("--facts", help="INPUT is `fkg extract` output, not articles.")] = False,
    aliases: Annotated[Path | None, typer.Option("--aliases", envvar="FKG_ALIASES", help="Curated alias table (TSV).")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1)] = 1,
    on_error: Annotated[str, typer.Option("--on-error", help="fail or skip bad input.")] = "skip",
) -> None:
    """Add articles to the embedded store: incremental, idempotent, atomic."""
    from extract.readers import ReadIssue, content_digest
    from extract.runner import has_chinese, read_articles, safe_extract
    from graph.ingest import ArticleMeta, known_articles, load_curated
    from graph.ingest import ingest as run_ingest
    from graph.store import Store, StoreError
    from text.jsonl import read_jsonl

    if on_error not in ("fail", "skip"):
        raise _fail(f"--on-error must be fail or skip, not {on_error!r}", 2)
    # Read up to the first usable input before the store is opened: bad input alone creates nothing.
    fact_rows: list[dict] = []
    head: list = []
    problems = 0
    items = iter(read_articles(inputs)) if not facts else iter(())
    if facts:
        try:
            fact_rows = read_jsonl([Path(p) for p in inputs])
        except UnicodeDecodeError:
            raise _fail(f"{', '.join(inputs)}: not UTF-8 text (a binary file?)") from None
        except (OSError, ValueError) as e:
            raise _fail(f"{getattr(e, 'filename', None) or ''}{': ' if getattr(e, 'filename', None) else ''}"
                        f"{getattr(e, 'strerror', None) or e}") from None
        if not fact_rows:
            raise _fail(f"{', '.join(inputs)}: no facts in the input (empty?)")
    else:
        issues = []
        for item in items:
            problem = str(item) if isinstance(item, ReadIssue) else None if has_chinese(item) else \
                f"{item.where or item.source or '<input>'}: article {item.id} has no Chinese text; skipped"
            if problem is None:
                head.append(item)
                break
            issues.append(problem)
            if on_error == "fail":
                break
        if not head or (issues and on_error == "fail"):
            for msg in issues or [f"{', '.join(inputs)}: no articles"]:
                typer.echo(f"fkg: error: {msg.removesuffix('; skipped')}", err=True)
            raise typer.Exit(1)
        problems = len(issues)
        for msg in issues:
            typer.echo(f"fkg: warning: {msg}", err=True)
    try:
        curated = load_curated(aliases or (DEFAULT_ALIASES if DEFAULT_ALIASES.exists() else None))
        db = Store(store)
    except (ValueError, StoreError, OSError) as e:
        raise _fail(str(e)) from None
    bar = _progress(None)
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 and not facts else None

    def batches():
        nonlocal problems
        if facts:
            by_article: dict[str, list[dict]] = {}
            for r in fact_rows:
                by_article.setdefault(r["article_id"], []).append(r)
            for aid, fs in by_article.items():
                yield ArticleMeta(aid, sha=content_digest(aid, json.dumps(fs, ensure_ascii=False, sort_keys=True))), fs
            return
        known = known_articles(db)
        todo: list = []

        def extracted(items: list):
            results = pool.map(safe_extract, items, chunksize=4) if pool else map(safe_extract, items)
            for item, (_aid, result) in zip(items, results, strict=True):
                meta = ArticleMeta(item.id, item.title, item.date, item.url, item.source, content_digest(item.title, item.text))
                if isinstance(result, str):
                    typer.echo(f"fkg: warning: {item.where or item.source}: article {item.id}: {result}", err=True)
                    continue
                yield meta, result

        for item in itertools.chain(head, items):
            problem = str(item) if isinstance(item, ReadIssue) else None if has_chinese(item) else \
                f"{item.where or item.source or '<input>'}: article {item.id} has no Chinese text; skipped"
            if problem is not None:
                problems += 1
                typer.echo(f"fkg: {'error' if on_error == 'fail' else 'warning'}: {problem}", err=True)
                if on_error == "fail":
                    raise typer.Exit(1)
                continue
            sha = content_digest(item.title, item.text)
            if known.get(item.id) == sha:
                yield ArticleMeta(item.id, item.title, item.date, item.url, item.source, sha), None
                continue
            todo.append(item)
            if len(todo) >= 64:
                yield from extracted(todo)
                todo = []
        yield from extracted(todo)

    try:
        report = run_ingest(db, batches(), curated, on_article=lambda _m: bar.update(1) if bar is not None else None)
    except KeyboardInterrupt:
        typer.echo("fkg: interrupted; the store is unchanged", err=True)
        raise typer.Exit(130) from None
    except (ValueError, OSError) as e:
        raise _fail(f"{e}; the store is unchanged") from None
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        db.close()
    for msg in report.invalid[:20]:
        typer.echo(f"fkg: warning: invalid fact skipped: {msg}", err=True)
    typer.echo(
        f"fkg: {report.articles_new} new, {report.articles_updated} updated, {report.articles_unchanged} unchanged articles; "
        f"{report.facts_read} facts read, {report.entities_created} entities created, {report.entities_merged} merged "
        f"-> {store}", err=True)


@app.command()
def stats(
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE")] = Path(DEFAULT_STORE),
    as_json: Annotated[bool, typer.Option("--json")] = False,
    top: Annotated[int, typer.Option("--top", min=0, help="Also list the N most central entities (degree centrality).")] = 0,
) -> None:
    """Counts of articles, entities by type and facts by predicate."""
    from graph.algorithms import centrality
    from graph.memory import KnowledgeGraph
    from graph.store import Store, StoreError

    if not store.exists():
        raise _fail(f"{store}: no such store (run fkg ingest first)")
    try:
        with Store(store) as db:
            c = db.counts()
            if top:
                kg = KnowledgeGraph.load(db)
                c["central"] = [{"id": e, "name": kg.name(e), "centrality": round(r, 5)} for e, r in centrality(kg, top)]
    except StoreError as e:
        raise _fail(str(e)) from None
    if as_json:
        typer.echo(json.dumps(c, ensure_ascii=False))
        return
    typer.echo(stats_table(store, c))


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


@app.command("load-neo4j")
def load_neo4j(
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE")] = Path(DEFAULT_STORE),
    uri: Annotated[str | None, typer.Option("--uri", help="bolt://host:7687 (default: NEO4J_URI)")] = None,
    user: Annotated[str | None, typer.Option("--user", help="default: NEO4J_USER or neo4j")] = None,
    password: Annotated[str | None, typer.Option("--password", help="default: NEO4J_PASSWORD")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=100_000)] = 5000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=16, help="Parallel node batches.")] = 4,
    prune: Annotated[bool, typer.Option("--prune", help="Also delete what the store no longer has.")] = False,
) -> None:
    """Load the embedded store into Neo4j 5: constraints, then batched MERGE (idempotent)."""
    from graph.neo4j.load import Neo4jConfig, Neo4jUnavailable, load
    from graph.store import Store, StoreError

    if not store.exists():
        raise _fail(f"{store}: no such store (run fkg ingest first)")
    try:
        cfg = Neo4jConfig.from_env(uri, user, password)
        with Store(store) as db:
            report = load(db, cfg, batch_size, workers, prune,
                          progress=lambda what, n: typer.echo(f"fkg: loaded {n:>8} {what}", err=True))
    except (Neo4jUnavailable, StoreError) as e:
        raise _fail(str(e)) from None
    typer.echo(f"fkg: {sum(report.rows.values())} rows in {report.batches} batches, {report.seconds}s -> {cfg.uri}", err=True)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, cytoscape, turtle, jsonld, cypher, neo4j-csv, html")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (a directory for neo4j-csv).")],
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE")] = Path(DEFAULT_STORE),
    center: Annotated[str | None, typer.Option("--center", help="Only this entity's neighbourhood (id or name).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, max=5, help="Hops around --center.")] = 1,
) -> None:
    """Export the graph (or a neighbourhood) for Gephi, Cytoscape, RDF tools, Neo4j or a browser."""
    from graph.export import FORMAT_NAMES, select
    from graph.export import export as run_export
    from service.embedded import EmbeddedBackend
    from service.errors import Ambiguous, NotFound

    if fmt not in FORMAT_NAMES:
        raise _fail(f"--format must be one of {', '.join(FORMAT_NAMES)}, not {fmt!r}", 2)
    be = _backend("embedded", store)
    assert isinstance(be, EmbeddedBackend)
    try:
        cid = be.resolve(center)["id"] if center else None
    except NotFound as e:
        raise _fail(f"--center: no entity matches {e.what!r}") from None
    except Ambiguous as e:
        raise _fail(f"--center: {e.what!r} is ambiguous: " + "; ".join(f"{c['name']} ({c['id']})" for c in e.candidates)) from None
    sub = select(be.kg, be.store, cid, depth)
    try:
        run_export(sub, fmt, out)
    except OSError as e:
        raise _fail(f"{out}: cannot write: {e.strerror or e}") from None
    typer.echo(f"fkg: {len(sub.entities)} entities, {len(sub.facts)} facts -> {out} ({fmt})", err=True)


def _backend(backend: str, store: Path):
    if backend == "embedded":
        from service.embedded import EmbeddedBackend

        try:
            return EmbeddedBackend(store)
        except FileNotFoundError as e:
            raise _fail(str(e)) from None
    if backend == "neo4j":
        from service.neo4j_backend import Neo4jBackend, Neo4jUnavailable

        try:
            return Neo4jBackend.from_env()
        except Neo4jUnavailable as e:
            raise _fail(str(e)) from None
    raise _fail(f"--backend must be embedded or neo4j, not {backend!r}", 2)


@app.command()
def serve(
    backend: Annotated[str, typer.Option("--backend", envvar="FKG_BACKEND", help="embedded or neo4j")] = "embedded",
    host: Annotated[str, typer.Option("--host", envvar="FKG_HOST")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", envvar="FKG_PORT", min=1, max=65535)] = 8000,
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE")] = Path(DEFAULT_STORE),
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    import uvicorn

    from api.app import create_app

    be = _backend(backend, store)
    typer.echo(f"fkg: serving the {be.name} backend on http://{host}:{port} (docs: /docs)", err=True)
    uvicorn.run(create_app(be), host=host, port=port, log_level="warning")


@app.command()
def ask(
    question: Annotated[list[str], typer.Argument(help="A question in Chinese or English.")],
    backend: Annotated[str, typer.Option("--backend", envvar="FKG_BACKEND")] = "embedded",
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE")] = Path(DEFAULT_STORE),
    as_json: Annotated[bool, typer.Option("--json", help="Print the structured answer.")] = False,
    evidence: Annotated[int, typer.Option("--evidence", help="How many evidence sentences to print.")] = 3,
) -> None:
    """Answer a relationship question, with the sentences behind the answer."""
    from service.ask import UnsupportedQuestion, answer
    from service.errors import Ambiguous, NotFound

    be = _backend(backend, store)
    q = " ".join(question)
    try:
        result = answer(be, q)
    except UnsupportedQuestion as e:
        typer.echo(f"fkg: {e}. Supported forms:", err=True)
        for form in e.supported:
            typer.echo(f"  {form}", err=True)
        raise typer.Exit(1) from None
    except NotFound as e:
        hint = ", ".join(s["name"] for s in e.suggestions[:5])
        raise _fail(f"no entity matches {e.what!r}" + (f"; did you mean: {hint}?" if hint else "")) from None
    except Ambiguous as e:
        raise _fail(f"{e.what!r} is ambiguous: " + "; ".join(f"{c['name']} ({c['id']})" for c in e.candidates)) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(result["answer"])
    for ev in result["evidence"][:evidence]:
        typer.echo(f"  · {ev['evidence']}  [{ev['article_id']}]")


@app.command()
def demo(
    store: Annotated[Path, typer.Option("--store", "-s", envvar="FKG_STORE",
                                        help="The store `fkg ask`, `stats` and `serve` read by default.")] = Path(DEFAULT_STORE),
    port: Annotated[int, typer.Option("--port", envvar="FKG_PORT")] = 8000,
    host: Annotated[str, typer.Option("--host", envvar="FKG_HOST")] = "127.0.0.1",
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Stop after the answers.")] = False,
) -> None:
    """Ingest the bundled corpus, answer two questions, serve the API."""
    os.environ.setdefault("FKG_PROGRESS", "1")
    typer.echo(f"fkg demo: ingesting the bundled corpus into {store}", err=True)
    ingest([str(_default_corpus())], store=store, facts=False, aliases=None, workers=1, on_error="skip")
    for q in ("who holds 普惠立信", "谁接替了叶望春"):
        typer.echo(f"\n? {q}")
        ask([q], backend="embedded", store=store, as_json=False, evidence=2)
    hint = "" if store == Path(DEFAULT_STORE) else f" --store {store}"
    typer.echo(f"\nAsk more: .venv/bin/fkg ask{hint} \"who controls 金融壹账通\"   (the store: {store})", err=True)
    if not no_serve:
        typer.echo(f"Explore: http://{host}:{port}/explore   API docs: http://{host}:{port}/docs", err=True)
        serve(backend="embedded", host=host, port=port, store=store)


def _default_corpus() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "corpus" / "articles.jsonl"


def run() -> None:
    """Console-script entry: typer's usage errors exit 2, others 1."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        typer.echo("fkg: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    run()
