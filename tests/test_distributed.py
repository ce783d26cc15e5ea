"""Distributed extraction on a real Dask cluster of 2 worker processes,
started here and stopped after: the bundled corpus gives exactly the
single-process facts, also when a worker process is killed mid-job."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from extract.distributed import JobFailed, JobOptions, run_job
from extract.factsdir import PartResult, iter_facts_dir
from extract.runner import iter_facts, read_articles

from .conftest import CORPUS

distributed = pytest.importorskip("distributed", reason="the distributed extra (pip install 'fintech-kg[distributed]')")

pytestmark = pytest.mark.slow

#: small splits, so that the corpus (1.3 MB) makes some 20 tasks and a kill lands mid-job
SPLIT = 64 << 10
GOOD = {"title": "人事变动", "text": "某某科技首席财务官王小明表示，公司经营稳健。"}


def _sorted(rows) -> list[str]:
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


@pytest.fixture(scope="module")
def single_process() -> list[dict]:
    """The corpus through the single-process runner (what `fkg extract` writes)."""
    return list(iter_facts(read_articles([str(CORPUS)])))


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster: 2 worker processes of one thread, each under a nanny (which restarts a killed one)."""
    import logging

    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as local, Client(local) as client:
        yield local, client


def _run(out: Path, address: str, **kw) -> tuple:
    issues: list[str] = []
    inputs = kw.pop("inputs", [str(CORPUS)])
    options = JobOptions(cluster=address, on_issue=issues.append, **{"split_bytes": SPLIT, **kw})
    return run_job(inputs, out, options), issues


def test_two_workers_give_exactly_the_single_process_facts(tmp_path: Path, cluster, single_process: list[dict]) -> None:
    local, client = cluster
    report, issues = _run(tmp_path / "facts", local.scheduler_address)
    assert issues == [] and report.articles == 396 and len(report.parts) > 15
    facts = list(iter_facts_dir(tmp_path / "facts"))
    assert len(facts) == report.facts == len(single_process) > 900
    assert _sorted(facts) == _sorted(single_process)
    assert facts == single_process  # the parts in order are the single-process file, line for line
    assert len({p.worker for p in report.parts}) == 2  # both workers took part
    # each worker process loaded the dictionaries once, whatever the number of tasks it ran
    from extract.partition import dictionary_loads

    assert set(client.run(dictionary_loads).values()) == {1}


def test_a_worker_killed_mid_job_changes_nothing(tmp_path: Path, cluster, single_process: list[dict]) -> None:
    local, client = cluster
    before = client.run(os.getpid)
    killed: dict[str, object] = {}

    def kill_one(part: PartResult) -> None:
        """When the first part lands, SIGKILL a worker process that has tasks, mid-task."""
        if killed:
            return
        busy = {addr: keys for addr, keys in client.processing().items() if keys}
        address = next(iter(busy))
        killed.update(pid=before[address], address=address, keys=list(busy[address]))
        os.kill(before[address], signal.SIGKILL)

    report, issues = _run(tmp_path / "facts", local.scheduler_address, on_part=kill_one)
    assert killed and issues == []
    facts = list(iter_facts_dir(tmp_path / "facts"))
    assert _sorted(facts) == _sorted(single_process)  # nothing lost, nothing twice
    assert facts == single_process
    # the killed process is gone, and the tasks it held were run again by a live worker
    with pytest.raises(ProcessLookupError):
        os.kill(killed["pid"], 0)
    rerun = {int(str(k).rsplit("-", 1)[1]) for k in killed["keys"]}  # type: ignore[union-attr]
    assert rerun and all(not p.worker.endswith(f":{killed['pid']}") for p in report.parts if p.index in rerun)
    deadline = time.time() + 60  # the nanny restarts it, and the new process loads the dictionaries once too
    while len(client.scheduler_info()["workers"]) < 2 and time.time() < deadline:
        time.sleep(0.5)
    from extract.partition import dictionary_loads

    assert set(client.run(dictionary_loads).values()) == {1}


def test_bad_articles_reported_with_file_and_line_skipped_or_fatal(tmp_path: Path, cluster) -> None:
    local, _client = cluster
    src = tmp_path / "in.jsonl"
    rows = [{**GOOD, "id": f"g{i}"} for i in range(40)]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[25] = "{not json"
    lines[31] = json.dumps({"id": "en", "text": "No Chinese at all."})
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = list(iter_facts(read_articles([str(src)])))

    report, issues = _run(tmp_path / "skip", local.scheduler_address, inputs=[str(src)], split_bytes=500)
    assert sorted(issues) == [f"{src}:26: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
                              f"{src}:32: article en has no Chinese text; skipped"]
    assert len(report.parts) > 5 and report.problems == 2 and list(iter_facts_dir(tmp_path / "skip")) == expected

    out = tmp_path / "fail"
    out.mkdir()
    (out / "previous.txt").write_text("an earlier run")
    with pytest.raises(JobFailed, match="first problem"):
        _run(out, local.scheduler_address, inputs=[str(src)], split_bytes=500, on_error="fail")
    assert [p.name for p in out.iterdir()] == ["previous.txt"]  # the previous output, untouched
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".fail.")]  # no staging left behind


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(JobFailed, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        run_job([str(CORPUS)], tmp_path / "out", JobOptions(cluster="tcp://127.0.0.1:9", connect_timeout=2))
    assert not (tmp_path / "out").exists()


def test_the_command_line_on_a_local_cluster_then_ingest_of_the_parts(tmp_path: Path, single_process: list[dict]) -> None:
    """`fkg extract --engine dask --workers 2` starts its own cluster; `fkg ingest --facts DIR` builds the store
    the single-process facts file builds."""
    import subprocess
    import sys

    from graph.store import Store

    from .test_ingest_order import _dump

    fkg = [sys.executable, "-m", "api.cli"]
    parts = tmp_path / "parts"
    r = subprocess.run([*fkg, "extract", "--engine", "dask", "--workers", "2", "--split-mb", "0.2", str(CORPUS),
                        "--out", str(parts)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    n = len(single_process)  # the extractor's count on the corpus, not a figure that changes with every rule
    assert f"396 articles, {n} facts, 0 problems; 7 parts on 2 workers" in r.stderr and "INFO" not in r.stderr
    single = tmp_path / "single.jsonl"
    single.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in single_process), encoding="utf-8")
    for source, store in ((parts, "parts.sqlite"), (single, "single.sqlite")):
        r = subprocess.run([*fkg, "ingest", "--facts", str(source), "--store", str(tmp_path / store)],
                           capture_output=True, text=True, timeout=600)
        assert r.returncode == 0 and f"{n} facts read" in r.stderr, r.stderr
    with Store(tmp_path / "parts.sqlite") as a, Store(tmp_path / "single.sqlite") as b:
        assert _dump(a) == _dump(b)


@pytest.mark.parametrize("args, message", [
    (["--cluster", "tcp://127.0.0.1:9"], "--cluster needs --engine dask"),
    (["--engine", "spark", "--out", "x"], "unknown engine 'spark': dask"),
    (["--engine", "dask"], "--engine writes a directory of parts: give it with --out DIR"),
    (["--engine", "dask", "-", "--out", "x"], "-: standard input cannot be spread over workers"),
])
def test_command_line_misuse_is_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "api.cli", "extract", str(CORPUS), *args], capture_output=True, text=True,
                       timeout=600, cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert r.returncode in (1, 2) and message in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (tmp_path / "x").exists()


def _pretend_another_extractor(on: bool) -> None:
    """On a worker: answer the fingerprint check as a worker with other code would (or stop doing so)."""
    import extract.partition as partition

    if on:
        partition.__dict__.setdefault("_real_fingerprint", partition.extractor_fingerprint)
        partition.extractor_fingerprint = lambda: "0123456789abcdef"  # type: ignore[assignment]
    else:
        partition.extractor_fingerprint = partition.__dict__.pop("_real_fingerprint")


def test_a_worker_with_another_extractor_is_refused_before_any_work(tmp_path: Path, cluster) -> None:
    local, client = cluster
    address = next(iter(client.scheduler_info()["workers"]))
    client.run(_pretend_another_extractor, True, workers=[address])
    try:
        with pytest.raises(JobFailed, match=f"worker {address} runs another extractor .*0123456789abcdef"):
            _run(tmp_path / "out", local.scheduler_address)
    finally:
        client.run(_pretend_another_extractor, False, workers=[address])
    assert not (tmp_path / "out").exists()


def _polls(dask_worker) -> dict[str, float]:
    """The running server's periodic callbacks, name → period in ms (client.run passes the server)."""
    return {name: pc.callback_time for name, pc in dask_worker.periodic_callbacks.items()}


def test_a_local_cluster_polls_as_a_batch_job() -> None:
    """The cluster `fkg extract --engine dask --workers N` starts runs its
    servers with the batch settings (`BATCH_CONFIG`): no statistical
    profiler walking the task's stack every 10 ms, event-loop checks every
    second rather than every 20 ms, memory and system polls a few times
    slower, in the workers, their nannies and the scheduler alike. Each of
    Dask's defaults takes the GIL from the extractor; a local job has no
    dashboard to show what they gather. The caller's own config is as it was."""
    import dask

    from extract.dask_engine import connect

    defaults = dask.config.get("distributed.admin.tick.interval"), dask.config.get("distributed.worker.profile.enabled")
    with connect(None, 1) as client:
        workers = list(client.run(_polls).values())
        nannies = list(client.run(_polls, nanny=True).values())
        scheduler = client.run_on_scheduler(_polls)
        profiling = list(client.run(lambda: dask.config.get("distributed.worker.profile.enabled")).values())
    assert profiling == [False]
    assert len(workers) == len(nannies) == 1
    worker, nanny = workers[0], nannies[0]
    assert "profile" not in worker and "profile-cycle" not in worker
    assert worker["tick"] == nanny["tick"] == scheduler["tick"] == 1000
    assert worker["memory_monitor"] == nanny["memory_monitor"] == 500
    assert worker["monitor"] == scheduler["monitor"] == 2000
    assert (dask.config.get("distributed.admin.tick.interval"), dask.config.get("distributed.worker.profile.enabled")) == defaults
