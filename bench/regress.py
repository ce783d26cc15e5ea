"""Score extraction and answers on the project's own regression sets (bench/regress/README.md).

Sets beside the reference gold in ../shared: `seed` (our annotations of
96 corpus articles outside dev gold, and 63 questions on the bundled corpus),
and every folder here with an `articles.jsonl` of its own: `unseen` and
`unseen2` (24 articles each, written in the styles of sources the rules were
not tuned on, annotated, with questions on a store built from them). The
reference scorers in ../shared/tools do the scoring; this script only runs
`fkg` and hands them the files, so its figures compare with the CI tables.

    python bench/regress.py [--shared ../shared] [--out out/regress] [--no-qa]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "regress"
ROOT = HERE.parent.parent


def fkg(*args: str) -> None:
    subprocess.run([str(Path(sys.executable).with_name("fkg")), *args], check=True, stdout=subprocess.DEVNULL)


def facts_table(scorer: Path, predicted: Path, gold: Path) -> None:
    subprocess.run([sys.executable, str(scorer / "score.py"), str(predicted), "--gold", str(gold / "facts.jsonl"),
                    "--entities", str(gold / "entities.jsonl"), "--articles", str(gold / "ids.txt")], check=True)


def qa_line(scorer: Path, questions: Path, store: Path) -> None:
    fkg_bin = Path(sys.executable).with_name("fkg")
    subprocess.run([sys.executable, str(scorer / "score_qa.py"), str(questions), "--corpus", "seed",
                    "--cmd", f"{fkg_bin} ask --json --store {store}"], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="where tools/score.py and score_qa.py are")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "regress")
    ap.add_argument("--no-qa", action="store_true", help="facts only (the questions take a few minutes)")
    a = ap.parse_args()
    scorer = a.shared / "tools"
    if not (scorer / "score.py").exists():
        sys.exit(f"regress: no reference scorer at {scorer}/score.py (pass --shared)")
    a.out.mkdir(parents=True, exist_ok=True)
    seed_ids = set((HERE / "seed" / "ids.txt").read_text(encoding="utf-8").split())
    corpus = ROOT / "data" / "corpus" / "articles.jsonl"
    seed_articles = a.out / "seed-articles.jsonl"
    with corpus.open(encoding="utf-8") as src, seed_articles.open("w", encoding="utf-8") as dst:
        dst.writelines(line for line in src if line.strip() and json.loads(line)["id"] in seed_ids)
    written = [(d.name, d / "articles.jsonl") for d in sorted(HERE.iterdir()) if (d / "articles.jsonl").is_file()]
    for name, articles in (("seed", seed_articles), *written):
        predicted = a.out / f"{name}-pred.jsonl"
        fkg("extract", str(articles), "--out", str(predicted))
        print(f"== {name}: facts (reference scorer)", flush=True)
        facts_table(scorer, predicted, HERE / name)
    if a.no_qa:
        return
    for name, articles in (("seed", corpus), *written):
        store = a.out / f"{name}.sqlite"
        store.unlink(missing_ok=True)
        fkg("ingest", str(articles), "--store", str(store))
        print(f"== {name}: questions (reference scorer)", flush=True)
        qa_line(scorer, HERE / name / "questions.jsonl", store)


if __name__ == "__main__":
    main()
