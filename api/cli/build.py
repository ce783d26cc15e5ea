"""`fkg extract`, `fkg eval`, `fkg ingest`: articles → facts → the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from api.cli.common import CONTEXT, PATH, fail, prepare_extraction, progress, settings


@click.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", type=PATH, help="Write facts here (JSON Lines); default stdout.")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes to use (with --engine and no --cluster: a local cluster's workers).")
@click.option("--on-error", default="skip", show_default=True, help="fail: stop at the first bad input; skip: warn and go on.")
@click.option("--engine", help="dask: spread the work over a cluster; --out is then a directory of parts.")
@click.option("--cluster", help="The engine's scheduler (tcp://host:8786; FKG_CLUSTER); default: a local cluster of --workers processes.")
@click.option("--split-mb", type=click.FloatRange(min=0.001), default=4.0, show_default=True,
              help="With --engine: megabytes of input per task.")
def extract(inputs: tuple[str, ...], out: Path | None, workers: int, on_error: str, engine: str | None, cluster: str | None,
            split_mb: float) -> None:
    """Extract facts (the annotation guide's format, with evidence) from articles.

    INPUTS: files, directories or - for stdin (.jsonl, .txt, .md, .html)."""
    prepare_extraction()
    from extract.runner import ExtractFailed, RunStats, iter_facts, read_articles, write_jsonl_atomic

    if on_error not in ("fail", "skip"):
        raise fail(f"--on-error must be fail or skip, not {on_error!r}", 2)
    if engine is not None:
        _extract_distributed(inputs, out, engine, cluster or settings().cluster, workers, on_error, split_mb)
        return
    if cluster:
        raise fail("--cluster needs --engine dask", 2)
    stats = RunStats()
    bar = progress()

    def issue(msg: str) -> None:
        click.echo(("fkg: error: " if on_error == "fail" else "fkg: warning: ") + msg, err=True)

    def tick(_a: object) -> None:
        if bar is not None:
            bar.update(1)

    try:
        rows = iter_facts(read_articles(inputs), workers=workers, on_error=on_error, on_issue=issue, on_article=tick, stats=stats)
        write_jsonl_atomic(rows, out, None if out else sys.stdout)
    except ExtractFailed:
        raise click.exceptions.Exit(1) from None
    except OSError as e:
        raise fail(f"{out}: cannot write: {e.strerror or e}") from None
    finally:
        if bar is not None:
            bar.close()
    click.echo(f"fkg: {stats.articles} articles, {stats.facts} facts, {stats.issues} problems", err=True)
    if stats.articles == 0:
        raise click.exceptions.Exit(1)


def _extract_distributed(inputs: tuple[str, ...], out: Path | None, engine: str, cluster: str | None, workers: int,
                         on_error: str, split_mb: float) -> None:
    """`fkg extract --engine`: the job on a cluster, the parts in the directory --out."""
    from extract.distributed import JobFailed, JobOptions, check_engine, run_job

    try:
        check_engine(engine)
    except JobFailed as e:
        raise fail(str(e), 2) from None
    if out is None:
        raise fail("--engine writes a directory of parts: give it with --out DIR", 2)
    bar = progress()

    def issue(msg: str) -> None:
        click.echo(("fkg: error: " if on_error == "fail" else "fkg: warning: ") + msg, err=True)

    def landed(part) -> None:
        if bar is not None:
            bar.update(part.articles)

    options = JobOptions(engine=engine, cluster=cluster, workers=workers, on_error=on_error,
                         split_bytes=int(split_mb * (1 << 20)), on_issue=issue, on_part=landed)
    try:
        report = run_job(inputs, out, options)
    except JobFailed as e:
        raise fail(f"{e}; {out} is unchanged") from None
    finally:
        if bar is not None:
            bar.close()
    click.echo(f"fkg: {report.articles} articles, {report.facts} facts, {report.problems} problems; "
               f"{len(report.parts)} parts on {report.workers} workers in {report.seconds:.1f} s -> {out}", err=True)
    if report.articles == 0:
        raise click.exceptions.Exit(1)


@click.command("eval", context_settings=CONTEXT)
@click.option("--gold", type=PATH, multiple=True, required=True, help="Gold facts (JSON Lines); repeat for several files.")
@click.option("--entities", type=PATH, multiple=True, required=True, help="Gold entities (JSON Lines); repeat.")
@click.option("--predicted", type=PATH, help="Facts to score; default: extract now.")
@click.option("--input", "inputs", multiple=True, help="Articles to extract from when no --predicted (default: the bundled corpus).")
@click.option("--show-errors", type=int, default=0, help="List this many misses and spurious facts.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate(gold: tuple[Path, ...], entities: tuple[Path, ...], predicted: Path | None, inputs: tuple[str, ...],
             show_errors: int, as_json: bool) -> None:
    """Score extraction against a gold set and print the per-predicate table."""
    prepare_extraction()
    from extract.evaluate import score
    from extract.runner import iter_facts, read_articles
    from service.settings import bundled_path
    from text.jsonl import read_jsonl

    try:
        gold_rows = read_jsonl(gold)
        ent_rows = read_jsonl(entities)
        if predicted is not None:
            pred = read_jsonl([predicted])
        else:
            wanted = {r["article_id"] for r in gold_rows}
            with bundled_path("corpus/articles.jsonl") as corpus:
                arts = (a for a in read_articles(inputs or [str(corpus)]) if getattr(a, "id", None) in wanted)
                pred = list(iter_facts(arts))
        report = score(pred, gold_rows, ent_rows)
    except (OSError, ValueError) as e:
        raise fail(str(e)) from None
    if as_json:
        click.echo(json.dumps({
            "per_predicate": {k: {**c, **dict(zip("prf", report.prf(c), strict=True))} for k, c in report.per_predicate.items()},
            "micro": {**report.micro, **dict(zip("prf", report.prf(report.micro), strict=True))},
            "date_accuracy": report.date_accuracy, "unresolved_predictions": report.unresolved,
        }, ensure_ascii=False))
    else:
        click.echo(report.table())
    if show_errors:
        click.echo("\n# missed")
        for r in report.missed[:show_errors]:
            click.echo(json.dumps({k: r.get(k) for k in ("article_id", "subject", "predicate", "object", "qualifiers")}, ensure_ascii=False))
        click.echo("\n# spurious")
        for r in report.spurious[:show_errors]:
            click.echo(json.dumps({k: r.get(k) for k in ("article_id", "subject", "predicate", "object", "qualifiers")}, ensure_ascii=False))


@click.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--store", "-s", type=PATH, help="The embedded store (SQLite; FKG_STORE).")
@click.option("--facts", is_flag=True, help="INPUTS are `fkg extract` output (a file, or the directory `--engine` writes), not articles.")
@click.option("--aliases", type=PATH, help="Curated alias table (TSV; FKG_ALIASES; default: the bundled one).")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--on-error", default="skip", show_default=True, help="fail or skip bad input.")
@click.option("--show-progress", is_flag=True, hidden=True)
def ingest(inputs: tuple[str, ...], store: Path | None, facts: bool, aliases: Path | None, workers: int, on_error: str,
           show_progress: bool) -> None:
    """Add articles to the embedded store: incremental, idempotent, atomic.

    INPUTS: articles (as for extract) or, with --facts, extracted facts."""
    prepare_extraction()
    from graph.ingest import load_curated
    from graph.store import Store, StoreError
    from service.build import BuildFailed, BuildOptions, build, open_inputs
    from service.settings import bundled

    if on_error not in ("fail", "skip"):
        raise fail(f"--on-error must be fail or skip, not {on_error!r}", 2)
    store = store or settings().store
    bar = None
    options = BuildOptions(workers, on_error, on_issue=lambda msg: click.echo(f"fkg: {msg}", err=True),
                           on_article=lambda _a: bar.update(1) if bar is not None else None)
    try:
        source = open_inputs(inputs, facts, options)  # before the store is opened: bad input alone creates nothing
    except BuildFailed:
        raise click.exceptions.Exit(1) from None
    try:
        curated = load_curated(aliases or settings().aliases or bundled("aliases.tsv"))
        db = Store(store)
    except (ValueError, StoreError, OSError) as e:
        raise fail(str(e)) from None
    bar = progress(show_progress)
    try:
        report = build(db, source, curated, options)
    except BuildFailed:
        raise click.exceptions.Exit(1) from None
    except KeyboardInterrupt:
        click.echo("fkg: interrupted; the store is unchanged", err=True)
        raise click.exceptions.Exit(130) from None
    except (ValueError, OSError) as e:
        raise fail(f"{e}; the store is unchanged") from None
    finally:
        if bar is not None:
            bar.close()
        db.close()
    for msg in report.invalid[:20]:
        click.echo(f"fkg: warning: invalid fact skipped: {msg}", err=True)
    click.echo(
        f"fkg: {report.articles_new} new, {report.articles_updated} updated, {report.articles_unchanged} unchanged articles; "
        f"{report.facts_read} facts read, {report.entities_created} entities created, {report.entities_merged} merged "
        f"-> {store}", err=True)


#: the commands this module adds to `fkg`
COMMANDS = (extract, evaluate, ingest)
