"""The shape of the code: one-way imports between the layers, no import
cycle, small modules (extract/ and above), and the environment read in one place.

Read from the sources (every import, also those inside functions and under
TYPE_CHECKING: a lazy import is still a dependency), so a violation fails
here, by name, before anyone has to find it in a review.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

# What each layer may import besides itself. graph/ takes extract's records
# (`extract.model`: Article, Fact) and none of its helpers.
ALLOWED: dict[str, set[str]] = {
    "schema": set(),
    "text": {"schema"},
    "extract": {"schema", "text"},
    "graph": {"schema", "text", "extract", "extract.model"},
    "service": {"schema", "text", "extract", "graph"},
    "api": {"schema", "text", "extract", "graph", "service"},
}
# Layers whose modules stay under ~400 lines (one job each).
SMALL = ("extract", "graph", "service", "api")
MAX_LINES = 400
# The one module that reads the environment.
SETTINGS = "service/settings.py"


def _modules() -> dict[str, Path]:
    """Every module of ours, by dotted name (compiled modules by their C source)."""
    found: dict[str, Path] = {}
    for layer in ALLOWED:
        for path in sorted((ROOT / layer).rglob("*")):
            if path.suffix not in (".py", ".c") or ".venv" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _ours(name: str) -> str | None:
    """The module of ours that `name` (a module or a name in one) is, if any."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports(module: str) -> set[str]:
    """The modules of ours that `module` imports, anywhere in it."""
    path = MODULES[module]
    if path.suffix != ".py":
        return set()
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {t for a in node.names if (t := _ours(a.name))}
        elif isinstance(node, ast.ImportFrom):
            base = ".".join([*package[: len(package) - node.level + 1], *([node.module] if node.module else [])]) \
                if node.level else node.module or ""
            out |= {t for a in node.names if (t := _ours(f"{base}.{a.name}"))}
    out.discard(module)
    return out


GRAPH = {m: imports(m) for m in MODULES}


def _layer(module: str) -> str:
    return module.split(".")[0]


def _allowed(importer: str, imported: str) -> bool:
    layer, target = _layer(importer), _layer(imported)
    if layer == target:
        return True
    rule = ALLOWED[layer]
    if target == "extract" and layer == "graph":
        return imported in rule
    return target in rule


def test_the_modules_are_found() -> None:
    assert {"schema", "text.names", "extract.model", "graph.ingest.batch", "graph.store._rowbuffer", "service.ask",
            "api.app"} <= set(MODULES)
    assert GRAPH["service.ask"] >= {"service.question", "service.answers.posts"}, "the import reader misses imports"
    assert "extract.rules.role_first" in GRAPH["extract.rules"]


def test_every_import_goes_down_the_layers() -> None:
    upward = sorted(f"{m} imports {t}" for m, targets in GRAPH.items() for t in targets if not _allowed(m, t))
    assert not upward, "imports against the layering (schema <- text <- extract <- graph <- service <- api):\n" + "\n".join(upward)


def _cycles(graph: dict[str, set[str]]) -> Iterator[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(v: str) -> Iterator[list[str]]:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                yield from visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                yield sorted(component)

    for v in sorted(graph):
        if v not in index:
            yield from visit(v)


def test_no_import_cycle() -> None:
    cycles = list(_cycles(GRAPH))
    assert not cycles, "import cycles (a package's __init__ counts as a module):\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_cycles() -> None:
    assert list(_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})) == [["a", "b", "c"]]
    assert list(_cycles({"a": {"b"}, "b": set()})) == []
    assert not _allowed("graph.ingest.batch", "extract.mentions") and _allowed("graph.ingest.batch", "extract.model")
    assert not _allowed("schema.model", "text.names") and not _allowed("service.ask", "api.app")


@pytest.mark.parametrize("layer", SMALL)
def test_no_module_over_400_lines(layer: str) -> None:
    big = sorted(f"{p.relative_to(ROOT)}: {n} lines" for p in (ROOT / layer).rglob("*.py")
                 if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES)
    assert not big, f"split these by job (the limit is ~{MAX_LINES} lines):\n" + "\n".join(big)


def _environment_reads(path: Path, root: Path = ROOT) -> list[str]:
    """Where a module reads the environment: os.environ (other than
    os.environ.update, which hands settings to child processes), os.getenv."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    updates = {id(n.func.value) for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr == "update"}
    names = {"environ", "getenv", "environb", "getenvb"}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "os" and any(a.name in names for a in node.names):
            found.append(node.lineno)
        name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else None
        if name in names and id(node) not in updates:
            found.append(node.lineno)
    return [f"{path.relative_to(root)}:{line}" for line in sorted(set(found))]


def test_the_environment_is_read_only_by_the_settings() -> None:
    reads = [r for layer in ALLOWED for p in sorted((ROOT / layer).rglob("*.py"))
             if p.relative_to(ROOT).as_posix() != SETTINGS for r in _environment_reads(p)]
    assert not reads, "read the environment through service.settings.Settings:\n" + "\n".join(reads)
    assert "os.environ.update" in (ROOT / "api" / "cli" / "serve.py").read_text()  # allowed: it hands the settings to its workers


def test_the_environment_reader_sees_reads(tmp_path: Path) -> None:
    code = tmp_path / "m.py"
    code.write_text("import os\nfrom os import getenv\na = os.environ.get('X')\nb = getenv('Y')\nos.environ.update({})\n"
                    "c = os.environ['Z']\n")
    assert [r.split(":")[1] for r in _environment_reads(code, tmp_path)] == ["2", "3", "4", "6"]
