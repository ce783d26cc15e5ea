"""What a holder holds: the companies it has a stake in ("X持股的公司有哪些",
"X持有哪些公司的股份", "which companies does X hold shares in"), now, on a
date or ever; and what a founder founded ("X创办了哪家公司", "X founded which
company"): the founders' question read from the person's side. A stake counts now when the company's own holders on that day
(`service.holdings.holders_of_record`: the reports, less what stated sales
took) still name the holder, so a stake sold off is not a holding."""

from __future__ import annotations

from schema import Predicate
from service.answers.common import Result, entities, entity_then, is_zh, join_names, labelled, list_sentence, name_then
from service.holdings import holders_of_record
from service.question import Question
from service.questions import Backend, FactD


def _holdings(b: Backend, q: Question) -> Result:
    x = b.find(q.subject)
    stakes = [f for f in b._out(x["id"], [Predicate.HOLDS_STAKE]) if f["object"]["id"] != x["id"]]
    if q.when == "ever":
        held = {f["object"]["id"]: (None, [f]) for f in stakes}
    else:
        held = {}
        for cid in dict.fromkeys(f["object"]["id"] for f in stakes):
            s = next((s for s in holders_of_record(b, cid, q.as_of) if x["id"] in (s.holder, *s.same_as)), None)
            if s is not None:
                held[cid] = (s.percent, list(s.facts) or [f for f in stakes if f["object"]["id"] == cid])
    days = {cid: min((f.get("valid_from") or "" for f in fs), default="") or None for cid, (_p, fs) in held.items()}
    out = [entity_then(b, cid, q.as_of or days[cid]) for cid in held]
    parts = [labelled(b, cid, q.as_of or days[cid], q) + (f" ({pct:g}%)" if isinstance(pct, int | float) else "")
             for cid, (pct, _fs) in held.items()]
    facts: list[FactD] = [f for _p, fs in held.values() for f in fs]
    name = name_then(b, x, q.as_of) if x.get("type") == "Company" else x["name"]
    return out, facts, list_sentence(q, name, parts, "持股公司", "holdings"), {
        "holder": x, "stakes": [{"company": cid, "percent": pct} for cid, (pct, _fs) in held.items()]}


def _founded(b: Backend, q: Question) -> Result:
    """The companies a person (or a company) founded: its own FOUNDED facts,
    whoever the question names it by (a person's pinyin finds them too: `Backend.find`)."""
    x = b.find(q.subject)
    facts = b._out(x["id"], [Predicate.FOUNDED])
    out = entities(b, [f["object"]["id"] for f in facts])
    names, who = join_names(q, [e["name"] for e in out]), x["name"]
    if is_zh(q):
        sentence = f"{who}创办的公司：{names}。" if out else f"没有找到{who}创办的公司。"
    else:
        sentence = f"Companies {who} founded: {names}." if out else f"No company founded by {who} is recorded."
    return out, facts, sentence, {"founder": x}


HANDLERS = {"holdings": _holdings, "founded": _founded}
