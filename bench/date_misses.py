"""List the date qualifiers that differ from gold on matched facts, and count their classes.

The reference scorer prints one figure, "date accuracy on matched facts"; this
lists what lies behind it, so that date rules are written for the commonest
constructions rather than for one article. It uses the scorer's own keys
(`fact_key`, `dates_of` from ../shared/tools/score.py), so a row here is a row
the scorer counts against us.

    python bench/date_misses.py --pred-dir /tmp/out [--shared ../shared] [--set unseen7 ...] [--rows]

`--pred-dir` holds `SET-pred.jsonl` as `bench/regress.py --out` writes them,
plus `dev-pred.jsonl` and `devweba-pred.jsonl` / `devwebb-pred.jsonl` if present.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent / "regress"
ROOT = HERE.parent.parent


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sets(shared: Path, pred_dir: Path) -> list[tuple[str, Path, list[Path], list[Path], Path | None]]:
    """(name, predicted, gold files, entity files, ids file) for every set with predictions."""
    out = []
    for d in sorted(HERE.iterdir()):
        if (d / "facts.jsonl").is_file():
            out.append((d.name, pred_dir / f"{d.name}-pred.jsonl", [d / "facts.jsonl"], [d / "entities.jsonl"], d / "ids.txt"))
    g = shared / "gold"
    out.append(("dev", pred_dir / "dev-pred.jsonl", sorted((g / "dev").glob("facts_*.jsonl")),
                sorted((g / "dev").glob("entities_*.jsonl")), None))
    for half in "ab":
        out.append((f"devweb{half}", pred_dir / f"devweb{half}-pred.jsonl", [g / "dev-web" / f"facts_{half}.jsonl"],
                    [g / "dev-web" / f"entities_{half}.jsonl"], None))
    return [s for s in out if s[1].is_file()]


def misses(sc: ModuleType, pred_file: Path, gold_files: list[Path], ent_files: list[Path], ids: Path | None):
    """Yield (article, predicate, field, gold value, predicted value) for each gold date not predicted exactly."""
    ents = sc.Entities(sc.read_jsonl(ent_files))
    gold_rows = sc.read_jsonl(gold_files)
    articles = {r["article_id"] for r in gold_rows}
    if ids:
        articles |= set(ids.read_text(encoding="utf-8").split())
    gold: dict = {}
    for r in gold_rows:
        gold.setdefault(sc.fact_key(r, ents), r)
    pred: dict = {}
    for r in sc.read_jsonl([pred_file]):
        if r.get("article_id") in articles and (k := sc.fact_key(r, ents)) is not None:
            pred.setdefault(k, r)
    for k in sorted(set(gold) & set(pred), key=str):
        gd, pd = sc.dates_of(gold[k]), sc.dates_of(pred[k])
        for q, v in gd.items():
            if pd.get(q) != v:
                yield k[0], k[1], q, v, pd.get(q), gold[k], pred[k]


def klass(pred_name: str, field: str, predicted: str | None) -> str:
    if predicted is None:
        return f"missing {pred_name} {field}"
    return f"wrong {pred_name} {field}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pred-dir", type=Path, required=True)
    ap.add_argument("--set", nargs="*", help="only these sets")
    ap.add_argument("--rows", action="store_true", help="print every row, with both facts' names and evidence")
    a = ap.parse_args()
    sc = load_scorer(a.shared)
    total: Counter[str] = Counter()
    for name, pred, gold, ents, ids in sets(a.shared, a.pred_dir):
        if a.set and name not in a.set:
            continue
        here: Counter[str] = Counter()
        for art, p, field, gv, pv, _grow, prow in misses(sc, pred, gold, ents, ids):
            here[klass(p, field, pv)] += 1
            if a.rows:
                subj = prow["subject"] if isinstance(prow["subject"], str) else prow["subject"].get("name")
                obj = prow["object"] if isinstance(prow["object"], str) else prow["object"].get("name")
                ev = (prow.get("evidence") or "")[:90]
                print(json.dumps([name, art, p, field, gv, pv, subj, obj, ev], ensure_ascii=False))
        total.update(here)
        print(f"# {name}: {sum(here.values())} " + ", ".join(f"{k} {n}" for k, n in here.most_common()))
    print("# all: " + ", ".join(f"{k} {n}" for k, n in total.most_common()))


if __name__ == "__main__":
    main()
