"""A prospectus's table of related parties: one party a row, its relation to the issuer in words.

    序号 | 关联方名称 | 关联关系
    1 | A有限公司 | 控股股东，直接持有发行人41.7%的股份
    2 | P | 实际控制人，担任发行人董事长
    4 | B有限公司 | 发行人持股100%的子公司
    6 | C有限公司 | 发行人董事Q担任其执行董事的企业

The relation column says which fact a row is, and the document's own company (发行人, 公司, 本行:
the company in focus) is the other end: a 控股股东 or 实际控制人 holds a controlling stake in it, a
row "X全资子公司" is a subsidiary of X, a person's row names the posts held at the issuer, and in
"Q担任其执行董事" 其 is the row's party (not the issuer the sentence named last). A relation that
was (原…, 曾…, 报告期内曾…) makes no holding now. The people of the party column are read as
people by extract.table_names.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from extract.table_cells import line_cells
from extract.table_headers import PARTY_COLUMN
from schema import Predicate, SubsidiaryKind

#: a row: its number, the party's cell (a name, perhaps its short form in brackets), the relation cell
_ROW = pattern(r"\s*\d{1,3}\s*\|\s*(?P<party>[<P><C>])(?:[（(][^|]{0,30}[）)])?\s*\|\s*")
#: a relation that was, not one that is ("原" + a rank + "控制的企业", "报告期内曾任…")
_FORMER = re.compile(r"(?:报告期内)?(?:原|曾|已注销|已转让|已离任)")
#: the controlling parties: the party holds a controlling stake in the issuer
_CONTROLLER = re.compile(r"(?:控股股东|实际控制人)(?:[、及和](?:控股股东|实际控制人))*(?:之一)?(?=[，,；;（(]|$)")
#: the party's share: "持有发行人" + a figure, "间接控制发行人" + a figure, "持有A" + a figure
_HOLDS = pattern(r"(?:持有|控制)(?P<c><C>)(?P<pct><R>)")
#: the party is a subsidiary: "发行人全资子公司", "A持股70%的控股子公司", (under a heading of the issuer's) "全资子公司"
_SUBSIDIARY = pattern(r"(?:(?P<c><C>)(?:持股(?:比例)?<R>的|的)?)?(?P<kind>全资|控股)?子公司")
#: posts at a company: "发行人董事、总经理", "担任发行人董事长"
_POSTS = pattern(r"(?P<c><C>)(?P<ts><T>(?:[、和及]<T>)*)")
#: a person of the issuer holds a post at the row's company: "发行人董事Q" + "担任其执行董事"
_ITS_POST = pattern(r"(?P<p><P>)(?:担任|任|出任)其(?P<ts><T>(?:[、和及]<T>)*)")
#: the party sold by its holder: "A已于D将所持其全部" + a share + "转让给B"
_SOLD = pattern(r"(?P<s><C>)(?:已)?于(?P<d><D>)将(?:所持|持有的)?其(?:全部)?(?P<pct><R>)?(?:的)?(?:股权|股份)(?:转让|出售)(?:给|予|至)[^，。；<C>]{0,10}(?P<b><C>)")
#: a table's header line: a party column and a relation column
_RELATION_COLUMN = re.compile(r"关联关系|与(?:发行人|公司|本公司|本行)的?关系")
#: a numbered row line, which may stand between a row and its header
_ROW_LINE = re.compile(r"\s*\d{1,3}\s*[|｜]")


def related_parties(ctx: Context) -> None:
    if "关联" not in ctx.text or ("|" not in ctx.text and "｜" not in ctx.text) or ctx.focus is None:
        return
    if ctx.type_of(ctx.focus) != "Company":
        return
    party: str | None = None
    line, rows = -1, set()
    for sent in ctx.sentences:
        start = ctx.text.rfind("\n", 0, sent.start) + 1
        if (m := _ROW.match(sent.tpl)) is not None and _headed(ctx.text, start):
            party, line, cell = sent.at(m.start("party")).key, start, m.end()
        elif start == line and party is not None:
            cell = 0  # the row's relation cell goes on past a sentence's end ("…股份；担任发行人董事长")
        else:
            party = None
            continue
        if party is not None:
            _read(ctx, sent, party, cell, former=cell > 0 and _FORMER.match(sent.tpl, cell) is not None)
            rows.add(sent.i)
    if rows:
        _drop_bare_stakes(ctx, rows)


def _drop_bare_stakes(ctx: Context, rows: set[int]) -> None:
    """A row's holding with no share, of a pair the table gives a share for ("通过A间接控制发行人…" beside A's
    own row "持有发行人55.00%股份"): the same holding told twice, once without its figure."""
    sized = {(c.subject, c.object) for c in ctx.out if c.predicate is Predicate.HOLDS_STAKE and "percent" in c.qualifiers}
    kept = [c for c in ctx.out if not (c.sent in rows and c.predicate is Predicate.HOLDS_STAKE
                                       and "percent" not in c.qualifiers and (c.subject, c.object) in sized)]
    if len(kept) < len(ctx.out):
        ctx.out[:] = kept
        ctx.reindex()


def _headed(text: str, start: int) -> bool:
    """Whether the row's line is under a header of a party column and a relation column (rows between)."""
    end = start
    for _ in range(40):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end - 1) + 1
        line = text[begin:end].strip()
        end = begin
        if _ROW_LINE.match(line):
            continue
        if "|" not in line and "｜" not in line:
            return False
        return _RELATION_COLUMN.search(line) is not None and any(PARTY_COLUMN.fullmatch(c) for c in line_cells(line))
    return False


def _read(ctx: Context, sent: Sent, party: str, cell: int, former: bool) -> None:
    tpl, issuer = sent.tpl, ctx.focus
    kind = ctx.type_of(party)
    if not former:
        controls = cell > 0 and _CONTROLLER.match(tpl, cell) is not None
        held_issuer = False
        for h in _HOLDS.finditer(tpl, cell):
            target, pct = sent.at(h.start("c")).key, sent.at(h.start("pct")).value
            if target and target != party and not (target == issuer and held_issuer):
                held_issuer = held_issuer or target == issuer
                ctx.emit(Predicate.HOLDS_STAKE, party, target, sent, "related-party-share", 0.8, percent=pct,
                         controlling=True if (controls and target == issuer) or (isinstance(pct, float) and pct > 50) else None)
        if controls and not held_issuer:
            ctx.emit(Predicate.HOLDS_STAKE, party, issuer, sent, "related-party-controller", 0.75, controlling=True)
        if kind == "Company":
            for s in _SUBSIDIARY.finditer(tpl, cell):
                parent = sent.at(s.start("c")).key if s.group("c") else issuer if s.start() == cell else None
                if parent and parent != party:
                    wholly = s.group("kind") == "全资"
                    ctx.emit(Predicate.SUBSIDIARY_OF, party, parent, sent, "related-party-subsidiary", 0.8,
                             kind=str(SubsidiaryKind.WHOLLY_OWNED if wholly else SubsidiaryKind.SUBSIDIARY))
        elif kind == "Person":
            for p in _POSTS.finditer(tpl, cell):
                before = tpl[max(0, p.start() - 3):p.start()]
                if _FORMER.search(before) or "曾任" in before:
                    continue
                for k in range(p.start("ts"), p.end("ts")):
                    if tpl[k] == "\ue003":
                        emit_position(ctx, sent, party, sent.at(p.start("c")).key, sent.at(k).value,
                                      "related-party-post", "", None, 0.8)
    if kind == "Company":
        for p in _ITS_POST.finditer(tpl, cell):
            person = sent.at(p.start("p")).key
            roles = {str(sent.at(k).value.role) for k in range(p.start("ts"), p.end("ts")) if tpl[k] == "\ue003"}
            ctx.out[:] = [c for c in ctx.out if not (c.sent == sent.i and c.subject == person and c.object != party
                                                     and c.predicate is Predicate.HOLDS_POSITION and c.qualifiers.get("role") in roles)]
            ctx.reindex()
            for k in range(p.start("ts"), p.end("ts")):
                if tpl[k] == "\ue003":
                    emit_position(ctx, sent, person, party, sent.at(k).value, "related-party-its-post", "", None, 0.8)
        for s in _SOLD.finditer(tpl, cell):
            seller, buyer = sent.at(s.start("s")).key, sent.at(s.start("b")).key
            pct = sent.at(s.start("pct")).value if s.group("pct") else None
            if seller and buyer and seller != party:
                ctx.emit(Predicate.SOLD_STAKE, seller, party, sent, "related-party-sold", 0.8, buyer=buyer, percent=pct,
                         date=ctx.date_iso(sent.at(s.start("d")), sent))
                ctx.emit(Predicate.HOLDS_STAKE, seller, party, sent, "related-party-sold-held", 0.75, percent=pct)
