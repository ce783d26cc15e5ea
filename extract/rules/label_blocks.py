"""Blocks of label lines, one block a company, under numbered headings or a name line:

    二、松岭小额贷款股份有限公司
    统一社会信用代码：…
    法定代表人、董事长：P
    主要股东：A持股40%，B（证券代码：600000.SH）持股20%，P持股10%

    （二）被合并方
    名称：松岭证券承销有限公司
    总经理：Q
    股权结构：公司持有其100%股权

A notice that lists several firms (a regulator's revocations, a merger's two parties, a licence's
data sheet) writes each firm's fields as label lines under the firm's name: a post a label line
names (法定代表人, 董事长, 总经理) is at the block's firm, not at the notice's issuer nor at the
first block's firm; a holder line's holders hold the block's firm. `block_company` finds the firm
by walking up the block's lines to its head; `block_holders` reads the holder lines.
"""

from __future__ import annotations

import re
from typing import Any

from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind
from text.normalize import norm_name

#: (the article's context, `extract.rules.base.Context`, typed loosely: post_company asks `label_post_company`,
#: and base imports post_company)
Context = Any

#: a label line: a short label with no clause in it, a colon, a value
_LABEL_LINE = re.compile(r"[ \t　]*(?P<label>[^，。；：:\n]{1,16})[ \t　]*[：:][ \t　]*(?P<value>[^\n]*)")
#: the labels that name the block's firm itself
#: (or a party's label over its signature or on its own label line, "收购人（盖章）：C" + "法定代表人：P", as a filing or a
#: contract ends, or where the party is introduced)
_NAME_LABEL = re.compile(r"(?:机构|公司|企业|单位|主体)?(?:中文)?(?:名称|全称)|被执行人|被申请人|被处罚(?:人|单位|机构)|当事人"
                         r"|(?:信息披露义务人|收购人|一致行动人|转让方|受让方|出让方|委托人|受托人|[甲乙丙]方)(?:名称)?(?:[（(](?:盖章|签章|公章)[）)])?")
#: a numbered heading line ("一、", "（二）", "3."), then perhaps a firm's name and nothing else
_HEADING = re.compile(r"[ \t　]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])[ \t　]*(?P<rest>[^\n]*)")
#: what ends a name in a value ("X有限公司，住所地…", "X（以下简称…）")
_NAME_END = re.compile(r"[，,。；;（(\s]")
#: how many lines up a block's head may be
_MAX_LINES = 16
#: a label line of posts: the titles alone, then the colon
_POST_LABEL = re.compile(r"\ue003(?:[、及和兼与/]\ue003)*[：:]")


def _firm(ctx: Context, value: str) -> str | None:
    """The company a value names whole (up to a comma or a bracket), when the article's inventory has it."""
    name = _NAME_END.split(value.strip(), maxsplit=1)[0]
    key = ctx.inv.surface.get(norm_name(name)) if 2 <= len(name) <= 40 else None
    return key if key and key.startswith("C:") else None


def block_company(ctx: Context, sent: Sent) -> str | None:
    """The firm of the block of label lines `sent` opens a line of: the value of a name label above it, or a
    numbered heading that is the firm's name; None when a line of prose, a blank line or a heading naming
    no firm comes first."""
    memo = ctx.memo.setdefault("label-block", {})
    if sent.i in memo:
        return memo[sent.i]
    text, key = ctx.text, None
    end = text.rfind("\n", 0, sent.start)
    if text[end + 1:sent.start].strip() == "":  # (the line opens with the sentence)
        for _ in range(_MAX_LINES):
            if end < 0:
                break
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            end = start - 1
            if not line.strip():
                break
            if (head := _HEADING.fullmatch(line)) is not None and "：" not in line and ":" not in line:
                key = _firm(ctx, head.group("rest"))
                break
            if (lab := _LABEL_LINE.fullmatch(line)) is None:
                break
            if _NAME_LABEL.fullmatch(lab.group("label").strip()):
                key = _firm(ctx, lab.group("value"))
                break
    memo[sent.i] = key
    return key


def label_post_company(ctx: Context, sent: Sent, before: int) -> str | None:
    """The block's firm, for a title at `before` in a label line of posts ("法定代表人、董事长：P") under a block's head."""
    if before >= 24 or (m := _POST_LABEL.match(sent.tpl)) is None or before >= m.end():
        return None
    return block_company(ctx, sent)


#: a label line's label, plain words (no name, title or figure in it), then the colon
_PLAIN_LABEL = re.compile(r"[^\ue000-\ue007，。；：:]{1,16}[：:]")


def label_block_target(ctx: Context, sent: Sent, pos: int, holders: tuple[str, ...]) -> str | None:
    """The block's firm, for a holding at `pos` in a label line under a block's head ("控股股东：A（持股55%）"):
    the firm whose holders the line lists, not the notice's issuer."""
    if (m := _PLAIN_LABEL.match(sent.tpl)) is None or pos < m.end() or (sent.between(m.end(), pos, "C") and not all(
            c.key in holders for c in sent.between(m.end(), pos, "C"))):
        return None
    firm = block_company(ctx, sent)
    return firm if firm not in holders else None


#: a holder line's label: its holders, or its controlling holder
_HOLDER_LABEL = r"(?P<label>(?:主要|全体|现有)?股东(?:及(?:其)?(?:持股|出资)(?:比例|情况))?|股东(?:情况|构成)|控股股东|出资人(?:及出资比例)?)"
_HOLDER_LINE = pattern(rf"{_HOLDER_LABEL}[：:]")
#: one holder of the line and its share: "A（持股70%）", "A持股40%", "A（证券代码：…）持股20%", "A，持股比例28.5%"
_HOLDER_ITEM = pattern(r"(?P<h><C>|<P>)(?:[（(][^（）()\ue000\ue001\ue007]{0,30}(?:<K>[^（）()]{0,4})?[）)])?[，,]?"
                       r"(?:[（(])?(?:持股|持有|出资)(?:比例)?(?:为)?(?P<pct><R>)(?:股权|股份)?[）)]?")
#: the parent's line: "股权结构：公司持有其100%股权"
_OWNER_LINE = pattern(r"(?:股权结构|股东情况)[：:](?P<h><C>)(?:直接)?持有(?:其|该公司)?(?P<pct><R>)(?:的)?(?:股权|股份)")


def block_holders(ctx: Context) -> None:
    """Each holder line of a block: its holders hold the block's firm (a 控股股东 line's in control)."""
    for sent in ctx.sentences:
        if "：" not in sent.tpl[:14] or "\ue007" not in sent.tpl:
            continue
        if (own := _OWNER_LINE.match(sent.tpl)) is not None:
            _owner(ctx, sent, own)
            continue
        if (line := _HOLDER_LINE.match(sent.tpl)) is None or (firm := block_company(ctx, sent)) is None:
            continue
        control = line.group("label") == "控股股东"
        for item in _HOLDER_ITEM.finditer(sent.tpl, line.end()):
            holder = sent.at(item.start("h")).key
            pct = sent.at(item.start("pct")).value
            if holder and holder != firm and isinstance(pct, int | float):
                ctx.emit(Predicate.HOLDS_STAKE, holder, firm, sent, "block-holder", 0.8, percent=pct, controlling=control or None)


def _owner(ctx: Context, sent: Sent, m: re.Match[str]) -> None:
    """"股权结构：C持有其R股权" in a block: C holds the block's firm; more than half makes it C's subsidiary."""
    firm, owner, pct = block_company(ctx, sent), sent.at(m.start("h")).key, sent.at(m.start("pct")).value
    if firm is None or not owner or owner == firm or not isinstance(pct, int | float):
        return
    ctx.emit(Predicate.HOLDS_STAKE, owner, firm, sent, "block-owner", 0.8, percent=pct)
    if pct > 50:
        kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else SubsidiaryKind.SUBSIDIARY
        ctx.emit(Predicate.SUBSIDIARY_OF, firm, owner, sent, "block-owner", 0.8, kind=str(kind))
