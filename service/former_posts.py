"""Posts the articles only ever name as held before: "时任行长P" (a
penalty notice on what P did then), "原总经理P升任董事长", "P，C时任总经理",
"P、Q因任期届满，不再担任独立董事".

Such a post has no end date, yet it is not the post now: answering "who is
the president now" with it names someone the article itself calls a former
holder. A post counts as said to be former only when every sentence behind
it says so, with the marker (时任, 原, 前) standing on this post's title and
this person's name, not on another post in the same sentence, and not
when the sentence goes on to give this post as the one the person takes up
("原行长P获核准出任C行长": 原 is on the post left, C's is the new one).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from extract.lexicon import title_roles
from schema import ROLE_LABELS, Role
from text.normalize import to_simplified

#: what may stand between 时任 and the title: the company ("时任该行", "时任C"), no clause break
_GAP = r"[^，。；,;、：:\s]{0,20}?"
#: 原 as a word of its own, not the end of a place's name (太原, 中原, 平原…): "C原总裁P", "该行原行长P"
_NOT_IN_A_NAME = r"(?<![太中平高草山河西东南北燕还复九])"
#: a career over: "接退休的P的班", "已故董事长P" (the post is past, whichever the sentence means)
_GONE = r"(?:已经?|早已)?(?:退休|去世|病逝|辞世|离世)了?"
#: a retirement still to come, right before it ("即将到龄退休的P", "将于年底退休的P"): the post is still P's
_SOON = re.compile(r"(?:即将|将要|行将|快要|就要|将于|拟于?|准备)[^，。；,;：:已]{0,6}$")
#: 前任 after any word but one that ends in 前 ("目前任行长P" is now): "接的是前任董事长P的班"
_QIANREN = r"(?<![目之此以提日年月向当生事空眼先])前任"
#: "P、Q因任期届满，不再担任该行独立董事": the post left, said of the names before it in its sentence…
_LEAVES = r"(?:不再担任|不再出任|辞去|卸任|离任|卸去)"
#: the post left, said right after the title and the name ("行长P已于3月退休", "老行长P退下来了"); not a
#: leaving still to come ("行长P将于年底退休")
_STEPS_DOWN = r"(?:(?:已经?|已于|于|在)[^，。；,;将拟]{0,12}?)?(?:正式)?(?:退休|退下来|退了下来|卸任|离任)"
#: a post taken up after the name ("原行长P将出任C行长"): the former mark is on the post P leaves, not on C's
_TAKES_UP = r"[^，。；,;]{0,20}?(?<!不再)(?:出任|就任|接任|升任|转任|调任|改任|担任)"
#: …with no post given between them (A elected 监事长 and B no longer 监事长: A's post is given, B's left), nor a
#: leaving still to come (P, 行长, to 卸任 the post on the day a deal closes: P holds it until then)
_NO_POST_GIVEN = r"(?:(?!担任|出任|接任|选举|聘任|任命|当选|为|将|拟|[。；;]).)"


@lru_cache(maxsize=64)
def _titles(role: str) -> tuple[str, ...]:
    """The Chinese words for a role: the schema's labels and the extractor's titles of it."""
    try:
        r = Role(role)
    except ValueError:
        return ()
    words = set(ROLE_LABELS[r][0]) if r is not Role.OTHER else set()
    words |= {w for w, x in title_roles().items() if x is r and r is not Role.OTHER}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_title() -> str:
    """Every title the extractor knows, as one alternation: "原党委书记、行长P" lists titles after its 原."""
    words = {w for r in Role if r is not Role.OTHER for w in ROLE_LABELS[r][0]} | set(title_roles())
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


def _former_in(sentence: str, name: str, titles: tuple[str, ...], company: str = "") -> bool:
    """The sentence puts 时任/原/前 on one of the titles next to the name (前 right
    after this post's company: "C前董事长P", as a notice names a former holder); after
    原 may stand this post's company ("原C董事长P", never another company's:
    "原C1董事长P出任C2董事长") and other titles ("原党委书记、行长P")."""
    if not titles or name not in sentence:
        return False
    t = "(?:" + "|".join(map(re.escape, titles)) + ")"
    n = re.escape(name)
    own = "|".join(re.escape(c) for c in (company, "该行", "该公司", "本行", "公司") if c)
    if company and re.search(rf"{n}{_TAKES_UP}(?:{own}){_GAP}{t}", sentence):
        return False  # "原行长P已获核准出任C行长": this post is the one P takes up
    return bool(re.search(rf"(?:时任{_GAP}|{_NOT_IN_A_NAME}原(?:{own}|{_any_title()}、)*?|(?<![\u4e00-\u9fff])前任?|{_QIANREN}|(?:该行|该公司)前任?|(?:{own})前任?){t}{n}", sentence)
                or re.search(rf"{n}[，,]?{_GAP}时任{_GAP}{t}(?![\u4e00-\u9fff]*{n})", sentence)
                or re.search(rf"{n}{_NO_POST_GIVEN}{{0,40}}?{_LEAVES}{_GAP}{t}", sentence)
                or re.search(rf"{t}{n}{_STEPS_DOWN}", sentence)
                or any(not _SOON.search(sentence[:m.start()]) for m in re.finditer(rf"(?:{_GONE}的|已故)(?:{own})?{t}?{n}", sentence)))


def said_former(fact: dict[str, Any]) -> bool:
    """Every sentence behind the open position calls it held before (see the module)."""
    q = fact.get("qualifiers") or {}
    if fact.get("valid_to") or q.get("end") or q.get("left") or q.get("ended_by"):
        return False
    # read in Simplified, as the titles are written: "原董事長P屆齡退休" says former as "原董事长P" does
    sentences = [to_simplified(str(e.get("evidence") or "")) for e in fact.get("evidence") or []]
    titles = tuple(dict.fromkeys([*(to_simplified(t) for t in [q.get("title")] if t), *_titles(str(q.get("role") or ""))]))
    name = to_simplified(str(fact["subject"]["name"]))
    company = to_simplified(str((fact.get("object") or {}).get("name") or ""))
    return bool(sentences) and all(_former_in(s, name, titles, company) for s in sentences)


def marked_left(positions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The positions, each said to be former marked as left (a departure with no date, as `graph.temporal` reads it)."""
    return [f | {"qualifiers": {**f["qualifiers"], "left": True}} if said_former(f) else f for f in positions]
