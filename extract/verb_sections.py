"""A notice arranged in sections by verb: "一、任命" heads the appointments, "二、免去" the removals, and
each line under a heading is a list of clauses that leave the verb out ("P的C董事长职务，Q的C行长职务；").
What a clause means depends on the heading it sits under, so the reader finds the headings and the span
of lines each one rules; the notice's effective day ("任职时间自D起计算") dates every post it gives or ends."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.persons import plausible_person

#: a heading line that is a verb of removing alone, perhaps numbered ("二、免去", "（二）免职：")
_REMOVAL_HEAD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[、.．])?"
                           r"[ \t\u3000]*(?:免去|免职|免除)(?:下列|以下)?(?:同志|人员)?(?:的)?(?:职务)?[ \t\u3000]*[：:]?[ \t\u3000]*$", re.M)
#: a heading line of appointing alone ("一、任命", "聘任：")
_APPOINT_HEAD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[、.．])?"
                           r"[ \t\u3000]*(?:任命|任职|聘任|委任|提任)(?:下列|以下)?(?:同志|人员)?(?:为)?[ \t\u3000]*[：:]?[ \t\u3000]*$", re.M)
#: the day the notice's posts count from ("任职时间自D起计算", "任免时间自…起计算")
_EFFECTIVE = re.compile(r"(?:任职|任免)(?:时间)?(?:均)?自(\d{4})年(\d{1,2})月(\d{1,2})日起(?:计算|生效|执行|施行)")
#: a clause of a removal line: its name, then 的 (the post P had)
_CLAUSE_NAME = re.compile(r"(?:^|(?<=[，,；;、\n]))[ \t\u3000]*([\u4e00-\u9fff]{2,3}?)的")
#: a clause of an appointment line: its name (or two), then 为 or 任 (the post P takes)
_TAKES_NAME = re.compile(r"(?:^|(?<=[，,；;、\n]))[ \t\u3000]*(?:([\u4e00-\u9fff]{2,3})[、和])?([\u4e00-\u9fff]{2,3}?)(?:为|任)")


def _ruled_lines(text: str, head: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of the lines each heading rules: from the line after it to the first line that is no clause of
    the list (blank, another heading, a line of prose without 职务, 任 or 为)."""
    spans: list[tuple[int, int]] = []
    for m in head.finditer(text):
        start = end = m.end() + 1
        while end < len(text):
            stop = text.find("\n", end)
            stop = len(text) if stop < 0 else stop
            line = text[end:stop]
            if not line.strip() or _REMOVAL_HEAD.match(line) or _APPOINT_HEAD.match(line) or not ("职务" in line or "任" in line or "为" in line):
                break
            end = stop + 1
        if end > start:
            spans.append((start, end))
    return spans


def removal_spans(text: str) -> list[tuple[int, int]]:
    """The lines under a heading of removal: each clause there is a post its person leaves."""
    if "免" not in text:
        return []
    return _ruled_lines(text, _REMOVAL_HEAD)


def appointment_spans(text: str) -> list[tuple[int, int]]:
    """The lines under a heading of appointing: each clause there is a post its person takes."""
    if "任" not in text:
        return []
    return _ruled_lines(text, _APPOINT_HEAD)


#: a verb of appointing or removing in running text, before a list of clauses that leave it out
#: ("任命A为C1董事长，B为C2总经理", "免去A的C1董事长职务，B的C2行长职务")
_INLINE_VERB = re.compile(r"(任命|聘任|委任|免去|免除)")


def inline_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, removal?) of each sentence's run from a verb of appointing or removing to the sentence's end:
    the clauses there that open with a name share the verb."""
    if "任" not in text and "免" not in text:
        return []
    out: list[tuple[int, int, bool]] = []
    for m in _INLINE_VERB.finditer(text):
        end = min((i for i in (text.find("。", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        out.append((m.end(), end, m.group(1).startswith("免")))
    return out


def effective_day(text: str) -> str | None:
    """The day a sectioned notice's posts count from, when it says so once."""
    days = {f"{int(y):04d}-{int(mo):02d}-{int(d):02d}" for y, mo, d in _EFFECTIVE.findall(text)}
    return days.pop() if len(days) == 1 else None


def names_in_sections(text: str, starts: set[int], lex: Lexicon) -> list[tuple[str, int]]:
    """People named by the clauses of a sectioned notice: under the heading 免去 a clause opens with the name and
    的 ("P的C董事长职务"), under 任命 with the name and 为/任 ("P为C董事长"), a company or a post right after
    (`starts`), so both ends of the name are fixed."""
    found: list[tuple[str, int]] = []
    inline = inline_spans(text)
    for spans, clause in ((removal_spans(text) + [(a, b) for a, b, out in inline if out], _CLAUSE_NAME),
                          (appointment_spans(text) + [(a, b) for a, b, out in inline if not out], _TAKES_NAME)):
        for a, b in spans:
            for m in clause.finditer(text, a, b):
                names = [k for k in range(1, (m.lastindex or 1) + 1) if m.group(k)]
                if m.end() in starts and all(plausible_person(m.group(k), lex, strong=False, bounded=True) for k in names):
                    found += [(m.group(k), m.start(k)) for k in names]
    return found
