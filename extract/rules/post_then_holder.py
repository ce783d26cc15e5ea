"""Posts named before their holders: the chain, then 由 and the person who
takes it ("总经理一职由P担任") or 为/是 and the person ("董事长为P"), and a
count of new posts, then who they are ("新聘两名" + a post + "，分别是A和B")."""

from __future__ import annotations

import re

from extract.kinship import RELATIVE
from extract.person_frames import DESCRIBER
from extract.rules.base import Context
from extract.rules.body_headings import under_other_body
from extract.rules.name_lists import named_list
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import (
    clause_start,
    date_before,
    emit_position,
    hedged,
    own_or_carried,
    seat_left_here,
    stated_after,
)
from extract.rules.templates import Sent, gated, pattern

#: the post, then 由 and the one who takes it: "总经理一职由P担任", "董事长一职空缺，由原副董事长P接任"
#: (a time word may stand before 由, the one who sends the holder or the holder's post before the name, 继续 before the verb:
#: "行长一职目前由P担任", "总经理由C派驻的P继续担任", "总经理则由C副总经理P转任", "首席执行官一职" + "自D起由P担任";
#: kept on by the one who held it: "主席则续由P出任", "董事长继续由P兼任")
#: whom a director's seat represents, before the taker's posts: "由职工代表董事P接任", "由公股代表T P接任" (a state-held bank's board)
_SEAT_OF = r"公股代表|官股代表|股东代表|职工代表|政府代表"
#: the holder's kin to the one before, perhaps described: "一职由(留学日本的)长子P接手" (a family firm's succession)
_KIN_TAKER = rf"(?:[^，。；\ue000-\ue007]{{0,8}}的)?(?:其)?(?:{RELATIVE}|幼子|胞弟|胞兄)"
#: the holder's home office before his other post, an arm's post filled from the head office: "由总行" + a unit + a post + "P担任"
#: (or the company that owns the arm, named: "由母公司C董事长P兼任", "由控股股东C总经理P出任")
_HOME_UNIT = r"(?:总行|母行|母公司|总部|总公司)[^，。；\ue000-\ue007]{0,8}?(?=\ue003)|(?:母公司|母行|控股股东|大股东)(?=\ue001)"
#: a relative clause of a post the holder held once: "由曾任C2 T2的P出任"
_ONCE_HELD = rf"(?:曾任|曾担任|曾出任|原任){CHAIN}的"
_BY_PERSON = gated(rf"(?P<chain>{CHAIN})(?:一职|职务|职位)?(?:空缺|遗缺|出缺)?[，,]?(?:目前|现|现在|仍然|自<D>起|从<D>起)?(?:将|则|改|仍)?(?:续|继续)?由"
                   rf"(?:(?P<sender><C>)[^，。；\ue000-\ue007]{{0,8}}?(?:派驻|派出|选派|指派|委派|推荐|提名)的)?(?:(?:原|前|现任)?(?:{_HOME_UNIT})?(?:{_SEAT_OF})?{CHAIN}|{DESCRIBER}|{_KIN_TAKER}|{_ONCE_HELD})?(?P<p><P>)(?P<more>(?:、|和|及|与)<P>)*(?:继续|分别|共同)?(?:担任|接任|出任|接替|兼任|升任|继任|接掌|接手|执掌|递补|填补|补任|转任)", "由")
#: (the holder's other post may stand before the name: "董事长为C副总裁P"; a spoken particle before 是: "行长呢，是P")
#: (or an adverb of time: "董事长仍为P", "行长目前为P")
_CHAIN_IS_PERSON = gated(rf"(?P<chain>{CHAIN})(?:人选)?(?:(?:呢|啊|嘛)[，,]?(?=是)|[，,](?=是))?(?:仍|仍然|依然|依旧|目前|现)?(?:为|是|系)(?:(?P<of><C>)的)?(?:(?:原|前|现任)?{CHAIN})?(?P<p><P>)", "为", "是", "系")
#: a company's data sheet, a line a post: "董事长兼非执行董事：P", "独立董事：A、B"
#: (perhaps after an item's number: "（二）法定代表人：P")
_CHAIN_COLON_PERSON = gated(rf"(?<![^\n])(?:[（(][一二三四五六七八九十\d]{{1,3}}[）)]|[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}[.．、])?(?P<chain>{CHAIN})[：:](?P<p><P>)", "：", ":")

#: a résumé's heading, a line of its own: a number perhaps, the name, then only its posts ("01 P　党委书记、董事长", "P：行长")
_HEADING = pattern(rf"\s*(?:\d{{1,2}}[.．、]?)?(?P<p><P>)[：:]?(?P<chain>{CHAIN})[。；;]?\s*")  # (a stop may close it: "P：T1、T2。")

#: "新聘两名副总裁，分别是原C1 T1 A和B": a count of new posts, then who they are
_COUNTED_THEN_NAMED = pattern(
    rf"(?:新聘|聘任|聘请|任命|委任|新增|选举|选出)(?:了)?[一二两三四五六七八九十\d]+(?:名|位)(?:新任)?(?P<chain>{CHAIN})[，,：:]?(?:分别|依次)(?:是|为)"
    rf"(?P<list>(?:(?:原|前|现任)?(?:{CHAIN})?<P>(?:、|和|及|以及|与)?)+)")


def counted_then_named(ctx: Context, sent: Sent) -> None:
    """Each person a count of new posts lists afterwards takes those posts."""
    for m in _COUNTED_THEN_NAMED.finditer(sent.tpl):
        if hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
            continue
        date, _ = date_before(ctx, sent, m.start())
        date, carried = own_or_carried(ctx, sent, date, m.end())
        items = chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start()))
        for p in sent.between(m.start("list"), m.end("list"), "P"):
            for company, info in items:
                emit_position(ctx, sent, p.key, company, info, "counted-named", "start", date, 0.8, date_carried=carried)


def heading_posts(ctx: Context, sent: Sent) -> None:
    """A résumé's heading line gives its name the posts after it, at the company the text is about."""
    if (m := _HEADING.fullmatch(sent.tpl)) is None or "\n" in ctx.text[sent.start:sent.end].strip():
        return
    person = sent.at(m.start("p")).key
    for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
        emit_position(ctx, sent, person, company, info, "heading-posts", "", None, 0.75)


def by_person(ctx: Context, sent: Sent) -> None:
    """The holder named after the post: "C总经理一职由P担任", "董事长为P", "独立董事为A、B和C"."""
    for rx, status in ((_BY_PERSON, ""), (_CHAIN_IS_PERSON, ""), (_CHAIN_COLON_PERSON, "")):
        for m in rx.finditer(sent.tpl):
            clause = clause_start(sent, m.start())
            if hedged(sent.tpl[clause:m.start()]) or (rx is _CHAIN_COLON_PERSON and under_other_body(ctx, sent)):
                continue  # ("监事会" + "主席：P": the chair of another body, not the board's)
            person = sent.at(m.start("p")).key
            persons = [person]
            if rx is _BY_PERSON and m.group("more"):  # "独立董事由A、B出任": each of them
                persons = [p.key for p in sent.between(m.start("p"), m.end("more"), "P") if p.key]
            if rx is not _BY_PERSON:  # "独立董事为A、B和C": each of them
                stop = re.compile(r"[，。；,]|$").search(sent.tpl, m.end())
                persons = named_list(ctx, sent, m.start("p"), stop.start() if stop else len(sent.tpl)) or persons
            default = ctx.nearest_company(sent, m.start("chain"))
            if "of" in m.groupdict() and m.group("of"):
                default = sent.at(m.start("of")).key  # "另一位新任" + a post + "为C的P": the post is at the company the holder is of
            if "sender" in m.groupdict() and m.group("sender") and default == sent.at(m.start("sender")).key:
                default = ctx.focus or sent.prev_topic  # "总经理由C派驻的P担任": C sends P to the company the text is about
            if rx is _CHAIN_COLON_PERSON and (own := re.match(r"[，,](\ue001)", sent.tpl[m.end("p"):])) and (
                    firm := sent.at(m.end("p") + own.start(1)).key):
                default = firm  # "法定代表人：P" + "，该公司" + a post: the company the apposition after the name gives P
            head = sent.tpl[max(0, m.start("chain") - 4):m.start("chain")]
            # "…，董事长一职则由P担任": a post given (则/改/将), not a description (仍由, 由P担任的)
            # ("T一职由P出任": 出任 takes the post up, as 接任 does)
            given = re.search(r"(?:一职|职务)(?:将|则|改)由|(?:一职|职务)由[^，,]*出任$|(?:升任|接任|继任|递补|补任)$", m.group(0))
            since = re.search(r"[自从](\ue004)起由", m.group(0))  # "T一职自D起由P担任": held from D
            new = re.search(r"(?:新任|新一任)\ue003", m.group("chain"))  # "C（下称…）新任" + a post + "由P担任": the chain holds 新任
            st = "start" if re.search(r"新一届|新任|接任|继任", head) or "接任" in m.group(0) or given or since or new else status
            date, _ = date_before(ctx, sent, m.start()) if st else (None, None)
            if since:
                date = ctx.date_iso(sent.at(m.start() + since.start(1)), sent)
            date = (stated_after(ctx, sent, m.end()) or date) if st else date  # "…由P接任" + "，其任职资格于D获批"
            carried = False
            if st and not date:  # ("同日，…一职由P接任": the day the sentences before named; a date of its own wins)
                date = ctx.carried_date(sent)
                carried = date is not None
            for company, info in chain_items(sent, m.start("chain"), m.end("chain"), default):
                for who in persons:
                    seat = seat_left_here(ctx, sent, company, info, who)
                    emit_position(ctx, sent, who, company, seat, "chain-by-person", st, date, 0.8, date_carried=carried)
