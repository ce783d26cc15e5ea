"""Interviews: in a speaker's line ("周明远：我2015年创办了北林科技…"), 我 is the
speaker, so the line's 我 is a mention of that person for the rules. A memoir
or a first-person account says who tells it ("（本文作者P，…）", "口述：P"):
its 我 outside quotation marks is that person throughout; so is a speech's, its speaker on the byline."""

from __future__ import annotations

import re

from extract.mention_records import Inventory, Mention
from text.normalize import norm_name

#: a line that opens with a name and a colon: the speaker of what follows (not 记者：, 问：, a label like 来源：)
#: a transcript's time stamp before the speaker ("[00:01:26] ", "（01:05）")
STAMP = _STAMP = r"(?:[\[【(（]?\d{1,2}:\d{2}(?::\d{2})?[\]】)）]?[ \t\u3000]*)?"
#: (or a transcript's bracketed label: "【P】嗯，…")
_SPEAKER = re.compile(rf"[ \t\u3000]*{_STAMP}(?:(?:嘉宾|主持人|主播|受访者|记者|访谈嘉宾|特邀嘉宾)?([\u4e00-\u9fff·]{{2,6}})[：:]|【([\u4e00-\u9fff·]{{2,4}})】)")
#: 我 alone, the speaker: not 我们, 我国, 我行, 我司 … (a body the speaker belongs to) nor 自我
_I = re.compile(r"(?<![自本忘无])我(?![们国行司省市方院校部区县军党])")

#: 我们 before 的: the body the speaker speaks for ("我们的首席技术官"); before its shareholders too ("我们大股东一直是B")
_WE = re.compile(r"我们(?=的)")
_WE_HELD = re.compile(r"我们(?=(?:的)?(?:控股股东|第一大股东|大股东|股东))")


#: a speaker's label at a line's start, the name bounded by the stamp or label before it and the colon after
_LABEL_NAME = re.compile(rf"^[ \t\u3000]*{_STAMP}(?:【[^】\n]{{1,8}}】)?[ \t\u3000]*([\u4e00-\u9fff·]{{2,4}})[ \t\u3000]*[：:]", re.M)


#: a transcript's speaker in brackets at a line's start: "【P】嗯，…"
_BRACKET_NAME = re.compile(rf"^[ \t\u3000]*{_STAMP}【([\u4e00-\u9fff·]{{2,4}})】", re.M)
#: a speaker's role label, perhaps lettered ("嘉宾A", "主持人", "受访者乙")
_ROLE_LABEL = r"(?:本期|特邀|访谈)?(?:嘉宾|主持人|主播|受访者|受访人)[A-ZＡ-Ｚ甲乙丙丁1-9]?"
#: the head's line that says who wears a role label ("【嘉宾A】P，C创始人", "嘉宾A：P（C董事长）")
_LABEL_INTRO = re.compile(rf"^[ \t\u3000]*[【\[]?({_ROLE_LABEL})[】\]]?[：:]?[ \t\u3000]*([\u4e00-\u9fff·]{{2,4}}?)(?=[，,、（(\s]|$)", re.M)
#: a line spoken under a role label ("[00:01:20] 嘉宾A：…")
_LABEL_LINE = re.compile(rf"[ \t\u3000]*{_STAMP}({_ROLE_LABEL})[ \t\u3000]*[：:]")
#: how far into the text a show introduces its speakers
_HEAD = 600


def _introduced(text: str) -> dict[str, tuple[str, int]]:
    """{role label: (name, position)} of the speakers the head introduces."""
    out: dict[str, tuple[str, int]] = {}
    if "嘉宾" in text or "主持人" in text or "受访" in text or "主播" in text:
        for m in _LABEL_INTRO.finditer(text, 0, _HEAD):
            out.setdefault(m.group(1), (m.group(2), m.start(2)))
    return out


def speaker_names(text: str) -> list[tuple[str, int]]:
    """The names a transcript gives its speakers: a name that opens two lines or more with a colon
    ("[00:01:26] P：…", "P：…") is who speaks them, a person (the reader checks the name's shape). A label that
    opens a line once is as likely a field ("来源：", "编辑：") as a speaker, so one line is not enough; a role label
    ("嘉宾A") is one when the head introduces who wears it ("嘉宾A：P，C创始人")."""
    if text.count("：") + text.count(":") + text.count("】") < 4:
        return []
    seen: dict[str, list[int]] = {}
    for m in (*_LABEL_NAME.finditer(text), *(_BRACKET_NAME.finditer(text) if "【" in text else ())):
        seen.setdefault(m.group(1), []).append(m.start(1))
    named = [(name, at[0]) for name, at in seen.items() if len(at) >= 2]
    return named + [(name, at) for label, (name, at) in _introduced(text).items() if _LABEL_LINE.search(text, at)]


#: the people a speaker lists with themself ("我、A，还有B，我们仨…", "我和A一起…"): each name bounded by the
#: list's marks on both sides
_BESIDE_ME = re.compile(r"我(?:、|和|跟|与|同)([\u4e00-\u9fff]{2,3})(?=[，,、和及]|还有|我们|一起|共同)"
                        r"(?:(?:[，,]?还有|[，,]?以及|、|和|及)([\u4e00-\u9fff]{2,3})(?=[，,。]|我们|一起|共同|三个|几个))?")


def names_beside_me(text: str) -> list[tuple[str, int]]:
    """Names a first-person speaker lists with themself: people (the reader checks the names' shape)."""
    if "我" not in text:
        return []
    return [(m.group(k), m.start(k)) for m in _BESIDE_ME.finditer(text) for k in (1, 2) if m.group(k)]


def line_speaker(inv: Inventory, text: str, start: int) -> str | None:
    """The person whose speaker's line holds the sentence at `start`, if that person is one the article names."""
    line = text.rfind("\n", 0, start) + 1
    m = _SPEAKER.match(text, line)
    key = inv.surface.get(norm_name(m.group(1) or m.group(2))) if m else None
    if (key is None or not key.startswith("P:")) and (lab := _LABEL_LINE.match(text, line)) is not None:
        name = _introduced(text).get(lab.group(1), ("", 0))[0]  # "嘉宾A：我…": the one the head says is 嘉宾A
        key = inv.surface.get(norm_name(name)) if name else None
    if (key is None or not key.startswith("P:")) and _ANSWER.match(text, line):
        key = _interviewee(inv, text)  # "答：我…": the one the editor's note says the interview was with
    return key if key and key.startswith("P:") else None


#: an answer's line in a Q&A ("答：…"), its speaker named by no label
_ANSWER = re.compile(r"[ \t\u3000]*(?:答|A)[：:]")
#: the head's words for whom the interview was with: "小编和P聊了一个下午", "记者专访了P", "与P对话"
_TALKED_WITH = re.compile(r"(?:和|与|同|跟)([\u4e00-\u9fff·]{2,4}?)(?:先生|女士)?(?:聊|谈|对话|面对面)"
                          r"|(?:专访|采访|对话)(?:了)?([\u4e00-\u9fff·]{2,4}?)(?=[，。；、（(\s]|先生|女士)")


def _interviewee(inv: Inventory, text: str) -> str | None:
    """The one person the head (an editor's note) says the interview was with, if the article names that person."""
    found = {key for m in _TALKED_WITH.finditer(text, 0, _HEAD)
             if (key := inv.surface.get(norm_name(m.group(1) or m.group(2)))) and key.startswith("P:")}
    return found.pop() if len(found) == 1 else None


#: a line labelled with a company's officer, who answers for it ("X董秘：" + a greeting + "…", "X银行行长：…")
_OFFICER_LABEL = re.compile(r"[ \t\u3000]*([^：:\n，。！？]{2,20}?)(?:董秘|董事会秘书|证券事务代表|董事长|总经理|总裁|行长|财务总监|首席财务官)[：:]")


def officer_label_company(inv: Inventory, text: str, start: int) -> str | None:
    """The company of the officer whose label opens the line of the sentence at `start`: in that answer,
    公司 is the answerer's company, whatever company the question or the answer named before."""
    m = _OFFICER_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    key = inv.surface.get(norm_name(m.group(1))) if m and start >= m.end() else None
    return key if key and key.startswith("C:") else None


#: who tells a first-person text: its author in an editor's note ("本文作者P，…"), the one it is told by ("口述：P", "P自述")
_NARRATOR = re.compile(r"(?:本文作者|口述人?[：:／/]|讲述人?[：:]|^发件人[：:])\s*([\u4e00-\u9fff·]{2,4}?)(?=[，,。；（()）<\s]|先生|女士|$)"
                       r"|([\u4e00-\u9fff·]{2,4}?)(?:口述|自述)(?=[）)\s，,]|$)", re.M)


#: a speech's byline: its first lines, the speaker's posts and name ("C党委书记、董事长　P"), before a salutation
_BYLINE = re.compile(r"\s*[^\n。：:]{2,40}?[\s\u3000]+([\u4e00-\u9fff·]{2,4})[ \t\u3000]*\n")
_SALUTATION = re.compile(r"^\s*(?:尊敬的|各位|亲爱的)", re.M)


def narrator(inv: Inventory, text: str) -> str | None:
    """The person a first-person text is told by, when the text names them so (and names them as a person):
    a memoir's author, or a speech's speaker on the byline above its salutation."""
    if "我" not in text:
        return None
    if (sal := _SALUTATION.search(text, 0, 400)) and (line := _BYLINE.match(text, 0, sal.start())):
        key = inv.surface.get(norm_name(line.group(1)))
        if key and key.startswith("P:"):
            return key
    if not any(w in text for w in ("作者", "口述", "讲述", "自述", "发件人")):  # (an e-mail's sender: its 我)
        return None
    for m in _NARRATOR.finditer(text, 0, 600):
        key = inv.surface.get(norm_name(m.group(1) or m.group(2)))
        if key and key.startswith("P:"):
            return key
    return None


def _quoted(text: str, pos: int, start: int) -> bool:
    """Whether `pos` stands inside quotation marks opened since `start` (the speech of someone else)."""
    seg = text[start:pos]
    return seg.count("“") > seg.count("”") or seg.count("「") > seg.count("」")


def with_speaker(ms: list[Mention], text: str, start: int, end: int, speaker: str,
                 company: str | None = None, unquoted: bool = False) -> list[Mention]:
    """The sentence's mentions with each 我 of the speaker's line as a mention of the speaker,
    and 我们 before 的 and a title ("我们的首席技术官P") or before its shareholders ("我们大股东是B") as the company
    the article is about."""
    if "我" not in text[start:end]:
        return ms
    taken = [(m.start, m.end) for m in ms]
    added = [Mention("P", m.start(), m.end(), "我", key=speaker) for m in _I.finditer(text, start, end)
             if not any(s <= m.start() < e for s, e in taken) and not (unquoted and _quoted(text, m.start(), start))]
    if company:
        titles = {m.start for m in ms if m.kind == "T"}
        added += [Mention("C", m.start(), m.end(), "我们", key=company, focus=True) for m in _WE.finditer(text, start, end)
                  if m.end() + 1 in titles and not any(s <= m.start() < e for s, e in taken)]
        added += [Mention("C", m.start(), m.end(), "我们", key=company, focus=True) for m in _WE_HELD.finditer(text, start, end)
                  if not any(s <= m.start() < e for s, e in taken)]
    return sorted(ms + added, key=lambda m: m.start) if added else ms


#: a question line: the interviewer's ("问：", "记者：")
_QUESTION = re.compile(rf"[ \t\u3000]*{_STAMP}(?:问|记者|主持人|Q|(?:股东|投资者|网友|分析师|媒体)?提问)[：:]")


def question_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` stands on a question line ("记者：", "股东提问："): put to the company the
    interview or meeting is about, so a post it names without a company is that company's."""
    return _QUESTION.match(text, text.rfind("\n", 0, start) + 1) is not None


def asked_person(inv: Inventory, text: str, start: int) -> str | None:
    """In an answer line (at `start`) right after a question line, the one person the question names
    ("问：P现在还在公司吗？\nS：在，他一直是…"): who the answer's 他/她 is, not the speaker."""
    line = text.rfind("\n", 0, start)
    if line <= 0 or not _SPEAKER.match(text, line + 1):
        return None
    asked = text[text.rfind("\n", 0, line) + 1:line]
    if not _QUESTION.match(asked):
        return None
    named = {e.key for e in inv.entities.values() if e.type == "Person" and any(a in asked for a in (e.name, *e.aliases))}
    return named.pop() if len(named) == 1 else None
