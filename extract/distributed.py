"""`fkg extract --engine`: a distributed run, from inputs to a partitioned facts directory.

plan the splits (`extract.splits`) → run them on the engine, one task per
split (`extract.partition.extract_split` on each worker) → publish the
directory (`extract.factsdir`). The output holds what a single-process run
of the same inputs writes, in the same order once the parts are
concatenated. Bad input is reported with its file and line; with
on_error="fail" the first problem stops the job and the previous output
stays as it was.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extract.factsdir import PartResult, write_manifest
from extract.runner import ExtractFailed
from extract.splits import DEFAULT_SPLIT_BYTES, plan_splits
from text.files import atomic_directory

#: engine name → the package it needs (installed by `pip install fintech-kg[distributed]`)
ENGINES = {"dask": "distributed"}


class JobFailed(RuntimeError):
    """The job stopped: bad input under on_error="fail" (already reported) or the engine's one-line reason."""


@dataclass
class JobOptions:
    engine: str = "dask"
    cluster: str | None = None  # the scheduler's address; None: a local cluster of `workers` processes
    workers: int = 2
    on_error: str = "skip"
    split_bytes: int = DEFAULT_SPLIT_BYTES
    connect_timeout: float = 20.0  # seconds to reach the scheduler at `cluster`
    on_issue: Callable[[str], None] = lambda _m: None  # one line per bad input
    on_part: Callable[[PartResult], None] = lambda _p: None  # progress, and a hook for tests


@dataclass
class JobReport:
    parts: list[PartResult] = field(default_factory=list)
    problems: int = 0
    bytes: int = 0
    workers: int = 0
    seconds: float = 0.0  # the whole job, cluster start included
    plan_seconds: float = 0.0  # reading the inputs for cut points and line numbers
    start_seconds: float = 0.0  # reaching (or starting) the cluster, the workers loading the dictionaries
    run_seconds: float = 0.0  # from the first task submitted to the last part in
    task_seconds: float = 0.0  # the sum of the tasks' own times

    @property
    def articles(self) -> int:
        return sum(p.articles for p in self.parts)

    @property
    def facts(self) -> int:
        return sum(p.facts for p in self.parts)


def check_engine(engine: str) -> None:
    """A one-line reason when `engine` is unknown or not installed."""
    if engine not in ENGINES:
        raise JobFailed(f"unknown engine {engine!r}: {', '.join(ENGINES)}")
    if importlib.util.find_spec(ENGINES[engine]) is None:
        raise JobFailed(f"the {engine} engine needs the package {ENGINES[engine]!r}: pip install 'fintech-kg[distributed]'")


def run_job(inputs: list[str], out: Path, options: JobOptions) -> JobReport:
    """Extract `inputs` on the engine into the directory `out`, replaced
    whole when the job succeeds and left alone when it fails."""
    check_engine(options.engine)
    from extract.dask_engine import EngineError, connect, prepare, run_splits
    from extract.splits import SplitError

    started = time.perf_counter()
    report = JobReport()
    try:
        plan = plan_splits(inputs, options.split_bytes)
    except SplitError as e:
        raise JobFailed(str(e)) from None
    report.bytes = plan.bytes
    report.plan_seconds = time.perf_counter() - started
    for issue in plan.issues:
        _problem(str(issue), options, report)
    if not plan.splits:
        raise JobFailed(f"{', '.join(inputs)}: no input files")

    def landed(part: PartResult) -> None:
        for msg in part.issues if not part.failed else [part.failed]:
            _problem(msg, options, report, stop=False)
        options.on_part(part)

    try:
        with atomic_directory(out) as staging:
            with connect(options.cluster, options.workers, options.connect_timeout) as client:
                report.workers = prepare(client)
                ready = time.perf_counter()
                report.start_seconds = ready - started - report.plan_seconds
                parts = run_splits(client, plan.splits, staging, options.on_error, landed)
                report.run_seconds = time.perf_counter() - ready
            if parts and parts[0].failed:
                raise ExtractFailed(parts[0].failed)
            report.task_seconds = sum(p.seconds for p in parts)
            write_manifest(staging, parts, {"engine": options.engine, "inputs": inputs, "bytes": plan.bytes, "timing": {
                "workers": report.workers, "plan_seconds": round(report.plan_seconds, 3),
                "start_seconds": round(report.start_seconds, 3), "run_seconds": round(report.run_seconds, 3),
                "task_seconds": round(report.task_seconds, 3)}})
    except ExtractFailed:
        raise JobFailed("stopped at the first problem (--on-error fail)") from None
    except (EngineError, ValueError) as e:
        raise JobFailed(str(e)) from None
    except OSError as e:
        raise JobFailed(f"{out}: cannot write: {e.strerror or e}") from None
    report.parts = parts
    report.seconds = time.perf_counter() - started
    return report


def _problem(msg: str, options: JobOptions, report: JobReport, stop: bool = True) -> None:
    report.problems += 1
    options.on_issue(msg)
    if stop and options.on_error == "fail":
        raise JobFailed("stopped at the first problem (--on-error fail)")
