"""A question as an analyst types it → a typed `Question`: what is asked,
about whom, in which role, at what time.

Parsing is three small passes over the NFKC, Traditional → Simplified text:
the date ("2020年6月1日", "in March 2022", "as of 2020-06-01": `service.question_dates`) and the
"now" words (现任, currently) are lifted out first, then the role
("董事长", "chief financial officer") is replaced by a placeholder, so the
forms below only have to say where the entities stand. The first form that
matches wins; none raises `UnsupportedQuestion` listing the forms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extract.lexicon import title_roles
from extract.titles import split_department
from schema import ROLE_LABELS, Role
from service.branches import HEAD
from service.question_dates import find_date
from service.question_forms import FORMS, R, language
from service.question_phrasing import plain_zh
from text.normalize import to_simplified

#: How a role is written in questions, beyond the labels the schema gives each role.
_EXTRA_ROLE_WORDS: dict[str, Role] = {
    "董座": Role.CHAIRMAN, "董事局主席": Role.CHAIRMAN, "掌门人": Role.CHAIRMAN, "一把手": Role.CHAIRMAN, "掌舵人": Role.CHAIRMAN, "掌舵者": Role.CHAIRMAN, "董事会成员": Role.DIRECTOR,
    "监事长": Role.SUPERVISOR, "监事会主席": Role.SUPERVISOR, "首席风险官": Role.CRO,
    "主任": Role.OTHER, "副主任": Role.OTHER, "经理": Role.OTHER,  # "办公室主任", "部门经理": asked by the title the facts carry
    "公司秘书": Role.BOARD_SECRETARY, "联席公司秘书": Role.BOARD_SECRETARY,  # as "company secretary" is
    "chairman": Role.CHAIRMAN, "chairwoman": Role.CHAIRMAN, "chairperson": Role.CHAIRMAN, "chair": Role.CHAIRMAN, "chaired": Role.CHAIRMAN,
    "board chairman": Role.CHAIRMAN, "chairman of the board": Role.CHAIRMAN, "chair of the board": Role.CHAIRMAN,
    "chairman of the board of directors": Role.CHAIRMAN, "chairwoman of the board": Role.CHAIRMAN, "vice chairman": Role.VICE_CHAIRMAN, "vice-chairman": Role.VICE_CHAIRMAN,
    "deputy chairman": Role.VICE_CHAIRMAN,
    "chief executive officer": Role.CEO, "chief executive": Role.CEO, "ceo": Role.CEO,
    "co-ceo": Role.CO_CEO, "co ceo": Role.CO_CEO, "co-chief executive officer": Role.CO_CEO,
    "president": Role.PRESIDENT, "bank president": Role.PRESIDENT, "governor": Role.PRESIDENT,
    "vice president": Role.VICE_PRESIDENT, "vice-president": Role.VICE_PRESIDENT, "senior vice president": Role.VICE_PRESIDENT,
    "chief financial officer": Role.CFO, "cfo": Role.CFO, "finance chief": Role.CFO, "finance director": Role.CFO,
    "chief operating officer": Role.COO, "coo": Role.COO,
    "chief technology officer": Role.CTO, "cto": Role.CTO,
    "chief risk officer": Role.CRO, "cro": Role.CRO, "chief strategy officer": Role.CSO, "cso": Role.CSO,
    "general manager": Role.GENERAL_MANAGER, "gm": Role.GENERAL_MANAGER,
    "deputy general manager": Role.DEPUTY_GENERAL_MANAGER,
    "executive director": Role.EXECUTIVE_DIRECTOR, "non-executive director": Role.NON_EXECUTIVE_DIRECTOR,
    "independent director": Role.INDEPENDENT_DIRECTOR, "independent non-executive director": Role.INDEPENDENT_DIRECTOR,
    "director": Role.DIRECTOR, "board member": Role.DIRECTOR,
    "board secretary": Role.BOARD_SECRETARY, "secretary of the board": Role.BOARD_SECRETARY,
    "company secretary": Role.BOARD_SECRETARY, "secretary to the board": Role.BOARD_SECRETARY,
    "chief supervisor": Role.SUPERVISOR, "chairman of the supervisory board": Role.SUPERVISOR, "supervisor": Role.SUPERVISOR,
    "chief actuary": Role.CHIEF_ACTUARY,
    # Indonesia's boards of directors (Direksi): the president director heads it, as the press's 总裁董事
    "presiden direktur": Role.PRESIDENT, "president director": Role.PRESIDENT, "direktur utama": Role.PRESIDENT,
    "wakil presiden direktur": Role.VICE_PRESIDENT, "vice president director": Role.VICE_PRESIDENT,
}
#: Role words whose facts may be stored as role `other` with the word as their title (监事长 before v1.2 of the guide).
TITLE_WORDS: dict[Role, tuple[str, ...]] = {Role.SUPERVISOR: ("监事长", "监事会主席")}
#: English words for such a post: the Chinese title its facts carry.
EN_TITLE_WORDS: dict[str, str] = {"chief supervisor": "监事长", "chairman of the supervisory board": "监事长"}

#: English names of posts outside the role list → the Chinese title their facts carry (role other).
EN_TITLES: dict[str, str] = {
    "party secretary": "党委书记", "party committee secretary": "党委书记", "party chief": "党委书记",
    "chief investment officer": "首席投资官", "chief information officer": "首席信息官", "chief compliance officer": "首席合规官",
    "chief marketing officer": "首席营销官", "chief economist": "首席经济学家", "chief data officer": "首席数据官",
    "chief product officer": "首席产品官", "chief legal officer": "首席法务官", "chief scientist": "首席科学家",
    "managing director": "董事总经理", "executive president": "执行总裁", "rotating chairman": "轮值董事长", "co-chairman": "联席董事长",
    "co-president": "联席总裁", "assistant president": "总裁助理", "assistant to the president": "总裁助理",
    "legal representative": "法定代表人",
}
ROLE_WORDS: dict[str, Role] = {
    **{zh: r for r, (zhs, _en) in ROLE_LABELS.items() if r is not Role.OTHER for zh in zhs},
    **title_roles(),  # the extractor's titles: 常务副总经理 is a deputy general manager, 党委书记 a post of its own (other)
    **{en: Role.OTHER for en in EN_TITLES},
    **_EXTRA_ROLE_WORDS,
}
_ZH_ROLES = sorted((w for w in ROLE_WORDS if not w.isascii() or w.isupper()), key=len, reverse=True)
_EN_ROLES = sorted((w for w in ROLE_WORDS if w.isascii() and not w.isupper()), key=len, reverse=True)
_ZH_ROLE_RE = re.compile("|".join(map(re.escape, _ZH_ROLES)))
#: letters, not \b, bound the word: an English title glued to Chinese ("X现任President Director是谁") has no \b (Han are \w)
_EN_ROLE_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _EN_ROLES) + r")s?(?![A-Za-z])", re.I)


class UnsupportedQuestion(ValueError):
    def __init__(self, question: str) -> None:
        super().__init__(f"unsupported question: {question!r}")
        self.supported = [f.example for f in FORMS]

    def body(self) -> dict[str, object]:
        """The error as the HTTP API's 422 says it, and `fkg ask --json` prints it."""
        return {"detail": str(self), "supported": self.supported}


@dataclass(frozen=True)
class Question:
    """What the question asks. `when` is "now" (no date: the latest state
    the articles report), "at" (a date: `as_of`), "ever" (担任过, has held) or "first" (首任: the first holder)."""

    text: str
    intent: str
    subject: str
    lang: str
    role: Role | None = None
    role_word: str = ""
    company: str | None = None
    other: str | None = None  # the second entity of a connection question
    as_of: str | None = None
    when: str = "now"


_NOW_ZH = re.compile(r"(?:现任|现时|现在|目前|当前|如今|眼下|现阶段|最新)(?:的)?(?=.)")
_NOW_EN = re.compile(r"\b(?:currently|current|now|today|at present|presently|these days|at the moment)\b,?", re.I)
_EVER_ZH = re.compile(r"上市过|担任过|出任过|任职过|持有过|拥有过|持股过|入股过|任过职|工作过|供职过|就职过|做过|历届|历年|曾经|曾(?!用名)|历任|过往|以前|以往")
#: "has held", "did … work": over time. A bare "has" or "held" is not ("who has stakes in X", "who held stakes in X" ask of now).
_EVER_EN = re.compile(r"\b(?:ever|previously|formerly|used\s+to|in\s+the\s+past|(?:has|have|had)\s+(?:\S+\s+){0,6}?(?:held|been|worked|served|owned)"
                      r"|did\s+(?:\S+\s+){0,6}?(?:hold|work|serve|own))\b", re.I)


def _strip_now(q: str, lang: str) -> tuple[str, bool]:
    """The question without its "now" words. In Chinese a now word between
    a company and its post stands where 的 would ("X现任金融科技部总经理":
    the company ends before it), so it leaves a 的 there, which tells the
    company from a unit of it in the title that follows."""
    if lang == "zh":
        out = _NOW_ZH.sub(lambda m: "的" if _ends_name(q, m.start()) and _post_follows(q, m.end()) else "", q)
    else:
        out = _NOW_EN.sub("", q)
    return re.sub(r"\s{2,}", " ", out).strip(), out != q


def _ends_name(q: str, at: int) -> bool:
    """A name stops right before `at` (not a question word or 的)."""
    return at > 0 and q[at - 1] not in "的是谁任为 "


def _post_follows(q: str, at: int) -> bool:
    """What follows `at` is a post: a role word, maybe after the unit it
    belongs to, with no verb or 的 between."""
    m = _ZH_ROLE_RE.search(q, at)
    return m is not None and not re.search(r"[的由是谁有在被归为]|担任|出任", q[at:m.start()])


_ON_BOARD = re.compile(r"^who\s+(?:sits?|sat|is|was|are|were|serves?|served)\s+on\s+(?:the\s+)?board\s+(?:of\s+directors\s+)?(?:of|at)\s+", re.I)
_BOARD_MADE_OF = re.compile(r"董事会(?:由哪些人组成|由谁组成|的组成|组成情况|有哪些成员|成员都有谁|里有谁|有哪些人)$")
#: "who heads / runs / is the head of the Hunan branch of X"
_HEADS_BRANCH = re.compile(r"who\s+(?:heads|headed|leads|led|runs|ran|manages|managed|(?:is|was)\s+in\s+charge\s+of|(?:is|was)\s+(?:the\s+)?head\s+of)\s+"
                           r"(?P<a>.+?\bbranch\s+(?:of|at)\s+.+?)[?？.。!！]*", re.I)


def _mark_role(q: str, lang: str) -> tuple[str, Role | None, str]:
    """The question with its first role word replaced by `R`, the role, the word.
    A word whose first 行 closes 银行 ("X银行长沙支行行长") is not it."""
    m = _ZH_ROLE_RE.search(q) if lang == "zh" else None
    while m is not None and m.group(0).startswith("行") and q[m.start() - 1:m.start()] == "银":
        m = _ZH_ROLE_RE.search(q, m.start() + 1)
    m = m or _EN_ROLE_RE.search(q)
    if m is None:
        return q, None, ""
    word = re.sub(r"\s+", " ", m.group(0)).lower()
    role = ROLE_WORDS.get(m.group(0)) or ROLE_WORDS.get(word) or ROLE_WORDS.get(word.rstrip("s"))
    if role is Role.OTHER:  # a post outside the role list: its facts carry the Chinese title
        return q[:m.start()] + R + q[m.end():], role, EN_TITLES.get(word) or EN_TITLES.get(word.rstrip("s")) or m.group(0)
    return q[:m.start()] + R + q[m.end():], role, EN_TITLE_WORDS.get(word, m.group(0))


def normalise(q: str) -> str:
    """NFKC, Simplified, one space between words, no trailing punctuation."""
    s = unicodedata.normalize("NFKC", q)
    s = to_simplified(s).replace("甚么", "什么")  # 甚麼, as Hong Kong writes 什麼, is left 甚么 by OpenCC
    s = re.sub(r"\s+", " ", s).strip()
    s = s.replace("’", "'").replace("“", "").replace("”", "").replace('"', "")
    return s.rstrip("?？.。!！ ")


def parse(question: str) -> Question:
    """The question's intent, entities, role and time; `UnsupportedQuestion` if no form fits."""
    text = normalise(question)
    as_of, text = find_date(text)
    lang = language(text)  # after the date: "in 2020, who was the CEO of 青禾集团" is English
    if lang == "zh":  # "请问X的董事长是哪一位呢": X的董事长是谁
        text = plain_zh(text, lambda w: w in ROLE_WORDS or bool(_ZH_ROLE_RE.fullmatch(w)))
    text, said_now = _strip_now(text, lang)
    text, first = _strip_first(text, lang)
    ever = _said_ever(text, lang) and not said_now
    if lang == "en":  # "in the past" says when, like a date: not part of a name
        text = re.sub(r",?\s*\bin\s+the\s+past\b,?", " ", text, flags=re.I).strip()
    if lang == "en":  # "who sits on the board of X": its directors
        text = _ON_BOARD.sub("who are the directors of ", text)
    if lang == "zh":  # "X的董事会由哪些人组成": its directors, as "董事会成员有哪些" asks
        text = _BOARD_MADE_OF.sub("董事会成员有哪些", text)
    if lang == "en" and (head := _HEADS_BRANCH.fullmatch(text)):  # "who heads the Hunan branch of X": its head, by any word for one
        return Question(question, "role_of", _clean(head["a"]), lang, Role.OTHER, HEAD, None, None, as_of, "at" if as_of else "now")
    readings = [_mark_role(text, lang)]
    if lang == "en" and readings[0][1] is None and _ZH_ROLE_RE.search(text):  # "Who is the 董事长 of 平安银行?"
        readings.append(_mark_role(text, "zh"))
    for marked, role, word in readings:
        for form in FORMS:
            m = form.pattern.match(marked) if form.lang == lang else None
            if m is None:
                continue
            slots = {k: _clean(v) for k, v in m.groupdict().items() if v and _clean(v)}
            for alt in ("a", "b", "c"):  # a form's other alternatives name their slots a2, b2, a3…
                for n in ("2", "3", "4", "5"):
                    if alt + n in slots:
                        slots.setdefault(alt, slots.pop(alt + n))
            if not slots.get("a") or (R in slots["a"]) or (R in (slots.get("c") or "")):
                continue
            when = "first" if first and form.intent == "role_of" else "at" if as_of else "ever" if ever else "now"
            uses_role = R in form.pattern.pattern
            if uses_role and role is not None and lang == "zh":
                role, word, slots = _post_in_unit(form.intent, slots, role, word)
            return Question(question, form.intent, slots["a"], lang, role if uses_role else None, word if uses_role else "",
                            slots.get("c"), slots.get("b"), as_of, when)
    raise UnsupportedQuestion(question)


def _post_in_unit(intent: str, slots: dict[str, str], role: Role, word: str) -> tuple[Role, str, dict[str, str]]:
    """"东海银行的金融科技部总经理是谁": the unit belongs to the post, not to
    the company's name — a post outside the role list whose title begins
    with the unit, as the extractor stores it ("金融科技部总经理")."""
    slot = "a" if intent in ("role_of", "former_holder", "holder_predecessors", "holder_successors") else "c"
    split = split_department(slots[slot]) if slots.get(slot) else None
    if split is None:
        return role, word, slots
    company, unit = split
    return Role.OTHER, unit + word, {**slots, slot: company}


#: the first holder of a post: "X首任董事长", "X的第一任行长", "the first chairman of X" (not "第一大股东", "the first half")
_FIRST_ZH = re.compile(r"(?:首任|第一任|首届)(?=\S)")
_FIRST_EN = re.compile(r"(?<=\bthe )(?:first|founding|inaugural)\s+(?!half\b|quarter\b|time\b)")  # lower case: not "First Capital"


def _strip_first(q: str, lang: str) -> tuple[str, bool]:
    out = (_FIRST_ZH if lang == "zh" else _FIRST_EN).sub("", q, count=1)
    return out, out != q


def _said_ever(text: str, lang: str) -> bool:
    return bool((_EVER_ZH if lang == "zh" else _EVER_EN).search(text))


def _clean(s: str) -> str:
    s = s.strip().strip("“”\"'‘’「」《》,，、 ")
    s = re.sub(r"^(?:the|of)\s+", "", s, flags=re.I)
    return s.strip()
