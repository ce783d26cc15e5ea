"""A held-out check of the answer layer: questions built from gold facts.

    python bench/qa_probe.py --corpus dev|web-a|web-b --store STORE [--shared ../shared] [--show N] [--kind K]

The QA benchmark (../shared/qa) has 60 questions; the hidden set asks the
same kinds about other companies and people. This probe builds such
questions itself from the extraction gold of a corpus (../shared/gold,
read at run time; nothing of it is written into the project): for every
company and person the gold facts speak of, the kinds of questions the QA
guide lists, phrased several ways (Simplified, Traditional through OpenCC,
English; each name the gold entity is known by; dates written three ways).
It asks them of a store built from the same articles, in-process through
`service.ask.answer`, and prints per kind: questions, answered (a non-empty
list), hit (an expected entity returned), all (every expected entity
returned), extras (returned entities neither expected nor allowed), and
errors (a question form not read, or a name not found).

What is expected is what the gold says over the whole corpus, read simply:
a role held now is one no fact ends and no stated succession passes on; a
holder on a date is one whose stated term covers it. Where the gold does
not settle it (a term without a start, two holders of a one-holder role),
the other candidates are allowed, not expected. The figures are a probe,
not a score: tune on dev and web-a, look at web-b only to check.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import opencc

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")

#: How analysts write each gold role: Chinese words, English words.
ROLES: dict[str, tuple[list[str], list[str]]] = {
    "chairman": (["董事长", "董事会主席", "主席"], ["chairman", "Chairman of the Board"]),
    "vice_chairman": (["副董事长"], ["vice chairman"]),
    "ceo": (["首席执行官", "CEO", "行政总裁"], ["CEO", "chief executive officer"]),
    "president": (["总裁"], ["president"]),
    "vice_president": (["副总裁"], ["vice president"]),
    "cfo": (["首席财务官", "财务总监", "CFO"], ["CFO", "chief financial officer"]),
    "coo": (["首席运营官", "COO"], ["COO"]),
    "cto": (["首席技术官", "CTO"], ["CTO"]),
    "cro": (["首席风险官", "首席风控官"], ["chief risk officer"]),
    "general_manager": (["总经理"], ["general manager"]),
    "deputy_general_manager": (["副总经理"], ["deputy general manager"]),
    "executive_director": (["执行董事"], ["executive director"]),
    "independent_director": (["独立董事", "独立非执行董事"], ["independent director"]),
    "board_secretary": (["董事会秘书", "董秘"], ["board secretary", "company secretary"]),
    "supervisor": (["监事"], ["supervisor"]),
}
BANK_ROLES = {"president": (["行长"], ["president"]), "vice_president": (["副行长"], ["vice president"])}
ONE_HOLDER = {"chairman", "ceo", "president", "cfo", "coo", "cto", "cro", "general_manager", "board_secretary"}
CORPORA = {"dev": ("gold/dev", None), "web-a": ("gold/dev-web", "a"), "web-b": ("gold/dev-web", "b")}


def norm(s: str) -> str:
    return _T2S.convert(unicodedata.normalize("NFKC", s)).lower().replace(" ", "")


class Entities:
    """The gold's entities: each name a key, each entity its group of names."""

    def __init__(self) -> None:
        self.group: dict[str, int] = {}
        self.names: list[list[str]] = []
        self.types: list[str] = []

    def add(self, name: str, aliases: list[str], type_: str) -> int:
        keys = [norm(n) for n in [name, *aliases]]
        gid = next((self.group[k] for k in keys if k in self.group), None)
        if gid is None:
            gid = len(self.names)
            self.names.append([])
            self.types.append(type_)
        for n, k in zip([name, *aliases], keys, strict=True):
            self.group.setdefault(k, gid)
            if n not in self.names[gid]:
                self.names[gid].append(n)
        return gid

    def of(self, name: str, type_: str) -> int:
        k = norm(name)
        return self.group[k] if k in self.group else self.add(name, [], type_)

    def match(self, answer: dict) -> set[int]:
        return {self.group[k] for n in [answer.get("name", ""), *(answer.get("aliases") or [])] if (k := norm(n)) in self.group}


@dataclass
class Probe:
    kind: str
    question: str
    expected: set[int]
    allowed: set[int] = field(default_factory=set)


def load(shared: Path, corpus: str) -> tuple[Entities, list[dict]]:
    folder, half = CORPORA[corpus]
    halves = [half] if half else ["a", "b"]
    ents = Entities()
    for h in halves:
        for line in (shared / folder / f"entities_{h}.jsonl").open(encoding="utf-8"):
            e = json.loads(line)
            ents.add(e["name"], e.get("aliases") or [], e["type"])
    facts = [json.loads(line) for h in halves for line in (shared / folder / f"facts_{h}.jsonl").open(encoding="utf-8")]
    for f in facts:
        f["s"], f["o"] = ents.of(f["subject"], f["subject_type"]), ents.of(f["object"], f["object_type"])
        if (c := f["qualifiers"].get("company")) is not None:
            f["c"] = ents.of(c, "Company")
    return ents, facts


def variants(ents: Entities, gid: int, n: int) -> list[str]:
    """Up to n names of an entity, the gold's own name first, then the others (no bare tickers)."""
    names = [x for x in ents.names[gid] if not re.fullmatch(r"[\d.A-Z]{1,6}|\d+\.[A-Z]{2}|[A-Z]+:\w+", x)]
    return (names or ents.names[gid])[:n]


def english_name(ents: Entities, gid: int) -> str:
    asc = [x for x in ents.names[gid] if x.isascii() and len(x) > 3 and not re.fullmatch(r"[\d.A-Z:]+", x)]
    if asc:
        return asc[0]
    if ents.types[gid] == "Person":
        try:
            from pypinyin import lazy_pinyin
            py = lazy_pinyin(ents.names[gid][0])
            if 2 <= len(py) <= 4 and all(p.isascii() and p.isalpha() for p in py):
                return py[0].title() + " " + "".join(py[1:]).title()
        except ImportError:
            pass
    return ents.names[gid][0]


def post(f: dict) -> str:
    """A position's post: its role, or for a post outside the role list, other:<its title>."""
    q = f["qualifiers"]
    return q["role"] if q.get("role") != "other" else "other:" + q["title"] if q.get("title") else "other"


def role_words(role: str, company: str) -> tuple[list[str], list[str]]:
    if role.startswith("other:"):
        return [role[6:]], []
    if "银行" in company and role in BANK_ROLES:
        return BANK_ROLES[role]
    return ROLES[role]


def zh_date(iso: str) -> str:
    parts = iso.split("-")
    return parts[0] + "年" + "".join(f"{int(p)}{u}" for p, u in zip(parts[1:], ("月", "日"), strict=False))


def month_after(iso: str, months: int) -> str:
    y, m = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 6
    m += months
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}"


def probes(ents: Entities, facts: list[dict]) -> Iterator[Probe]:
    name = lambda g: ents.names[g][0]  # noqa: E731
    pos = [f for f in facts if f["predicate"] == "HOLDS_POSITION" and (f["qualifiers"].get("role") in ROLES or post(f).startswith("other:"))]
    succ = [f for f in facts if f["predicate"] == "SUCCEEDED"]
    ended: dict[tuple[int, int, str], str | None] = {}
    for f in succ:  # a stated succession ends the predecessor's term
        key = (f["o"], f.get("c", -1), post(f))
        ended[key] = min(filter(None, [ended.get(key), f["qualifiers"].get("date")]), default=f["qualifiers"].get("date") or "")
    by_post: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for f in pos:
        by_post[(f["o"], post(f))].append(f)
    for (c, role), fs in list(by_post.items()):
        people = {f["s"] for f in fs}
        over = {f["s"] for f in fs if f["qualifiers"].get("end") or (f["s"], c, role) in ended}
        now = people - over
        if role in ONE_HOLDER and len(now) > 1:  # the gold does not settle which: the latest start expected, the others allowed
            latest = max(now, key=lambda p: max(f["qualifiers"].get("start") or "" for f in fs if f["s"] == p))
            expected, allowed = {latest}, now - {latest}
        else:
            expected, allowed = now, set()
        zh, en = role_words(role, name(c))
        for i, cn in enumerate(variants(ents, c, 3)):
            rz = zh[i % len(zh)]
            qs = [f"{cn}的{rz}是谁", _S2T.convert(f"{cn}现任{zh[(i + 1) % len(zh)]}是谁"),
                  f"Who is the {en[i % len(en)]} of {english_name(ents, c) if i == 0 else cn}?" if en else "", f"谁是{cn}的{zh[-1]}"]
            for q in filter(None, qs):
                yield Probe("role_now", q, expected, allowed | (over if not expected else set()))
        for f in fs:  # a date inside a stated term
            start, end = f["qualifiers"].get("start"), f["qualifiers"].get("end") or ended.get((f["s"], c, role))
            if not start:
                continue
            day = start if len(start) == 10 else month_after(start, 1) if not end else start[:7] if len(start) >= 7 else start
            if end and day[: len(end)] > end:
                continue
            cover = {g["s"] for g in fs if (g["qualifiers"].get("start") or "0")[: len(day)] <= day
                     and not ((e := g["qualifiers"].get("end") or ended.get((g["s"], c, role))) and e[: len(day)] < day[: len(e)])}
            unsure = {g["s"] for g in fs if not g["qualifiers"].get("start")}
            cn = variants(ents, c, 2)[-1]
            yield Probe("role_at", f"{zh_date(day)}{cn}的{zh[0]}是谁", {f["s"]}, cover | unsure)
            if en:
                yield Probe("role_at", f"Who was the {en[0]} of {english_name(ents, c)} as of {day}?", {f["s"]}, cover | unsure)
                yield Probe("role_at", f"in {day[:4]}, who was the {en[-1]} of {cn}?", {f["s"]}, cover | unsure | people)
    for f in succ:
        role, c = f["qualifiers"]["role"], f.get("c")
        after = {g["s"] for g in succ if g["o"] == f["o"]}
        before = {g["o"] for g in succ if g["s"] == f["s"]}
        p_old, p_new = name(f["o"]), name(f["s"])
        yield Probe("successor", f"谁接替了{p_old}", after)
        yield Probe("successor", f"Who succeeded {english_name(ents, f['o'])}?", after)
        if c is not None and role in ROLES:
            zh, en = role_words(role, name(c))
            yield Probe("successor", f"谁接替{p_old}担任{variants(ents, c, 2)[-1]}{zh[0]}", {f["s"]})
            yield Probe("successor", f"{p_old}之后{name(c)}的{zh[-1]}是谁", {f["s"]})
            yield Probe("predecessor", _S2T.convert(f"{p_new}之前{name(c)}的{zh[0]}是谁"), {f["o"]})
        yield Probe("predecessor", f"{p_new}的前任是谁", before)
        yield Probe("predecessor", f"Who did {english_name(ents, f['s'])} succeed?", before)
    by_person: dict[int, set[int]] = defaultdict(set)
    for f in facts:
        if f["predicate"] == "HOLDS_POSITION":
            by_person[f["s"]].add(f["o"])
    for p, cs in list(by_person.items()):
        yield Probe("positions", f"{name(p)}担任过哪些职务", cs)
        yield Probe("positions", f"What positions has {english_name(ents, p)} held?", cs)
        yield Probe("positions", f"{name(p)}在哪些公司任职过", cs)
    stakes: dict[int, set[int]] = defaultdict(set)
    sold: dict[int, set[int]] = defaultdict(set)
    control: dict[int, set[int]] = defaultdict(set)
    big: dict[int, set[int]] = defaultdict(set)
    for f in facts:
        q = f["qualifiers"]
        if f["predicate"] == "HOLDS_STAKE":
            stakes[f["o"]].add(f["s"])
            if q.get("controlling"):
                control[f["o"]].add(f["s"])
            if (q.get("percent") or 0) > 50:
                big[f["o"]].add(f["s"])
        elif f["predicate"] == "SOLD_STAKE":
            sold[f["o"]].add(f["s"])
            if q.get("buyer"):
                sold[f["o"]].add(ents.of(q["buyer"], "Company"))
    for c, hs in list(stakes.items()):
        cn = variants(ents, c, 2)
        yield Probe("holders", f"{cn[0]}的股东有哪些", hs - sold[c], hs | sold[c])
        yield Probe("holders", f"Who holds stakes in {english_name(ents, c)}?", hs - sold[c], hs | sold[c])
        yield Probe("holders", _S2T.convert(f"谁持有{cn[-1]}的股份"), hs - sold[c], hs | sold[c])
    for c, hs in list(control.items()):
        cn = variants(ents, c, 2)
        allowed = big[c] | {f["o"] for f in facts if f["predicate"] == "SUBSIDIARY_OF" and f["s"] == c}
        yield Probe("controller", f"{cn[-1]}的实际控制人是谁", hs, allowed | stakes[c])
        yield Probe("controller", f"Who controls {english_name(ents, c)}?", hs, allowed | stakes[c])
        yield Probe("controller", _S2T.convert(f"{cn[0]}的控股股东是谁"), hs, allowed)
        yield Probe("controller", f"谁是{cn[0]}的实际控制人", hs, allowed | stakes[c])
    kids: dict[int, set[int]] = defaultdict(set)
    parents: dict[int, set[int]] = defaultdict(set)
    for f in facts:
        if f["predicate"] == "SUBSIDIARY_OF":
            kids[f["o"]].add(f["s"])
            parents[f["s"]].add(f["o"])
    owned: dict[int, set[int]] = defaultdict(set)
    for c, hs in list(big.items()):
        for h in hs:
            owned[h].add(c)
    for c, ks in list(kids.items()):
        cn = variants(ents, c, 2)
        yield Probe("subsidiaries", f"{cn[0]}的子公司有哪些", ks, owned[c] | {k for k in ks for k in kids[k]})
        yield Probe("subsidiaries", _S2T.convert(f"{cn[-1]}旗下有哪些公司"), ks, owned[c] | {k for k in ks for k in kids[k]})
        yield Probe("subsidiaries", f"What are the subsidiaries of {english_name(ents, c)}?", ks, owned[c] | {k for k in ks for k in kids[k]})
    for c, ps in list(parents.items()):
        cn = variants(ents, c, 2)
        allowed = big[c] | control[c] | {p for x in ps for p in parents[x]}
        yield Probe("parent", f"{cn[-1]}的母公司是哪家", ps, allowed)
        yield Probe("parent", f"What is the parent company of {english_name(ents, c)}?", ps, allowed)
    listings: dict[int, set[int]] = defaultdict(set)
    founders: dict[int, set[int]] = defaultdict(set)
    olds: dict[int, set[int]] = defaultdict(set)
    for f in facts:
        if f["predicate"] == "LISTED_ON":
            listings[f["s"]].add(f["o"])
        elif f["predicate"] == "FOUNDED":
            founders[f["o"]].add(f["s"])
        elif f["predicate"] == "RENAMED_TO":
            olds[f["o"]].add(f["s"])
    for kind, answers, templates in (("listed", listings, ("{zh}在哪里上市", "Where is {en} listed?")),
                                     ("founders", founders, ("谁创立了{zh2}", "Who founded {en}?", "{zh}是谁创办的"))):
        for c, xs in list(answers.items()):
            cn = variants(ents, c, 2)
            for t in templates:
                yield Probe(kind, t.format(zh=cn[0], zh2=cn[-1], en=english_name(ents, c)), xs)
    for c, ps in list(olds.items()):
        cn = variants(ents, c, 2)
        chain = ps | {p for x in ps for p in olds.get(x, set())}
        yield Probe("former_name", f"{cn[0]}的前身是什么", ps, chain)
        yield Probe("former_name", f"What was {english_name(ents, c)} formerly called?", ps, chain)
        yield Probe("former_name", _S2T.convert(f"{cn[-1]}以前叫什么"), ps, chain)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(CORPORA), required=True)
    ap.add_argument("--store", required=True)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--show", type=int, default=0, help="print up to N failing questions per kind")
    ap.add_argument("--kind", default=None)
    args = ap.parse_args()
    from service.ask import answer
    from service.embedded import EmbeddedBackend
    from service.errors import NotFound
    from service.question import UnsupportedQuestion

    ents, facts = load(Path(args.shared), args.corpus)
    backend = EmbeddedBackend(args.store)
    stats: dict[str, Counter] = defaultdict(Counter)
    fails: dict[str, list[str]] = defaultdict(list)
    seen = set()
    for p in probes(ents, facts):
        if p.question in seen or (args.kind and p.kind != args.kind):
            continue
        seen.add(p.question)
        s = stats[p.kind]
        s["n"] += 1
        try:
            got = answer(backend, p.question)["answers"]
        except (UnsupportedQuestion, NotFound) as e:
            s["error"] += 1
            fails[p.kind].append(f"ERROR {type(e).__name__}: {p.question}")
            continue
        except Exception as e:
            s["error"] += 1
            fails[p.kind].append(f"CRASH {type(e).__name__}: {e}: {p.question}")
            continue
        ids = [ents.match(a) for a in got]
        hit = p.expected & set().union(*ids) if ids else set()
        extra = [a["name"] for a, m in zip(got, ids, strict=True) if not (m & (p.expected | p.allowed))]
        s["answered"] += bool(got)
        s["hit"] += bool(hit) or (not p.expected and not got)
        s["all"] += hit == p.expected
        s["extras"] += len(extra)
        s["exact"] += hit == p.expected and not extra
        if hit != p.expected or extra:
            want = "、".join(ents.names[g][0] for g in p.expected) or "(none)"
            fails[p.kind].append(f"{p.question} | want {want} | got {'、'.join(a['name'] for a in got) or '(none)'}"
                                 + (f" | extra {'、'.join(extra)}" if extra else ""))
    cols = ["n", "answered", "hit", "all", "exact", "extras", "error"]
    print(f"{args.corpus:8s} " + " ".join(f"{c:>8s}" for c in cols))
    total: Counter = Counter()
    for kind in sorted(stats):
        total.update(stats[kind])
        print(f"{kind:13s}" + " ".join(f"{stats[kind][c]:8d}" for c in cols))
    print(f"{'total':13s}" + " ".join(f"{total[c]:8d}" for c in cols))
    for kind in sorted(fails):
        for line in fails[kind][: args.show]:
            print(f"  [{kind}] {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
