"""A partitioned facts directory: what a distributed `fkg extract` writes.

    DIR/part-00000.jsonl … part-NNNNN.jsonl   facts, one JSON object a line (the
                                             single-process format), split i's facts
    DIR/_SUCCESS                             the manifest, written last: the parts
                                             and their counts

The parts in order, concatenated, are the single-process output. A part is
written whole under its deterministic name (a temporary file renamed over
it), so a task the engine runs twice (its worker died) overwrites its own
part rather than adding to it. The job writes into a staging directory
beside DIR and renames it over DIR when every part is in (the way Hadoop's
output committers publish a job's files): a failed job leaves the previous
DIR as it was. Readers refuse a directory without a manifest, with a part
missing, or a part whose count of facts differs from the manifest's.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from extract.runner import write_jsonl_atomic
from text.files import atomic_text

MANIFEST = "_SUCCESS"
FORMAT = "fkg-facts/partitioned-jsonl/1"


class FactsDirError(ValueError):
    """A facts directory that cannot be read whole: a one-line message naming it."""


@dataclass
class PartResult:
    """What one task reports: its part's counts and the problems it met."""

    index: int
    file: str
    articles: int = 0
    facts: int = 0
    chars: int = 0
    issues: list[str] = field(default_factory=list)
    failed: str | None = None  # on_error=fail: the problem that stopped it; no part was written
    seconds: float = 0.0  # extracting and writing, inside the task
    worker: str = ""


def part_file(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def write_part(directory: Path, index: int, rows: Iterable[dict[str, Any]]) -> int:
    """Write split `index`'s facts whole (temporary file, then rename): all or nothing, same name every attempt."""
    return write_jsonl_atomic(rows, directory / part_file(index))


def write_manifest(directory: Path, parts: list[PartResult], meta: dict[str, Any]) -> None:
    """Record the parts, then remove what killed attempts left (their
    temporary files): called last, when every part is in."""
    for stray in directory.glob(".part-*"):
        stray.unlink(missing_ok=True)
    missing = [p.file for p in parts if not (directory / p.file).is_file()]
    if missing:
        raise FactsDirError(
            f"{directory}: {len(missing)} parts the workers reported are not there ({missing[0]}, …): "
            "the inputs and --out must be on a filesystem every worker shares")
    body = {
        "format": FORMAT, **meta,
        "articles": sum(p.articles for p in parts), "facts": sum(p.facts for p in parts),
        "problems": sum(len(p.issues) for p in parts),
        "parts": [{**{k: v for k, v in asdict(p).items() if k in ("file", "articles", "facts", "worker")},
                   "seconds": round(p.seconds, 3)} for p in parts],
    }
    with atomic_text(directory / MANIFEST) as f:
        json.dump(body, f, ensure_ascii=False, indent=1)
        f.write("\n")


def is_facts_dir(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def read_manifest(directory: Path) -> dict[str, Any]:
    if not directory.is_dir():
        raise FactsDirError(f"{directory}: not a directory")
    path = directory / MANIFEST
    if not path.is_file():
        raise FactsDirError(f"{directory}: no {MANIFEST} manifest: not a finished `fkg extract --engine` output")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FactsDirError(f"{path}: not a JSON manifest ({e})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("parts"), list):
        raise FactsDirError(f"{path}: not a {FORMAT} manifest")
    return manifest


def iter_facts_dir(directory: Path) -> Iterator[dict[str, Any]]:
    """Every fact of a finished output, part by part in order; a part that is
    missing, not JSON or shorter or longer than the manifest says stops the
    reading with a one-line error (`file:line` for a bad line)."""
    for entry in read_manifest(directory)["parts"]:
        path = directory / str(entry.get("file"))
        try:
            n = yield from _read_part(path)
        except OSError as e:
            raise FactsDirError(f"{path}: {e.strerror or e} (listed in {MANIFEST})") from None
        except UnicodeDecodeError:
            raise FactsDirError(f"{path}: not UTF-8 text") from None
        if n != entry.get("facts"):
            raise FactsDirError(f"{path}: {n} facts, the manifest says {entry.get('facts')}: the directory was changed after the job")


def _read_part(path: Path) -> Generator[dict[str, Any], None, int]:
    n = 0
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise FactsDirError(f"{path}:{line_no}: not JSON: {e.msg}") from None
            n += 1
            yield row
    return n
