"""Splits on Dask distributed: one task per split, the scheduler's retries.

Why Dask (the README's "Beyond one machine" says it at length): it is
pip-installed Python (no JVM beside our Python workers), `dask scheduler` /
`dask worker` run on any machine or under Kubernetes, YARN, Slurm or a
cloud through the dask-* deployers, and a `LocalCluster` is one call in a
test. Tasks are plain futures (`Client.submit`), one per split, rather than
a `dask.bag`: a split already is a bag's partition, and futures let the job
stop at the first bad article (`--on-error fail`) and report each part as it
lands.

Each worker loads the dictionaries once, when it starts (a worker plugin,
`LoadDictionaries`); a worker started later, or by its nanny after a crash,
runs it too. When a worker dies mid-task the scheduler gives its tasks to
another (up to `distributed.scheduler.allowed-failures` times, 3 by
default); the retried task writes the same part under the same name, so the
output holds each fact once.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from distributed.scheduler import KilledWorker

from extract.factsdir import PartResult
from extract.partition import extract_split, extractor_fingerprint, load_dictionaries
from extract.splits import Split

#: What a local cluster runs with, for a batch job rather than an interactive session. Each Dask
#: server (the scheduler and every nanny, in this process; every worker) wakes its event loop every
#: 20 ms to check that the loop is not blocked (`admin.tick.interval`), polls psutil every 100 ms
#: for memory (`worker.memory.monitor-interval`, also in each nanny) and every 500 ms for the
#: dashboard's CPU and network plots (`admin.system-monitor.interval`); a worker's statistical
#: profiler walks the task thread's stack every 10 ms for the dashboard's profile page. In a worker
#: each of these takes the GIL from the task, and together they keep a core some 6 % busy while
#: nothing runs (bench/README.md, "the engine's overhead"). Slower polls keep what they are for:
#: a loop blocked for `admin.tick.limit` (3 s) is still reported, a worker growing past its memory
#: limit is still paused or restarted, half a second later at worst. Deployed clusters take the
#: same settings from their own Dask configuration (README, "Beyond one machine").
BATCH_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.profile.enabled": False,
}


class EngineError(RuntimeError):
    """The engine could not run the job (no scheduler, a task lost too often): a one-line message."""


class LoadDictionaries(WorkerPlugin):
    """Loads the extractor's dictionaries once per worker process, before its first task."""

    name = "fkg-dictionaries"
    idempotent = True  # a second job on the same cluster does not load them again

    def setup(self, worker) -> None:
        load_dictionaries()


@contextmanager
def connect(cluster: str | None, workers: int, timeout: float = 20.0) -> Iterator[Client]:
    """A client of the scheduler at `cluster`, or of a local cluster of
    `workers` single-threaded processes started here and stopped after.
    Dask logs at the level the caller's logging is set to (its own default
    is INFO, a page per job)."""
    logging.getLogger("distributed").setLevel(logging.getLogger().getEffectiveLevel())
    if cluster:
        try:
            client = Client(cluster, timeout=f"{timeout}s")
        except (OSError, TimeoutError, ValueError) as e:
            raise EngineError(f"cannot reach the Dask scheduler at {cluster}: {e}") from None
        with client:
            yield client
        return
    # The dashboard on any free port: two jobs on one machine must not fight for 8787.
    with dask.config.set(BATCH_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                         silence_logs=logging.ERROR) as local, Client(local) as client:
        yield client


def prepare(client: Client) -> int:
    """Have every worker load the dictionaries (now, and any worker that
    joins later) and check that it runs this extractor (the same code and
    dictionaries, `extractor_fingerprint`); the number of workers."""
    client.register_plugin(LoadDictionaries())
    prints = client.run(extractor_fingerprint)
    if not prints:
        raise EngineError("the cluster has no workers")
    ours = extractor_fingerprint()
    other = {addr: fp for addr, fp in prints.items() if fp != ours}
    if other:
        addr, fp = next(iter(other.items()))
        raise EngineError(f"worker {addr} runs another extractor (code and dictionaries {fp}, here {ours}): "
                          "install the same fintech-kg on every worker")
    return len(prints)


def run_splits(client: Client, splits: list[Split], directory: Path, on_error: str,
               on_part: Callable[[PartResult], None]) -> list[PartResult]:
    """Run every split on the cluster; `on_part` sees each result as it
    lands (problems included). Stops at the first failed part (on_error
    "fail"), cancelling the rest. Results in split order."""
    job = uuid.uuid4().hex[:12]
    names = {f"fkg-extract-{job}-{s.index:05d}": s.name for s in splits}
    futures = [client.submit(extract_split, s, str(directory), on_error, key=key) for key, s in zip(names, splits, strict=True)]
    results: dict[int, PartResult] = {}
    try:
        for future in as_completed(futures):
            try:
                part = future.result()
            except KilledWorker as e:
                raise EngineError(f"{names.get(e.task, e.task)}: {e.allowed_failures + 1} workers died running it "
                                  f"(the last {e.last_worker.address}); see their logs (out of memory?)") from None
            except Exception as e:  # the task's own error (a part it could not write), raised here by Dask
                raise EngineError(f"{names.get(future.key, future.key)}: {type(e).__name__}: {e}") from None
            on_part(part)
            if part.failed:
                return [part]
            results[part.index] = part
    finally:
        client.cancel([f for f in futures if not f.done()])
    return [results[s.index] for s in splits]
