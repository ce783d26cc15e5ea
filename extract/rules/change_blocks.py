"""A regulator's notice of approved changes, a block a company and a label a line:

    1、C
    变更内容1：名称
    变更前：C
    变更后：C2
    变更内容2：总经理
    变更前：A
    变更后：B
    变更内容：股东
    变更前：S（持股R）
    变更后：H（持股R）
    说明：H受让S的股权，转让价款M。

The labels, not a verb, say what changed: under a name item the company took the new name; under a post
(one a single person holds, 董事长, 总经理) B took it from A at the block's company; under a controlling
holder H controls the company now and S did before, and a block that says the share was transferred
(转让, 受让) tells S's sale of it to H at the price it gives. The block's company is the heading line
that names only it (numbered or not), else the article's company. Holdings written with a figure after
each holder ("A持股60%，B持股40%") are left to the sentence rules, which read them already.
"""

from __future__ import annotations

import re

from extract.lexicon import get_lexicon
from extract.mention_records import Mention, TitleInfo
from extract.numbers import find_money, region_yuan
from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.renames import emit_rename
from extract.rules.sale_parts import emit_sale
from extract.rules.spaced_cells import Row, row_sent
from extract.rules.spaced_tables import entity
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import Sent
from schema import SINGLE_HOLDER_ROLES, Predicate, Role
from text.normalize import norm_name, to_simplified

#: a block's item line: "变更事项：董事长", "变更事项2：公司名称"
_ITEM = re.compile(r"^[ \t\u3000]*变更(?:事项|内容|项目)\d*[ \t\u3000]*[：:][ \t\u3000]*(?P<item>[^\n]+?)[ \t\u3000。]*$")
#: a before or after line: "变更前：A", "变更后：B（持股51%）"
_SIDE = re.compile(r"^[ \t\u3000]*变更(?P<side>[前后])[ \t\u3000]*[：:][ \t\u3000]*(?P<value>[^\n]+?)[ \t\u3000。]*$")
#: a heading that numbers a block: "二、", "3.", "（四）"
_NUMBERED = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])[ \t\u3000]*")
#: a holder's share in brackets after its name: "（持股51%）", "（持股比例51%）"
_SHARE = re.compile(r"[（(](?:持股|持有|出资)(?:比例)?(?:为)?[ \t]*(?P<pct>\d{1,3}(?:\.\d+)?)\s*[%％][）)]")
_LEGAL_REP = "法定代表人"
_NAME_ITEM = re.compile(r"^(?:公司|机构|企业)?名称$")
_HOLDER_ITEM = re.compile(r"^(?:控股股东|第一大股东|实际控制人|主要股东|股东)$")
#: the block's words that a share changed hands, and its price line
_TRANSFER = re.compile(r"转让|受让")
_PRICE = re.compile(r"(?:成交价格|成交价款|成交金额|转让价格|转让价款|交易价格|交易对价)(?:为)?[：:]?([^，,。；;\n]{1,24})")


#: a company's legal form at a heading's end, for a name the article knows no other way
_LEGAL_FORM = re.compile(r"(?:有限公司|有限责任公司|股份有限公司|银行|合伙）|合伙\))$")


def _named(ctx: Context, a: int, b: int, person: bool) -> str | None:
    """The entity the span [a, b) is the name of: one the article knows, else a person's or a legal name."""
    name = ctx.text[a:b].strip(" \t\u3000。")
    key = ctx.inv.surface.get(norm_name(name))
    if key is not None:
        return key if key.startswith("P:" if person else "C:") else None
    if person or _LEGAL_FORM.search(name):
        return entity(ctx, Row([name], a, b), name, person, not person)
    return None


def _blocks(ctx: Context) -> list[tuple[str, list[tuple[str, int, int, int]]]]:
    """The blocks: (company key, [(kind, line start, value start, value end)]), kind "item", "前" or "后" (or "note")."""
    out: list[tuple[str, list[tuple[str, int, int, int]]]] = []
    company, lines = ctx.focus, []
    at = 0
    for line in ctx.text.split("\n"):
        start, at = at, at + len(line) + 1
        if (m := _ITEM.match(line)) is not None:
            lines.append(("item", start, start + m.start("item"), start + m.end("item")))
        elif (m := _SIDE.match(line)) is not None:
            lines.append((m.group("side"), start, start + m.start("value"), start + m.end("value")))
        elif line.strip() and not line.lstrip().startswith(("备注", "说明")):
            head = _NUMBERED.match(line)
            named = _named(ctx, start + (head.end() if head else 0), start + len(line), False) if head or lines else None
            if named is not None or head is not None:
                if lines and company:
                    out.append((company, lines))
                company, lines = (named or ctx.focus), []
        elif line.strip():
            lines.append(("note", start, start, start + len(line)))
    if lines and company:
        out.append((company, lines))
    return out


def change_blocks(ctx: Context) -> None:
    if "变更前" not in ctx.text or "变更后" not in ctx.text or ("变更事项" not in ctx.text and "变更内容" not in ctx.text):
        return
    for company, lines in _blocks(ctx):
        if ctx.type_of(company) != "Company":
            continue
        notes = "".join(ctx.text[a:b] for kind, _s, a, b in lines if kind == "note")
        for k, (kind, _s, a, b) in enumerate(lines):
            if kind != "item" or k + 2 >= len(lines) or (lines[k + 1][0], lines[k + 2][0]) != ("前", "后"):
                continue
            apply_change(ctx, company, ctx.text[a:b].strip(), lines[k + 1], lines[k + 2], notes)


Line = tuple[str, int, int, int]  # (kind, line start, value start, value end)


def _sent(ctx: Context, line: Line) -> Sent:
    return row_sent(ctx, Row([], line[1], line[3]))


def _value(ctx: Context, line: Line) -> tuple[int, int]:
    """The value's span without the blanks and full stop around it."""
    a, b = line[2], line[3]
    while a < b and ctx.text[a] in " \t\u3000":
        a += 1
    while b > a and ctx.text[b - 1] in " \t\u3000。":
        b -= 1
    return a, b


def apply_change(ctx: Context, company: str, item: str, before: Line, after: Line, notes: str = "",
                 date: str | None = None, rule: str = "change-block") -> None:
    """One item's change at `company`, its value before and after (a block's lines, or a table's old and new cells,
    extract.rules.firm_tables): a new name, a new controlling holder, or a one-holder post passed on, on `date`."""
    if _NAME_ITEM.match(item):
        (a, b), (c, d) = _value(ctx, before), _value(ctx, after)
        old, new = _named(ctx, a, b, False), _named(ctx, c, d, False)
        if old and new and old == company:
            emit_rename(ctx, Mention("C", a, b, ctx.text[a:b], old), Mention("C", c, d, ctx.text[c:d], new),
                        _sent(ctx, after), rule, date)
        return
    if _HOLDER_ITEM.match(item):
        _holders(ctx, company, item, before, after, notes)
        return
    role = get_lexicon().titles.get(to_simplified(item))
    if role is None or (role not in SINGLE_HOLDER_ROLES and item != _LEGAL_REP):
        return  # (a board's seats change several at once: a block gives no one post's holder)
    old, new = _named(ctx, *_value(ctx, before), True), _named(ctx, *_value(ctx, after), True)
    if old is None or new is None or old == new:
        return
    info = TitleInfo(role, item)
    emit_position(ctx, _sent(ctx, before), old, company, info, rule, "end", date, 0.8)
    emit_position(ctx, _sent(ctx, after), new, company, info, rule, "start", date, 0.8)
    ent = ctx.inv.entities.get(company)
    ctx.emit(Predicate.SUCCEEDED, new, old, _sent(ctx, after), rule, 0.75, company=ent.name if ent else None,
             role=str(role), title=item if role is Role.OTHER else None, date=date)


def _holder(ctx: Context, line: Line) -> tuple[str | None, float | None]:
    """The holder a before or after line names, and the share its bracket gives."""
    a, b = _value(ctx, line)
    share = _SHARE.search(ctx.text, a, b)
    end = share.start() if share else b
    holder = _named(ctx, a, end, False) or _named(ctx, a, end, True)
    return holder, (float(share.group("pct")) if share else None)


def _holders(ctx: Context, company: str, item: str, before: Line, after: Line, notes: str) -> None:
    (old, old_pct), (new, new_pct) = _holder(ctx, before), _holder(ctx, after)
    if old is None or new is None or old == new or company in (old, new):
        return
    controlling = item not in ("股东", "主要股东") or None
    sent = _sent(ctx, after)
    emit_stake(ctx, sent, new, company, "change-block", 0.75, new_pct, controlling=controlling)
    first = len(ctx.out)
    emit_stake(ctx, _sent(ctx, before), old, company, "change-block", 0.75, old_pct, controlling=controlling)
    for c in ctx.out[first:]:
        c.qualifiers["former"] = True  # the holder before the change
    if not _TRANSFER.search(notes):
        return  # (a new controller may come by an increase of capital: only a transfer is a sale)
    quals: dict[str, object] = {"buyer": new}
    if old_pct is not None and old_pct == new_pct:
        quals["percent"] = old_pct
    if (price := _PRICE.search(notes)) is not None and (money := find_money(price.group(1), region_yuan(ctx.text))):
        amount = money[0][2].amount
        quals.update(amount=int(amount) if amount == int(amount) else amount, currency=money[0][2].currency)
    emit_sale(ctx, sent, old, company, "change-block", 0.75, **quals)
