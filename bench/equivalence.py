"""Behaviour unchanged: the same input builds the same store, before and after.

    python bench/equivalence.py [--base REV] [--facts FILE …] [--synthetic N] [--extract-base REV] [--articles] [--keep DIR]

A refactoring must not change what the graph holds. This script checks out
`--base` (default: c7e43fe, the last commit before the graph/ and api/
re-layout) in a temporary worktree, freezes a facts file with *its*
extractor (`fkg extract` of the bundled corpus; or takes `--facts` files),
and builds a store from it twice with `fkg ingest --facts`: once with the
base's code, once with this checkout's. Extraction changes elsewhere cannot
move the comparison: both stores read the same frozen facts. Every table
that carries meaning is compared row by row (entities, names, surfaces,
redirects, facts, provenance, fact references, articles without their
ingest time). `--synthetic N` adds N synthetic facts (bench/synthetic.py:
renames, merges, buyers, contradictions) as a second facts file.

`--extract-base REV` also extracts the bundled corpus and both dev-web
halves with REV's code and this checkout's and compares the facts files
byte for byte: extraction code that did not change must extract the same
facts (so the dev-gold table cannot move). Use the main commit this branch
last merged, so that only this branch's own commits are compared.

`--articles` also builds a store from the bundled corpus's articles with
each side's own extractor (`fkg ingest articles.jsonl`), as a user would,
and compares the two: with the frozen-facts stores identical, whatever
differs there comes from extraction, and the facts each side extracts are
compared by predicate to say what changed. That comparison is a report, not
part of the exit status (extraction is meant to change between commits).

Exit status 0 when everything compared is identical, 1 otherwise. Temporary files
and the worktree are removed unless `--keep` is given.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench")]
SHARED = ROOT.parent / "shared"

#: Each table that carries meaning, with the columns compared and their order (articles: not the ingest time).
TABLES = {
    "entities": "id, type, name",
    "names": "key, type, entity_id",
    "surfaces": "entity_id, surface, kind, count",
    "redirects": "old_id, new_id",
    "facts": "id, predicate, subject_id, object_id, key_json, qualifiers, confidence, valid_from, valid_to, reported_at, "
             "contradicts",
    "provenance": 'fact_id, article_id, start, "end", evidence, confidence, extractor, rule, qualifiers',
    "fact_refs": "entity_id, fact_id",
    "articles": "id, sha, title, date, url, source",
}


def worktree(rev: str, where: Path) -> Path:
    path = where / f"code-{rev[:12]}-{len(list(where.glob('code-*')))}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(path), rev], check=True,
                   capture_output=True)
    return path


def fkg(code: Path, *args: str) -> None:
    """`fkg` as the code at `code` has it: run from that directory, whose
    packages come first on the path (its C modules are not built there,
    so the base runs its pure Python path, which its tests hold to the
    same store as its C one)."""
    env = {**os.environ, "PYTHONPATH": str(code), "FKG_PROGRESS": ""}
    done = subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=code, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"fkg {' '.join(args)} at {code}: exit {done.returncode}\n{done.stderr[-2000:]}")


def dump(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT {cols} FROM {t} ORDER BY {cols}").fetchall() for t, cols in TABLES.items()}
    finally:
        db.close()


def digest(rows: list[tuple]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()[:16]


def compare_stores(label: str, base: dict[str, list[tuple]], new: dict[str, list[tuple]]) -> bool:
    same = True
    print(f"{label}:")
    for table in TABLES:
        a, b = base[table], new[table]
        ok = a == b
        same &= ok
        print(f"  {table:<11} {len(a):>9,} rows  {digest(a)}  {'identical' if ok else f'DIFFERENT: {len(b):,} rows, {digest(b)}'}")
        if not ok:
            sa, sb = set(a), set(b)
            for row in sorted(sa - sb)[:3]:
                print(f"    only before: {row}")
            for row in sorted(sb - sa)[:3]:
                print(f"    only after:  {row}")
    return same


def synthetic_facts(n: int, out: Path) -> Path:
    from synthetic import facts

    with open(out, "w", encoding="utf-8") as f:
        for _aid, rows in facts(n, max(1000, n // 5)):
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def compare_extraction(rev: str, work: Path) -> bool:
    """The bundled corpus and both dev-web halves, extracted by `rev` and by this checkout."""
    code = worktree(rev, work)
    inputs: dict[str, Path] = {"corpus": ROOT / "data/corpus/articles.jsonl"}
    inputs |= {f"dev-web {h}": SHARED / f"gold/dev-web/articles_{h}.jsonl" for h in "ab"
               if (SHARED / f"gold/dev-web/articles_{h}.jsonl").exists()}
    same = True
    print(f"extraction, {rev[:12]} against this checkout:")
    for label, path in inputs.items():
        before, after = work / f"x-base-{label}.jsonl", work / f"x-new-{label}.jsonl"
        fkg(code, "extract", str(path), "--out", str(before))
        fkg(ROOT, "extract", str(path), "--out", str(after))
        ok = before.read_bytes() == after.read_bytes()
        same &= ok
        n = after.read_text(encoding="utf-8").count("\n")
        print(f"  {label:<10} {n:>6,} facts  {'identical' if ok else 'DIFFERENT'}")
    return same


def fact_keys(path: Path) -> dict[tuple, str]:
    """Each extracted fact by what it states (predicate, the two names, qualifiers, evidence) → its predicate."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            f = json.loads(line)
            out[(f["article_id"], f["predicate"], f["subject"]["name"], f["object"]["name"],
                 json.dumps(f.get("qualifiers"), ensure_ascii=False, sort_keys=True), f.get("evidence"))] = f["predicate"]
    return out


def compare_articles(base: Path, work: Path) -> None:
    """The corpus ingested from its articles by each side, and what extraction changed between them."""
    corpus = ROOT / "data/corpus/articles.jsonl"
    stores = {}
    for side, code in (("before", base), ("after", ROOT)):
        stores[side] = work / f"articles-{side}.sqlite"
        fkg(code, "ingest", str(corpus), "--store", str(stores[side]))
        fkg(code, "extract", str(corpus), "--out", str(work / f"articles-{side}.jsonl"))
    compare_stores("the corpus's articles, each side extracting them itself (a report: extraction may change)",
                   dump(stores["before"]), dump(stores["after"]))
    before, after = fact_keys(work / "articles-before.jsonl"), fact_keys(work / "articles-after.jsonl")
    print(f"  extracted facts: {len(before):,} before, {len(after):,} after, {len(before.keys() & after.keys()):,} the same")
    for pred in sorted(set(before.values()) | set(after.values())):
        gone = sum(1 for k, p in before.items() if p == pred and k not in after)
        new = sum(1 for k, p in after.items() if p == pred and k not in before)
        if gone or new:
            print(f"    {pred:<15} {gone:>4} only before, {new:>4} only after")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="c7e43fe")
    ap.add_argument("--facts", nargs="*", default=[], help="facts files to ingest (default: the corpus as --base extracts it)")
    ap.add_argument("--synthetic", type=int, default=0)
    ap.add_argument("--extract-base")
    ap.add_argument("--articles", action="store_true", help="also compare stores built from the corpus's articles (a report)")
    ap.add_argument("--keep")
    a = ap.parse_args()

    base_rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", a.base], check=True, capture_output=True, text=True).stdout.strip()
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="fkg-equiv-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        base = worktree(base_rev, work)
        inputs = [Path(f).resolve() for f in a.facts]
        if not inputs:
            frozen = work / "frozen-facts.jsonl"
            fkg(base, "extract", str(ROOT / "data/corpus/articles.jsonl"), "--out", str(frozen))
            inputs.append(frozen)
        if a.synthetic:
            inputs.append(synthetic_facts(a.synthetic, work / "synthetic-facts.jsonl"))
        same = True
        for facts in inputs:
            stores = {}
            for side, code in (("before", base), ("after", ROOT)):
                stores[side] = work / f"{facts.stem}-{side}.sqlite"
                fkg(code, "ingest", "--facts", str(facts), "--store", str(stores[side]))
            n = sum(1 for line in facts.read_text(encoding="utf-8").splitlines() if line.strip())
            same &= compare_stores(f"{facts.name} ({n:,} facts), {base_rev[:12]} against this checkout",
                                   dump(stores["before"]), dump(stores["after"]))
        if a.articles:
            compare_articles(base, work)
        if a.extract_base:
            rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", a.extract_base], check=True, capture_output=True,
                                 text=True).stdout.strip()
            same &= compare_extraction(rev, work)
    finally:
        if not a.keep:
            for w in work.glob("code-*"):
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(w)], capture_output=True)
            shutil.rmtree(work, ignore_errors=True)
    print("identical" if same else "DIFFERENT")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
