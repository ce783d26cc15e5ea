"""How soon a running server sees an ingest: milliseconds from the ingest's
commit (its process exiting 0) to the first 200 for an entity it added.

    python bench/fresh_bench.py [--rounds 10] [--store PATH] [--keep DIR]

Starts one `fkg serve` over a store (default: the bundled corpus, ingested
into a temporary store first), then, `--rounds` times, ingests one new
article naming a company the store does not know into that store with
`fkg ingest` in its own process, and polls `/entities/{name}` every 5 ms
from the moment the process has exited until it answers 200 (60 s at most:
past that the bench stops with exit 1). The store grows by one article a
round, as an analyst's would. Prints each round, then the median and the
spread (min–max), and the load average: the machine is shared. A figure,
never an assertion (tests/test_api_fresh.py checks only that the entity
becomes visible). Target (issue 18): within 1 s of the commit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "articles.jsonl"
#: kinds of institution that make a made-up place + kind a company the extractor knows
_KINDS = ("银行", "证券", "信托", "保险")
_GIVEN = "一二三四五六七八九十"
_PLACES = ("江北", "河西", "山南", "湖东", "海西", "云中", "岭南", "塞北", "江左", "淮上")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fkg(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=ROOT, check=True, capture_output=True, timeout=600)


def _wait(http: httpx.Client, path: str, cap: float) -> float | None:
    """Seconds until `path` answers 200, polled from now; None past `cap`."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < cap:
        try:
            if http.get(path).status_code == 200:
                return time.monotonic() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.005)
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--store", type=Path, help="a store to copy and grow (default: the corpus, ingested)")
    ap.add_argument("--keep", type=Path, help="keep the temporary files in this directory")
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.rounds > len(_PLACES) * len(_KINDS):
        print(f"fresh_bench: --rounds must be 1–{len(_PLACES) * len(_KINDS)}", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="fkg-fresh-"))
    store = work / "store.sqlite"
    proc = None
    try:
        if args.store:
            shutil.copyfile(args.store, store)
        else:
            _fkg("ingest", str(CORPUS), "--store", str(store))
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--store", str(store), "--port", str(port)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen: list[float] = []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            if _wait(http, "/health", 120) is None:
                print("fresh_bench: the server did not come up in 120 s", file=sys.stderr)
                return 1
            names = [p + k for k in _KINDS for p in _PLACES][: args.rounds]
            for i, name in enumerate(names, 1):
                src = work / f"a{i}.jsonl"
                src.write_text(json.dumps({"id": f"fresh-{i}", "title": "t", "text": f"{name}董事长王{_GIVEN[i % 10]}明主持了会议。"},
                                          ensure_ascii=False) + "\n", encoding="utf-8")
                _fkg("ingest", str(src), "--store", str(store))
                took = _wait(http, f"/entities/{name}", 60)
                if took is None:
                    print(f"fresh_bench: {name} not visible 60 s after its ingest committed", file=sys.stderr)
                    return 1
                seen.append(took * 1000)
                print(f"round {i}: {name} visible {took * 1000:.0f} ms after the commit (load {os.getloadavg()[0]:.2f})")
        print(f"visible after commit: median {statistics.median(seen):.0f} ms (min–max {min(seen):.0f}–{max(seen):.0f} ms, "
              f"{len(seen)} rounds; load average {os.getloadavg()[0]:.2f})")
        return 0
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copytree(work, args.keep / work.name)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
