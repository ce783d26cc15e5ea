"""A report's holdings written as label:value lines, under its numbered headings (a solvency report's
summary, a company's data page):

    （六）控股股东或实际控制人
    控股股东：无
    实际控制人：X（通过A间接持股）
    （七）子公司、合营企业和联营企业
    B有限公司：持股比例70%

The holder a 控股股东/实际控制人 label names holds the reporting company in control (无 names none);
a line under a heading of 子公司 that gives the reporter's share in the company its label names makes
that company a subsidiary (wholly owned at 100%). Under a record of another company ("股东名称：A" then
"实际控制人：P") the labels are A's, not the reporter's; a label line right above an ownership tree names
the tree root's holder (extract.rules.ownership_tree). A registry form's 唯一股东 (Sole Member) line names
the holder of all the company's shares.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import pattern
from schema import Predicate, SubsidiaryKind

#: "实际控制人：X", "控股股东：X（…）" (on a transfer notice the label may open with 标的企业 or the like: of the company whose stake is offered): the holder and perhaps a bracket of how it holds (no share of another company)
_CONTROLLER = pattern(r"\s*(?:标的企业|标的公司|目标公司)?(?:控股股东|实际控制人)[：:]\s*(?P<h><C>|<P>)\s*(?:[（(][^（）()\ue007]{0,40}[）)])?\s*[。；]?")
#: a registry form's a bilingual label of the sole member, a name in Chinese then Latin letters, and a bracket that says it holds every share: A holds all of the company
_SOLE = pattern(r"\s*(?:唯一股东|唯一成员)\s*(?:Sole (?:Member|Shareholder))?\s*[：:]\s*(?P<h><C>|<P>)[^（(\ue000-\ue007]{0,80}?(?:[（(][^（）()\ue007]{0,20}(?P<pct><R>)?[）)])?\s*[。；]?")
#: "B有限公司：" + "本公司持股比例" + a figure, "B有限公司：持股比例" + a figure
_HELD_LINE = pattern(r"\s*(?P<c><C>)[：:]\s*(?P<by><C>)?(?:直接)?持股(?:比例)?(?:为)?\s*(?P<pct><R>)\s*[。；]?")
#: a heading of the report's subsidiaries ("（七）子公司、合营企业和联营企业", "五、控股子公司情况")
_SUBSIDIARY_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])?[^。；：:]{0,12}子公司[^。；：:]{0,16}$")
#: a record's name line ("股东名称：A有限公司", "公司名称：B"): the labels under it are of that company
_NAME_LINE = pattern(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)])?[^：:]{0,6}名称[：:]\s*(?P<c><C>)")
_BRANCH = re.compile(r"[ \t│|┃]*(?:[├└┣┗]|\+|`)")


def holder_labels(ctx: Context) -> None:
    reporter = ctx.announcer or ctx.focus
    if reporter is None or ("：" not in ctx.text and ":" not in ctx.text):
        return
    heading: str | None = None
    record: str | None = None  # the company a record's 名称 line names, under the current heading
    for sent in ctx.sentences:
        tpl = sent.tpl
        line_start = ctx.text.rfind("\n", 0, sent.start) + 1
        if ctx.text[line_start:sent.start].strip() == "" and "：" not in tpl and ":" not in tpl:
            heading, record = tpl, None  # (the last line without a label: the heading the label lines are under)
        if "名称" in tpl and (named := _NAME_LINE.match(tpl)) is not None:
            record = sent.at(named.start("c")).key
        if "控" in tpl and (record is None or record == reporter) and (m := _CONTROLLER.fullmatch(tpl)) is not None:
            holder = sent.at(m.start("h")).key
            after = ctx.text.find("\n", sent.end)
            if holder and holder != reporter and not (after >= 0 and _BRANCH.match(ctx.text, after + 1)):
                ctx.emit(Predicate.HOLDS_STAKE, holder, reporter, sent, "holder-label", 0.75, controlling=True)
        elif "唯一" in tpl and (m := _SOLE.fullmatch(tpl)) is not None and (holder := sent.at(m.start("h")).key) != reporter:
            pct = sent.at(m.start("pct")).value if m.group("pct") else 100.0
            ctx.emit(Predicate.HOLDS_STAKE, holder, reporter, sent, "holder-label-sole", 0.75, percent=pct)
        elif "持股" in tpl and heading and _SUBSIDIARY_HEADING.match(heading) and (m := _HELD_LINE.fullmatch(tpl)):
            child = sent.at(m.start("c")).key
            parent = sent.at(m.start("by")).key if m.group("by") else reporter
            pct = sent.at(m.start("pct")).value
            if child and parent and child != parent and ctx.type_of(parent) == "Company" and isinstance(pct, int | float) and pct > 50:
                kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY
                ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "holder-label-subsidiary", 0.75, kind=str(kind))
