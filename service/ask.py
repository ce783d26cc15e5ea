"""Questions in Chinese or English → a structured query, no model.

Templates are regular expressions with one or two entity slots; the first
that matches wins. The answer is one sentence in the question's language
plus the structured result and the evidence behind it. An unsupported
question raises `UnsupportedQuestion` listing the forms that are supported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from schema import ROLE_LABELS, Role
from service.errors import Backend


class UnsupportedQuestion(ValueError):
    def __init__(self, question: str) -> None:
        super().__init__(f"unsupported question: {question!r}")
        self.supported = [t.example for t in TEMPLATES]


@dataclass(frozen=True)
class Template:
    intent: str
    pattern: re.Pattern[str]
    example: str


def _t(intent: str, pattern: str, example: str) -> Template:
    return Template(intent, re.compile(pattern, re.I), example)


_ROLE_EN = {r.value: en.lower() for r, (_zh, en) in ROLE_LABELS.items()}
_ROLE_WORDS = {**{zh: r.value for r, (zhs, _en) in ROLE_LABELS.items() for zh in zhs if r is not Role.OTHER},
               "chairman": "chairman", "chair": "chairman", "ceo": "ceo", "chief executive": "ceo", "cfo": "cfo",
               "president": "president", "cto": "cto", "general manager": "general_manager", "board secretary": "board_secretary"}
_ROLE_RE = "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True))

TEMPLATES: list[Template] = [
    _t("holders", r"^(?:who (?:holds|owns)(?: shares in| stakes? in)?|(?:list )?(?:the )?(?:share)?holders of|who are the shareholders of)\s+(?P<a>.+?)(?:\s+as of\s+(?P<date>[\d-]+))?\??$",
       "who holds Puhui Lixin"),
    _t("holders", r"^(?:谁持有|谁持股|哪些公司持有)(?P<a>.+?)(?:的股[权份])?[?？]?$", "谁持有普惠立信"),
    _t("holders", r"^(?P<a>.+?)的(?:股东|持股人|股东有哪些|股东是谁)(?:有哪些|是谁)?[?？]?$", "普惠立信的股东"),
    _t("successors", r"^who (?:succeeded|replaced|took over from)\s+(?P<a>.+?)(?:\s+as\s+(?P<role>.+?))?\??$", "who succeeded Ye Wangchun"),
    _t("successors", r"^谁(?:接替|接任|继任)了?(?P<a>.+?)(?:的(?P<role>.+?))?[?？]?$", "谁接替了叶望春"),
    _t("successors", r"^(?P<a>.+?)的(?:继任者|接任者|接班人)(?:是谁)?[?？]?$", "叶望春的继任者"),
    _t("predecessors", r"^who (?:did\s+(?P<a>.+?)\s+succeed|was\s+(?P<a2>.+?)'?s predecessor)\??$", "who did Shen Chongfeng succeed"),
    _t("predecessors", r"^(?P<a>.+?)的(?:前任|前任是谁)[?？]?$", "沈崇锋的前任"),
    _t("role_of", rf"^who is the (?P<role>{_ROLE_RE}) of\s+(?P<a>.+?)(?:\s+as of\s+(?P<date>[\d-]+))?\??$", "who is the chairman of OneConnect"),
    _t("role_of", rf"^(?P<a>.+?)的(?P<role>{_ROLE_RE})是谁[?？]?$", "金融壹账通的董事长是谁"),
    _t("role_of", rf"^谁是(?P<a>.+?)的(?P<role>{_ROLE_RE})[?？]?$", "谁是金融壹账通的董事长"),
    _t("listed", r"^where is\s+(?P<a>.+?)\s+listed\??$", "where is 奇富科技 listed"),
    _t("listed", r"^(?P<a>.+?)(?:在哪(?:里|个交易所)?上市|的上市地)[?？]?$", "奇富科技在哪上市"),
    _t("positions", r"^(?:what (?:positions|roles) (?:does|did)\s+(?P<a>.+?)\s+hold|where does\s+(?P<a2>.+?)\s+work)\??$", "what positions does Shen Chongfeng hold"),
    _t("positions", r"^(?P<a>.+?)(?:担任过?哪些职务|的职务|的任职)[?？]?$", "沈崇锋担任哪些职务"),
    _t("subsidiaries", r"^(?:what are the subsidiaries of|subsidiaries of)\s+(?P<a>.+?)\??$", "subsidiaries of 平安集团"),
    _t("subsidiaries", r"^(?P<a>.+?)的(?:子公司|旗下公司)(?:有哪些)?[?？]?$", "平安集团的子公司有哪些"),
    _t("controller", r"^who controls\s+(?P<a>.+?)\??$", "who controls 金融壹账通"),
    _t("controller", r"^(?:谁控制|谁控股)(?P<a>.+?)[?？]?$|^(?P<a2>.+?)的(?:控股股东|实际控制人|实控人)(?:是谁)?[?？]?$", "金融壹账通的控股股东是谁"),
    _t("connection", r"^how (?:is|are)\s+(?P<a>.+?)\s+(?:connected|related) to\s+(?P<b>.+?)\??$", "how is 叶望春 connected to 平安集团"),
    _t("connection", r"^(?P<a>.+?)(?:和|与)(?P<b>.+?)(?:有什么关系|是什么关系|如何关联)[?？]?$", "叶望春和平安集团有什么关系"),
]


def _lang(q: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", q) and not re.match(r"^\s*(who|what|where|how|list|subsidiaries)\b", q, re.I) else "en"


def parse(question: str) -> tuple[Template, dict[str, str]]:
    q = question.strip().rstrip("。.")
    for t in TEMPLATES:
        m = t.pattern.match(q)
        if m:
            slots = {k: v.strip().strip("“”\"'") for k, v in m.groupdict().items() if v}
            if "a2" in slots:
                slots.setdefault("a", slots.pop("a2"))
            return t, slots
    raise UnsupportedQuestion(question)


def _names(facts: list[dict[str, Any]], side: str) -> list[str]:
    return list(dict.fromkeys(f[side]["name"] for f in facts))


def _evidence(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for f in facts for e in f.get("evidence", [])[:2]]


def answer(backend: Backend, question: str) -> dict[str, Any]:
    tmpl, slots = parse(question)
    lang = _lang(question)
    a = slots.get("a", "")
    handler = _HANDLERS[tmpl.intent]
    result, facts, sentence = handler(backend, slots, lang)
    return {"question": question, "language": lang, "intent": tmpl.intent, "answer": sentence, "result": result,
            "evidence": _evidence(facts), "entity": a}


def _pct(q: dict[str, Any]) -> str:
    p = q.get("percent")
    return f"{p:g}%" if isinstance(p, int | float) else ""


def _holders(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    r = b.holders(s["a"], s.get("date"))
    facts = r["holders"]
    def fmt(f: dict) -> str:
        p = f["qualifiers"].get("percent")
        return f"{f['subject']['name']}" + (f" ({p:g}%)" if isinstance(p, int | float) else "")
    parts = [fmt(f) for f in facts]
    sales = sorted(r["stake_sales"], key=lambda f: (-len(f["qualifiers"]), -f["confidence"]))
    sale = ""
    if sales:
        s0 = sales[0]  # the most complete report of a sale: with buyer and price
        q = s0["qualifiers"]
        amt = q.get("amount")
        if lang == "zh":
            sale = f"；其中{s0['subject']['name']}已同意将{_pct(q)}股权出售给{q.get('buyer', '买方')}" + (
                f"，对价{amt / 1e8:g}亿元" if isinstance(amt, int | float) else "")
        else:
            sale = f"; {s0['subject']['name']} agreed to sell {_pct(q)} to {q.get('buyer', 'a buyer')}" + (
                f" for {amt / 1e8:g}亿 {q.get('currency', '')}".rstrip() if isinstance(amt, int | float) else "")
    name = r["company"]["name"]
    if not parts:
        return r, facts, (f"没有找到{name}的股东信息。" if lang == "zh" else f"No holders of {name} are recorded.")
    if lang == "zh":
        return r, facts + sales, f"{name}的股东包括：{'、'.join(parts)}{sale}。"
    return r, facts + sales, f"Holders of {name}: {', '.join(parts)}{sale}."


def _successions(direction: str) -> Callable[[Backend, dict[str, str], str], tuple[dict, list, str]]:
    def run(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
        role = _ROLE_WORDS.get((s.get("role") or "").lower()) if s.get("role") else None
        r = b.successions(s["a"], direction, role, None)
        facts = r[direction]
        who = r["person"]["name"]
        if not facts:
            msg = f"没有找到{who}的{'继任者' if direction == 'successors' else '前任'}。" if lang == "zh" else \
                f"No {'successor' if direction == 'successors' else 'predecessor'} of {who} is recorded."
            return r, facts, msg
        items = []
        for f in facts:
            other = f["subject"]["name"] if direction == "successors" else f["object"]["name"]
            q = f["qualifiers"]
            role_txt = ROLE_LABELS[Role(q.get("role", "other"))][0][0] if lang == "zh" else _ROLE_EN.get(q.get("role", ""), "")
            if q.get("role") == "other" and q.get("title"):
                role_txt = q["title"]
            date = f" ({q['date']})" if q.get("date") else ""
            if lang == "zh":
                items.append(f"{other}{date}接任{q.get('company', '')}{role_txt}")
            else:
                items.append(f"{other} as {role_txt} of {q.get('company', '')}{date}")
        if lang == "zh":
            verb = "的继任者：" if direction == "successors" else "的前任："
            return r, facts, f"{who}{verb}{'；'.join(items)}。"
        lead = f"{who} was succeeded by " if direction == "successors" else f"{who} succeeded "
        return r, facts, lead + "; ".join(items) + "."
    return run


def _role_of(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    role = _ROLE_WORDS.get(s["role"].lower(), _ROLE_WORDS.get(s["role"]))
    r = b.executives(s["a"], s.get("date"), role)
    facts = r["current"] or r["former"]
    name = r["company"]["name"]
    label_zh = ROLE_LABELS[Role(role)][0][0] if role else s["role"]
    if not facts:
        return r, facts, f"没有找到{name}的{label_zh}。" if lang == "zh" else f"No {s['role']} of {name} is recorded."
    people = _names(r["current"], "subject") if r["current"] else _names(r["former"], "subject")
    since = r["current"][0]["valid_from"] if r["current"] else None
    if lang == "zh":
        return r, facts, f"{name}的{label_zh}是{'、'.join(people)}" + (f"（{since}起）" if since else "") + "。"
    return r, facts, f"The {_ROLE_EN.get(role or '', s['role'])} of {name} is {', '.join(people)}" + (f" (since {since})" if since else "") + "."


def _listed(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    r = b.listings(s["a"])
    facts = r["listings"]
    name = r["company"]["name"]
    parts = []
    for f in facts:
        q = f["qualifiers"]
        extra = ", ".join(x for x in (q.get("ticker"), q.get("date"), q.get("method")) if x)
        parts.append(f["object"]["name"] + (f" ({extra})" if extra else ""))
    if not parts:
        return r, facts, f"没有找到{name}的上市信息。" if lang == "zh" else f"No listing of {name} is recorded."
    return r, facts, (f"{name}在{'、'.join(parts)}上市。" if lang == "zh" else f"{name} is listed on {', '.join(parts)}.")


def _positions(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    r = b.positions(s["a"])
    facts = r["positions"]
    parts = []
    for f in facts:
        q = f["qualifiers"]
        title = q.get("title") or (ROLE_LABELS[Role(q['role'])][0][0] if lang == "zh" else _ROLE_EN.get(q["role"], q["role"]))
        parts.append(f"{f['object']['name']}{title}" if lang == "zh" else f"{title} of {f['object']['name']}")
    who = r["person"]["name"]
    if not parts:
        return r, facts, f"没有找到{who}的任职信息。" if lang == "zh" else f"No positions of {who} are recorded."
    return r, facts, (f"{who}担任（过）：{'；'.join(parts)}。" if lang == "zh" else f"{who} holds or held: {'; '.join(parts)}.")


def _subsidiaries(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    r = b.ownership(s["a"], "down", 2, None)
    kids = [c["name"] for c in (r.get("subsidiaries") or {}).get("children", [])]
    name = r["company"]["name"]
    facts = b.facts(None, "SUBSIDIARY_OF", r["company"]["id"], 50)["facts"]
    if not kids:
        return r, facts, f"没有找到{name}的子公司。" if lang == "zh" else f"No subsidiaries of {name} are recorded."
    return r, facts, (f"{name}旗下有：{'、'.join(kids)}。" if lang == "zh" else f"Subsidiaries of {name}: {', '.join(kids)}.")


def _controller(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    r = b.ownership(s["a"], "up", 5, None)
    ctl = r.get("controllers") or []
    name = r["company"]["name"]
    wanted = {x for c in ctl for x in c["facts"]}
    facts = [f for f in b.facts(None, None, r["company"]["id"], 1000)["facts"] if f["id"] in wanted] if wanted else []
    if not ctl:
        return r, facts, f"没有找到{name}的控制方。" if lang == "zh" else f"No controller of {name} is recorded."
    who = [f"{c['entity']['name']} ({c['basis']})" for c in ctl]
    return r, facts, (f"{name}的控制方：{'、'.join(who)}。" if lang == "zh" else f"{name} is controlled by {', '.join(who)}.")


def _connection(b: Backend, s: dict[str, str], lang: str) -> tuple[dict, list, str]:
    r = b.paths(s["a"], s["b"], 4)
    facts = [f for p in r["paths"][:1] for h in p["hops"] for f in h["facts"]]
    a, z = r["from"]["name"], r["to"]["name"]
    if not r["paths"]:
        return r, facts, f"没有找到{a}与{z}之间的关联。" if lang == "zh" else f"No connection between {a} and {z} is recorded."
    chain = " → ".join(e["name"] for e in r["paths"][0]["entities"])
    return r, facts, (f"{a}与{z}的关联：{chain}。" if lang == "zh" else f"{a} is connected to {z} via {chain}.")


_HANDLERS: dict[str, Callable[[Backend, dict[str, str], str], tuple[dict, list, str]]] = {
    "holders": _holders, "successors": _successions("successors"), "predecessors": _successions("predecessors"),
    "role_of": _role_of, "listed": _listed, "positions": _positions, "subsidiaries": _subsidiaries,
    "controller": _controller, "connection": _connection,
}
