"""A real Neo4j 5.26 server on this machine, from Maven Central alone.

org.neo4j.test:neo4j-harness (pom.xml beside this file, the same patch as
docker-compose.yml's image) runs the Neo4j Community engine in-process with a
Bolt listener; `src/Launcher.java` starts it on 127.0.0.1 with auth on and
prints the Bolt URI. This module fetches the artifacts (cached in ~/.m2),
compiles the launcher, starts and stops servers, and (`python -m
tools.neo4j_harness test`) runs the tests marked `neo4j` against one.

Why not Docker: the project's machines and CI have no container engine, and
only package registries are reachable; Maven Central serves the engine.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "target"  # build output, not committed (the classpath file and the compiled launcher)
#: Neo4j's own JVM flags (what bin/neo4j passes): netty and the page cache reach into java.nio.
JVM_FLAGS = ["--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
             "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
             "-Dio.netty.tryReflectionSetAccessible=true", "-XX:+UseG1GC"]


class HarnessUnavailable(RuntimeError):
    """This machine cannot run the harness (no JDK 17+, no Maven, no Maven Central)."""


def version() -> str:
    """The Neo4j version the pom pins."""
    m = re.search(r"<neo4j.version>([^<]+)</neo4j.version>", (HERE / "pom.xml").read_text(encoding="utf-8"))
    assert m, "pom.xml has no neo4j.version"
    return m.group(1)


def missing() -> str | None:
    """Why the harness cannot run here, or None."""
    for tool in ("java", "javac", "mvn"):
        if not shutil.which(tool):
            return f"no {tool} on PATH (the Neo4j tests need JDK 17+ and Maven: apt-get install openjdk-17-jdk-headless maven)"
    out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)', out)
    if not m or int(m.group(1)) < 17:
        return f"Neo4j 5.26 needs Java 17+, found: {out.splitlines()[0] if out else 'unknown'}"
    return None


def classpath() -> str:
    """The harness classpath with the compiled launcher first; fetched with
    Maven once (artifacts cached in ~/.m2, the classpath in target/)."""
    reason = missing()
    if reason:
        raise HarnessUnavailable(reason)
    TARGET.mkdir(exist_ok=True)
    cp_file, classes = TARGET / "classpath.txt", TARGET / "classes"
    pom, src = HERE / "pom.xml", HERE / "src" / "Launcher.java"
    if not cp_file.exists() or cp_file.stat().st_mtime < pom.stat().st_mtime:
        r = subprocess.run(["mvn", "-B", "-q", "-f", str(pom), "dependency:build-classpath", f"-Dmdep.outputFile={cp_file}"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            last = next((ln for ln in reversed(r.stdout.splitlines()) if "ERROR" in ln), r.stdout.strip()[-300:])
            raise HarnessUnavailable(f"Maven could not fetch neo4j-harness {version()}: {last}")
    cp = cp_file.read_text(encoding="utf-8").strip()
    stamp = classes / "Launcher.class"
    if not stamp.exists() or stamp.stat().st_mtime < src.stat().st_mtime:
        r = subprocess.run(["javac", "-d", str(classes), "-cp", cp, str(src)], capture_output=True, text=True)
        if r.returncode != 0:
            raise HarnessUnavailable(f"javac failed on {src.name}: {r.stderr.strip().splitlines()[0]}")
    return f"{classes}{os.pathsep}{cp}"


class Server:
    """One harness process: `with Server() as s: s.uri, s.password`.

    Bounded heap and page cache; stopped (SIGTERM, then SIGKILL) when the
    block ends, and the launcher exits by itself when its parent dies."""

    def __init__(self, heap: str = "1g", pagecache: str = "256m", password: str | None = None,
                 copy_from: Path | None = None, start_timeout: float = 300.0) -> None:
        self.heap, self.pagecache, self.copy_from, self.start_timeout = heap, pagecache, copy_from, start_timeout
        self.password = password or "fkg-" + secrets.token_hex(8)
        self.user = "neo4j"
        self.uri = ""
        self.proc: subprocess.Popen[str] | None = None
        self._stderr: list[str] = []

    def start(self) -> Server:
        args = ["java", f"-Xmx{self.heap}", f"-Xms{min(self.heap, '256m', key=_bytes)}", *JVM_FLAGS,
                "-cp", classpath(), "Launcher", "--pagecache", self.pagecache]
        if self.copy_from:
            args += ["--copy-from", str(self.copy_from)]
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env={**os.environ, "NEO4J_PASSWORD": self.password})
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline() if self.proc and self.proc.stdout else ""),
                                  daemon=True)
        reader.start()
        reader.join(self.start_timeout)
        if not line or not line[0].startswith("bolt://"):
            self.stop()
            tail = " | ".join(self._stderr[-3:]) or "no output"
            raise HarnessUnavailable(f"Neo4j {version()} did not start within {self.start_timeout:.0f}s: {tail}")
        self.uri = line[0].strip().rstrip("/")
        return self

    def _drain_stderr(self) -> None:
        assert self.proc and self.proc.stderr
        for ln in self.proc.stderr:
            self._stderr = [*self._stderr[-50:], ln.rstrip()]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def env(self) -> dict[str, str]:
        return {"NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password}

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def admin_import(csv_dir: Path, home: Path, heap: str = "1g") -> dict[str, int]:
    """`neo4j-admin database import full` of an `fkg export --format neo4j-csv`
    directory into a fresh Neo4j home, with the harness's own classpath (the
    import tool ships in org.neo4j:neo4j-import-tool); the counts it reports."""
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    names = sorted(p.name for p in csv_dir.glob("*.csv"))
    args = [f"--nodes={n}" for n in names if n.startswith("nodes_")] + [f"--relationships={n}" for n in names if n.startswith("rels_")]
    r = subprocess.run(["java", f"-Xmx{heap}", *JVM_FLAGS, "-cp", classpath(), "org.neo4j.cli.AdminTool", "database", "import", "full",
                        "neo4j", "--overwrite-destination", "--array-delimiter=|", "--multiline-fields=true", *args],
                       cwd=csv_dir, capture_output=True, text=True, env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")})
    if r.returncode != 0:
        raise RuntimeError("neo4j-admin database import failed: " + " | ".join((r.stderr or r.stdout).strip().splitlines()[-3:]))
    counts = dict((k, int(n)) for n, k in re.findall(r"^\s*(\d+) (nodes|relationships|properties)$", r.stdout, re.M))
    return {"nodes": counts["nodes"], "relationships": counts["relationships"], "properties": counts["properties"]}


def _bytes(size: str) -> int:
    units = {"k": 2**10, "m": 2**20, "g": 2**30}
    return int(size[:-1]) * units[size[-1].lower()] if size[-1].lower() in units else int(size)


def run_tests(pytest_args: Sequence[str], python: str) -> int:
    """Start one server, run the tests marked neo4j against it, stop it (even
    on failure). Without Java/Maven the tests still run and skip, saying why."""
    env = dict(os.environ)
    try:
        t0 = time.monotonic()
        server = Server(heap=os.environ.get("FKG_NEO4J_HEAP", "1g")).start()
    except HarnessUnavailable as e:
        print(f"neo4j-test: {e}; the Neo4j tests will skip", flush=True)
        env["FKG_NEO4J_UNAVAILABLE"] = str(e)
        return subprocess.call([python, "-m", "pytest", "-m", "neo4j", *pytest_args], env=env)
    try:
        print(f"neo4j-test: Neo4j {version()} at {server.uri} (started in {time.monotonic() - t0:.0f}s)", flush=True)
        return subprocess.call([python, "-m", "pytest", "-m", "neo4j", *pytest_args], env=env | server.env())
    finally:
        server.stop()
        print("neo4j-test: server stopped", flush=True)
