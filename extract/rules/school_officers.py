"""A university's own news: its officers named with the school never named in full ("校党委书记P出席", "副校长P主持",
"经济学院院长P"), and the titles it confers ("聘任A、B为我校兼职教授", "…为我校T的…分别是：C T P，…").
The school is the one the page's masthead names ("X大学新闻网"), the page speaking of itself as 我校/本校; a post of
the school, a post of one of its colleges (the college's name kept in the title) and a conferred title are all held at
the school — never at a company named nearby (a lab the school opens with a bank, a quoted project's name).
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import TitleInfo
from extract.persons import plausible_person
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent
from schema import Predicate, Role
from text.normalize import norm_name

#: the masthead: the school's name, then the word for its news site ("X大学新闻网", "X学院新闻中心")
_MASTHEAD = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:大学|学院))(?=新闻网|新闻中心|官网|校报|新闻|网讯)")
#: a post that is the school's whatever precedes it; and one that is only when 校/我校 precedes it
_SCHOOL_POSTS = r"(?:常务副校长|副校长|校长|校务委员会主任|校长助理)"
_PARTY_POSTS = r"(?:党委书记|党委副书记|纪委书记|党委常委|总会计师)"
_COLLEGE_POSTS = r"(?:党委书记|党委副书记|执行院长|常务副院长|副院长|名誉院长|院长)"
_NAME = r"(?P<name>[\u4e00-\u9fff]{2,3})"
#: what may follow the name: a verb of the ceremony, a punctuation mark, a conjunction
_AFTER = r"(?=出席|主持|致辞|讲话|表示|指出|介绍|代表|宣读|颁发|为|与|和|及|等|[，,。；、（(\s]|$)"
_OFFICER = re.compile(rf"(?:(?:我校|本校|校)(?P<party>{_PARTY_POSTS}(?:、{_PARTY_POSTS})*(?:、{_SCHOOL_POSTS})?)"
                      rf"|(?P<school>{_SCHOOL_POSTS}))(?:兼{_SCHOOL_POSTS})?{_NAME}{_AFTER}")
#: (the college's name near a clause's head: six letters before it would make it the tail of a longer run of words)
_COLLEGE = re.compile(rf"(?<![\u4e00-\u9fff]{{6}})(?P<college>[\u4e00-\u9fff]{{2,8}}?学院)(?P<posts>{_COLLEGE_POSTS}(?:、{_COLLEGE_POSTS})*){_NAME}{_AFTER}")
#: a title the school confers, after the words of engaging for it
_CONFERRED = re.compile(r"(?:受聘为|获聘为|聘任|聘请|聘为|受聘|特聘|授予)(?P<who>[^，。；]{0,30}?)(?:为)?(?:我校|本校|该校|学校)"
                        r"(?P<title>兼职教授|客座教授|名誉教授|特聘教授|荣誉教授|产业教授|兼职研究员|客座研究员|兼职博士生导师)")
#: the list of the engaged, after the title: "…分别是：", "…为："
_LIST_OPENS = re.compile(r"[^，。；]{0,16}?(?:分别是|分别为|依次为|包括|是|为)[：:]?")
#: the term of the engagement: "聘期自D起"
_TERM = re.compile(r"聘期(?:自|从)(\d{4})年(\d{1,2})月")


def _school(ctx: Context) -> str | None:
    """The key of the school the page speaks for, added to the article's entities."""
    m = _MASTHEAD.search(ctx.text, 0, 300)
    if m is None:
        return None
    name = m.group(1)
    key = ctx.inv.surface.get(norm_name(name))
    if key is None:
        key = f"C:{name}"
        ctx.inv.add(key, name, "Company", norm_name(name), name, m.start())
    return key if key.startswith("C:") else None


def _person(ctx: Context, name: str, at: int) -> str | None:
    """The key of the person `name` (one the article knows, else a plausible name, added)."""
    key = ctx.inv.surface.get(norm_name(name))
    if key is not None:
        return key if key.startswith("P:") else None
    if not plausible_person(name, get_lexicon(), strong=False, final_stop_ok=True):
        return None
    key = f"P:{name}"
    ctx.inv.add(key, name, "Person", norm_name(name), name, at)
    return key


def _post(ctx: Context, sent: Sent, person: str, school: str, title: str, rule: str, start: str | None = None) -> None:
    # the same title given to the same person in this sentence at another body (a lab, a quoted name) is the school's
    ctx.drop(lambda c: c.sent == sent.i and c.subject == person and c.predicate is Predicate.HOLDS_POSITION
             and c.object != school and c.qualifiers.get("title") in (title, title.rsplit("学院", 1)[-1]))
    emit_position(ctx, sent, person, school, TitleInfo(Role.OTHER, title), rule, "start" if start else "", start, 0.75)


def _officers(ctx: Context, sent: Sent, school: str, raw: str) -> None:
    for m in _OFFICER.finditer(raw) if "校" in raw else ():
        person = _person(ctx, m.group("name"), sent.start + m.start("name"))
        if person is None:
            continue
        for title in re.split(r"[、兼]", m.group("party") or m.group("school")):
            _post(ctx, sent, person, school, title, "school-officer")
    for m in _COLLEGE.finditer(raw) if "学院" in raw else ():
        college = m.group("college")
        if school.endswith(college) or ctx.inv.surface.get(norm_name(college)):
            continue  # the school itself, or a college known as a body of its own
        person = _person(ctx, m.group("name"), sent.start + m.start("name"))
        if person is None:
            continue
        for title in m.group("posts").split("、"):
            _post(ctx, sent, person, school, college + title, "school-officer")


def _conferred(ctx: Context, sent: Sent, school: str, raw: str) -> None:
    for m in _CONFERRED.finditer(raw):
        term = _TERM.search(ctx.text, sent.start, min(len(ctx.text), sent.end + 200))
        start = f"{term.group(1)}-{int(term.group(2)):02d}" if term else None
        listed = _LIST_OPENS.match(raw, m.end())
        lo, hi = (sent.start + listed.end(), sent.end) if listed else (sent.start + m.start("who"), sent.start + m.end("who"))
        for p in sent.mentions:
            if p.kind == "P" and p.key and lo <= p.start < hi:
                _post(ctx, sent, p.key, school, m.group("title"), "school-conferred", start)


def school_officers(ctx: Context) -> None:
    if not any(w in ctx.text for w in ("我校", "本校", "校长", "学院")) or (school := _school(ctx)) is None:
        return
    for sent in ctx.sentences:
        raw = ctx.text[sent.start:sent.end]
        _officers(ctx, sent, school, raw)
        if "教授" in raw or "研究员" in raw or "导师" in raw:
            _conferred(ctx, sent, school, raw)
