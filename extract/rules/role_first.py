"""Role-first writing: the post is named once, the people who held it follow.

"沐川消金先后有过三任总经理：2009年至2013年由A担任，2013年至2018年由B接任，
2018年起由C接任" — the post (总经理 of the company the sentence is about) is
the theme; the clauses name its holders with a verb and no title of their
own. So does "X行长一职：…升任", "总经理职位随之发生变动。P离任，转而换上了Q",
"P辞职后，总裁一职将由Q兼任". A theme is a title

* after a count of holders: "三任董事长", or with 首任 before a person;
* followed by a colon, or by 一职/职位/岗位 and a word of change (变动, 空缺…);
* followed by 一职…由 (the post given to someone).

A clause with a person, a start or end verb and no title takes the theme of
its sentence (or the one before). Holders named in turn succeed each other.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from extract.mention_records import KIND, TitleInfo
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import date_before, emit_position, hedged
from extract.rules.templates import Candidate, Sent, pattern
from schema import Predicate

#: the verbs of a holder leaving a post (retiring, resigning, moving to another)
_GONE = r"(?:退休|离任|离职|辞任|辞职|卸任|请辞|去职|调任|调离|转任|荣休)"
_THEME = pattern(
    r"[一二三四五六七八九十两\d]+任(?P<t1><T>)(?![\ue000])|首任(?P<t5><T>)(?=\ue000)"
    r"|(?P<t2><T>)(?:一职|职位|岗位|位置|人选)?[：:]"
    r"|(?P<t3><T>)(?:一职|职位|岗位|位置)(?:[^，。；\ue000]{0,8}?)(?:变动|空缺|更迭|易主|交接|变更|调整|悬空|悬缺|出缺|从缺|发生)"  # (悬缺, 出缺, 从缺: vacant, as Taiwan writes it)
    r"|(?P<t4><T>)(?:(?:一职|职务|职位)(?:空缺)?|空缺)(?:将|则|改|仍|继续|仍然|依旧)?由"
    # a post named with its holder leaving, then taken up by a pronoun ("原T P已到龄退休，这一职务由Q兼任"): no title between
    r"|(?P<t6><T>)<P>[^。；\ue003]{0,24}?" + _GONE + r"[^。；\ue003]{0,12}?[，,](?:这一|该|此|其)(?:职务|职位|岗位)(?:将|则|改|现)?由"
)
_CHAIN_RE = pattern(CHAIN).pattern
#: the rest of a label line that names its post's holders ("董事会秘书：P", "独立董事：P、Q")
_HOLDER_LINE = pattern(r"\s*<P>(?:[（(][^（）()]{0,40}[）)])?(?:[、，,]<P>(?:[（(][^（）()]{0,40}[）)])?)*[。；]?\s*")
_FIRST_HOLDER = pattern(r"首任(?P<t><T>)(?P<p><P>)")
# "由A担任", "由原常务副总裁B升任" (no title after the verb)
_BY_HOLDER = pattern(rf"由(?:{CHAIN})?(?P<p><P>)(?:正式)?(?P<verb>担任|接任|升任|出任|继任|兼任|接替|上任|递补|填补|补任)(?![\ue001\ue003])")
# "B获批接任", "A于2010年上任"
_TAKES = pattern(r"(?P<p><P>)(?:[^，。；\ue000-\ue007]{0,6}?)(?:于\ue004)?(?:获批|正式)?(?P<verb>接任|上任|升任|履新)(?![\ue001\ue003])")
# "P离任", "P在2019年5月因个人原因离职"
_LEAVES = pattern(r"(?P<p><P>)(?:[^，。；\ue000\ue001\ue003]{0,12}?)(?P<verb>离任|离职|辞任|辞职|卸任|请辞|退休|去职)(?![\ue001\ue003])")
# "转而换上了…Q", "迎来了新任…Q"
_BRINGS_IN = pattern(rf"(?:换上|换成|迎来)(?:了)?[^，。；\ue000]{{0,20}}?(?:{CHAIN})?(?P<p><P>)")
# "任期至2013年", "任职至2021年": the end of the post just given
_UNTIL = pattern(r"(?:任期|任职|在任)(?:至|到|截至)(?P<d><D>)|[，,](?:却|但|并|后|又|随后|直至)?(?:在|于)?(?P<d2><D>)[^，。；\ue000]{0,10}?(?:离职|离任|辞职|辞任|卸任|被免职)")
_RANGE_BEFORE = pattern(r"(?P<d1><D>)(?:至|到|-|—|~)(?P<d2><D>)(?:间|期间)?$")
_FROM_BEFORE = pattern(r"(?P<d><D>)(?:起|开始)$")


@dataclass(frozen=True)
class Theme:
    sent: int
    pos: int
    company: str | None
    info: TitleInfo
    date: str | None = None  # "在2019年6月总经理职位发生变动": when the post changed hands


def _themes(ctx: Context) -> list[Theme]:
    cached = ctx.memo.get("themes")
    if cached is None:
        cached = []
        for sent in ctx.sentences:
            for m in _THEME.finditer(sent.tpl):
                g = next(g for g in ("t1", "t2", "t3", "t4", "t5", "t6") if m.group(g))
                pos = m.start(g)
                if g == "t2" and _speaker_label(ctx.text, sent.at(pos).start):
                    continue  # "X董秘：" + a greeting + "…": who speaks on each answer line, not a post whose holders follow
                if g == "t2" and _HOLDER_LINE.fullmatch(sent.tpl, m.end()):
                    continue  # "董事会秘书：P" (a report's label line): the post and its holder, no theme of the lines after
                items = chain_items(sent, pos, pos + 1, ctx.nearest_company(sent, pos))
                if items:
                    company, info = items[0]
                    date = date_before(ctx, sent, pos)[0] if g in ("t2", "t3") else None
                    cached.append(Theme(sent.i, pos, company, info, date))
        ctx.memo["themes"] = cached
    return cached


def _speaker_label(text: str, at: int) -> bool:
    """Whether the title at offset `at` is in a label that opens two lines or more of the text
    ("X董秘：…" on each answer of a Q&A): a speaker's label."""
    line = text.rfind("\n", 0, at) + 1
    m = re.match(r"[ \t]*([^：:\n]{1,16})[：:]", text[line:line + 20])
    return m is not None and at < line + m.end() and len(re.findall(r"(?:^|\n)[ \t]*" + re.escape(m.group(1)) + "[：:]", text)) >= 2


def _theme_for(ctx: Context, sent: Sent, pos: int, forward: bool = False) -> Theme | None:
    """The post a clause at `pos` speaks of: the last theme before it in this
    sentence or the one before; with `forward`, a theme later in the same
    sentence ("P辞职后，总裁一职将由Q兼任")."""
    themes = _themes(ctx)
    # a sentence naming posts of its own before the clause speaks of them, not of the one before's theme
    # ("董秘一职由A接任。监事长B辞任，由C接任": C takes B's post)
    clause = max(sent.tpl.rfind(c, 0, pos) for c in "，；：,") + 1
    # (or a post its own clause opens with: "T2由P担任" after "T1一职由Q接任" gives P no T1 post)
    own = KIND["T"] in sent.tpl[:clause] or (re.fullmatch(r"\ue003(?:则|将|改|仍|继续)?", sent.tpl[clause:pos]) is not None and sent.tpl.startswith("由", pos))
    before = [t for t in themes if (t.sent == sent.i and t.pos < pos) or (not own and sent.i - 2 <= t.sent < sent.i)]
    if before:
        return before[-1]
    if forward:
        after = [t for t in themes if t.sent == sent.i and t.pos > pos]
        return after[0] if after else None
    return None


def _owner(ctx: Context, theme: Theme) -> str | None:
    """The person whose post the theme is ("P的" + a title + "职务将由Q接任"), else None."""
    s = ctx.sentences[theme.sent]
    m = re.search(KIND["P"] + "的?$", s.tpl[:theme.pos])
    return s.at(m.start()).key if m else None


def _has_own_title(sent: Sent, p: int) -> bool:
    """Whether the person leaving at template position `p` has a title right
    before (then the rules that read titles have dealt with the clause)."""
    return bool(re.search(r"\ue003(?:的)?$", sent.tpl[:p])) and not re.search(r"(?:原|前)\ue003$", sent.tpl[:p])


def themed_positions(ctx: Context) -> None:
    """Positions and successions for holders named after a post."""
    held: list[tuple[Theme, Candidate]] = []
    for sent in ctx.sentences:
        for m in _FIRST_HOLDER.finditer(sent.tpl):
            t = next((x for x in _themes(ctx) if x.sent == sent.i and x.pos == m.start("t")), None)
            c = next((c for c in ctx.out if c.sent == sent.i and c.subject == sent.at(m.start("p")).key
                      and c.predicate is Predicate.HOLDS_POSITION), None)
            if t and c:
                _until(ctx, sent, m.end(), c)
                held.append((t, c))
        for rx, status in ((_BY_HOLDER, "start"), (_TAKES, "start"), (_BRINGS_IN, "start"), (_LEAVES, "end")):
            for m in rx.finditer(sent.tpl):
                p = m.start("p")
                clause = max(sent.tpl.rfind(c, 0, m.start()) for c in "，；：,") + 1
                if hedged(sent.tpl[clause:m.start()]) or (rx is _LEAVES and _has_own_title(sent, p)):
                    continue
                if rx is _TAKES and re.search(rf"由(?:{_CHAIN_RE})?$", sent.tpl[:p]):
                    continue  # "由A接任" is read by _BY_HOLDER
                theme = _theme_for(ctx, sent, m.start(), forward=rx is _LEAVES)
                if theme is None or theme.company is None:
                    continue
                person = sent.at(p).key
                if rx is _LEAVES and (owner := _owner(ctx, theme)) is not None and owner != person:
                    continue  # "A的CFO一职由B接替。C卸任后…": the post is A's, C leaves another
                for post in _own_former(sent, clause, p, theme) if rx is _LEAVES else (theme,):
                    c = _emit(ctx, sent, person, post, status, clause, m)
                    if c is not None:
                        _until(ctx, sent, m.end(), c)
                        if status == "start":
                            held.append((post, c))
    _in_turn(ctx, held)


def _own_former(sent: Sent, clause: int, p: int, theme: Theme) -> list[Theme]:
    """The posts a leaver held: the former titles of his own clause (two posts + "一职由A担任，
    原执行董事、B集团创始人Q已卸任": Q left the 执行董事 seat, not the 总经理 one), else the theme's."""
    own = [Theme(sent.i, p, theme.company, info, theme.date)
           for _c, info in chain_items(sent, clause, p, theme.company) if info.modifier in ("原", "前")]
    return own or [theme]


def _emit(ctx: Context, sent: Sent, person: str | None, theme: Theme, status: str, clause: int,
          m: re.Match[str]) -> Candidate | None:
    head = sent.tpl[clause:m.start()]
    rng, since = _RANGE_BEFORE.search(head), _FROM_BEFORE.search(head)
    before = len(ctx.out)
    if rng and status == "start":
        start = ctx.date_iso(sent.at(clause + rng.start("d1")), sent)
        end = ctx.date_iso(sent.at(clause + rng.start("d2")), sent)
        emit_position(ctx, sent, person, theme.company, theme.info, "role-first", "range", start, 0.75, end_date=end)
    else:
        if since:
            date = ctx.date_iso(sent.at(clause + since.start("d")), sent)
        else:
            date = (date_before(ctx, sent, m.end(), m.start("p"))[0] or date_before(ctx, sent, m.start(), clause)[0]
                    or (date_before(ctx, sent, m.start())[0] if not sent.between(0, clause, "P") else None) or theme.date)
        emit_position(ctx, sent, person, theme.company, theme.info, "role-first", status, date, 0.75)
    return ctx.out[-1] if len(ctx.out) > before else None


def _until(ctx: Context, sent: Sent, after: int, c: Candidate) -> None:
    """"…于2010年上任，…，任期至2013年": the end date of the post just named."""
    m = _UNTIL.search(sent.tpl, after)
    if m and not any(x in sent.tpl[after:m.start()] for x in (KIND["P"],)):
        end = ctx.date_iso(sent.at(m.start("d") if m.group("d") else m.start("d2")), sent)
        if end and "end" not in c.qualifiers:
            c.qualifiers["end"] = end


def _in_turn(ctx: Context, held: list[tuple[Theme, Candidate]]) -> None:
    """Holders of one post named in turn: each succeeds the one before."""
    by_post: dict[tuple[str | None, str, str], list[Candidate]] = {}
    for theme, c in held:
        by_post.setdefault((theme.company, str(theme.info.role), theme.info.title), []).append(c)
    for (company, _role, _title), cs in by_post.items():
        for prev, nxt in itertools.pairwise(cs):
            if prev.subject == nxt.subject or nxt.sent - prev.sent > 2:
                continue
            if "start" not in nxt.qualifiers and prev.qualifiers.get("end"):
                nxt.qualifiers["start"] = prev.qualifiers["end"]  # "任期至2013年；随后由B升任"
            ent = ctx.inv.entities.get(company or "")
            q = {k: v for k, v in nxt.qualifiers.items() if k in ("role", "title")}
            ctx.emit(Predicate.SUCCEEDED, nxt.subject, prev.subject, ctx.sentences[nxt.sent], "in-turn", 0.75,
                     company=ent.name if ent else None, date=nxt.qualifiers.get("start"), **q)

