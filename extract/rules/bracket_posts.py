"""Posts in brackets right after a name: "祁远帆（本公司" + posts + "）",
"吴启航（行长）". Each title of the bracket is the person's post, at the company the
bracket names (本公司: the announcer), else the one the sentence speaks of; on a
notice's own contact line ("信息披露负责人：P" + "（" + a post + "）") the announcer, whatever
company the lines above described. A bracket that says 原 ("P（原C副总经理）") gives a former post. A bracket after a firm's name that names its officer by
the post ("C（法定代表人：P）", a regulator's list of firms in prose) gives P the post at C."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.ranked_entries import entry_company
from extract.rules.base import Context
from extract.rules.label_blocks import block_company
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import pattern

#: the label of the line naming whom to ask about the notice: a post at the company that announces it
_CONTACT_LABEL = re.compile(r"^(?:信息披露(?:事务)?(?:负责人|联系人)|联系人|公告联系人)[：:]")
_BRACKETED = pattern(rf"(?P<p><P>)(?:先生|女士)?[（(](?P<chain>{CHAIN})[）)]")
#: a former post in the brackets, perhaps after a note, the firm perhaps named under its group
#: ("P（原C1旗下C2副总经理）", "P（专职，原C首席风险官）"): a post the person held before
_FORMER = pattern(rf"(?P<p><P>)(?:先生|女士)?[（(](?:[^（）()\ue000-\ue007]{{1,8}}[，,、])?(?:原|前|曾任)(?:<C>(?:旗下|下属|附属|控股的|的))?"
                  rf"(?P<chain>{CHAIN})[）)]")


#: a firm, then a bracket that names its officer by the post ("C（法定代表人：P）", "C（董事长为P，…）"): the post is C's
_FIRM_OFFICER = pattern(rf"(?P<c><C>)[（(](?:其)?(?P<chain>{CHAIN})(?:[：:]|为|系|是)\s*(?P<p><P>)(?=[）)，,；;])")


def bracket_posts(ctx: Context) -> None:
    for sent in ctx.sentences:
        if KIND["P"] not in sent.tpl or ("（" not in sent.tpl and "(" not in sent.tpl):
            continue
        for m in _FIRM_OFFICER.finditer(sent.tpl) if KIND["C"] in sent.tpl else ():
            for at, info in chain_items(sent, m.start("chain"), m.end("chain"), sent.at(m.start("c")).key):
                emit_position(ctx, sent, sent.at(m.start("p")).key, at, info, "bracket-officer", "", None, 0.8)
        for m in _BRACKETED.finditer(sent.tpl):
            company = ctx.nearest_company(sent, m.start("p"))
            if not sent.between(0, m.start("p"), "C") and _CONTACT_LABEL.match(sent.tpl):
                # (a directory's entry, "企业名称：C" + "联系人：P（T）": its own company's contact, not the directory's publisher)
                company = (entry_company(ctx.memo, sent.start) or block_company(ctx, sent) or ctx.announcer or ctx.focus
                           or company)
            for at, info in chain_items(sent, m.start("chain"), m.end("chain"), company):
                emit_position(ctx, sent, sent.at(m.start("p")).key, at, info, "bracket-post", "", None, 0.8)
        if "原" in sent.tpl or "前" in sent.tpl or "曾任" in sent.tpl:
            for m in _FORMER.finditer(sent.tpl):
                for at, info in chain_items(sent, m.start("chain"), m.end("chain"), None):
                    emit_position(ctx, sent, sent.at(m.start("p")).key, at, info, "bracket-former", "past", None, 0.75)
