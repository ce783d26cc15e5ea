"""Where a command's CPU time goes: each process of its tree, each thread of each process.

    python bench/thread_cpu.py [--every 0.2] -- COMMAND...

Runs COMMAND and reads /proc for its process tree every `--every` seconds
(Linux only); at the end prints, per process, its threads' user + system
seconds (system apart), the busiest first, and the total. A thread that ends
between two reads loses at most one interval. It shows what `scale_bench.py`
cannot: whether a distributed run's extra CPU is the task itself running
slower or threads beside it (a Dask worker's event loop, the scheduler and
nannies in the client process). Figures, not assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Seen:
    name: str  # the thread's comm
    cpu: float  # user + system seconds
    system: float


def children(pid: int) -> list[int]:
    """`pid` and its descendants, from /proc/*/task/*/children."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            with contextlib.suppress(OSError):  # the thread has ended
                todo.extend(int(c) for c in task.read_text().split())
    return out


def threads(pid: int) -> dict[int, Seen]:
    seen: dict[int, Seen] = {}
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        user, system = int(fields[11]) / TICKS, int(fields[12]) / TICKS
        seen[int(stat.parent.name)] = Seen(text[text.index("(") + 1:text.rindex(")")], user + system, system)
    return seen


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--every", type=float, default=0.2, help="seconds between reads of /proc (default 0.2)")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    a = ap.parse_args()
    cmd = a.command[1:] if a.command[:1] == ["--"] else a.command
    if not cmd:
        ap.error("give the command after --")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    last: dict[tuple[int, int], Seen] = {}
    names: dict[int, str] = {}
    while proc.poll() is None:
        for pid in children(proc.pid):
            names.setdefault(pid, command_line(pid))
            for tid, seen in threads(pid).items():
                last[(pid, tid)] = seen
        time.sleep(a.every)
    wall = time.perf_counter() - started
    print(f"wall {wall:.1f} s, exit {proc.returncode}")
    total = 0.0
    for pid in sorted({p for p, _ in last}):
        mine = sorted(((s, tid) for (p, tid), s in last.items() if p == pid), key=lambda x: -x[0].cpu)
        cpu = sum(s.cpu for s, _ in mine)
        total += cpu
        print(f"process {pid}: {cpu:7.2f} s CPU   {names[pid][-70:]}")
        for s, tid in mine:
            if s.cpu >= 0.05:
                print(f"    thread {tid}{' (main)' if tid == pid else ''}: {s.cpu:7.2f} s (system {s.system:.2f})  {s.name}")
    print(f"total {total:.1f} s CPU over {wall:.1f} s")


if __name__ == "__main__":
    main()
