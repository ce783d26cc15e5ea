"""A post written before its holder's name: "金融壹账通首席财务官罗永涛",
"执行董事兼董事长叶望春", "独立董事A、B认为", "新任董事长——民营企业家P——"."""

from __future__ import annotations

import re

from extract.mention_records import KIND
from extract.rules.base import Context
from extract.rules.body_headings import meeting_chair_line
from extract.rules.founder_titles import founder_title_company
from extract.rules.name_lists import named_list
from extract.rules.partner_posts import partner_of_person
from extract.rules.position_chains import CHAIN, FORMER_BEFORE, NEW_BEFORE, chain_before_unknown, chain_items
from extract.rules.position_emit import date_before, emit_position, hedged, own_or_carried
from extract.rules.successions import DEPARTS_AFTER
from extract.rules.templates import Sent, pattern
from schema import SINGLE_HOLDER_ROLES, Predicate

#: (the title's English in brackets may come between: "首席技术官（CTO）P")
#: (or a dash, perhaps with who the person is: "新任董事长——民营企业家P——"; the founder's title may end
#: the chain: "C董事长、创始人P")
_TITLE_BEFORE_NAME = pattern(rf"(?P<chain>{CHAIN})(?:(?:、|兼)(?:联合)?(?:创始人|创办人))?(?:[（(](?:<T>|[A-Za-z][A-Za-z .&/-]{{0,23}})[）)])?(?:的|(?:——|—)(?:[^，。；\ue000-\ue007]{{0,8}}?[家人])?)?(?P<p><P>)")

#: after a person, the company where the sentence gives them another post: "P经由其出任普通合伙人的X", "P作为X的董事"
_OTHER_POST_AT = re.compile(r"(?:通过|借助|经由|以)?其?(?:担任|出任|作为)[^，。；\ue000-\ue002]{0,8}?\ue003(?:的)?\ue001")


#: a relative clause of a move closing right before the title: "调任C2董事长的(前任行长P)"
#: the clause before gave a firm's post to another ("C T由D的T2 B兼任，" + "原T A退休…"): the former
#: holder named next, with no firm of its own, held that post at C (not at the firm named in B's own titles)
_GIVEN_BEFORE = re.compile(r"(\ue001)\ue003(?:[、和及]\ue003)*(?:一职|职务)?(?:则|将|改|均)?由[^。；\ue000]{0,30}?\ue000(?:同志|先生|女士)?"
                           r"(?:兼任|接任|担任|出任|继任)[，,]$")
_MOVED_TO_BEFORE = re.compile(r"(?:调任|转任|改任|升任|调往|调至|调入)(\ue001)[^，。；\ue000\ue001]{0,12}的(?:前任|原任|原|时任)?$")
#: a move within one company right after the name: "原T P转任C T2" (转任, 改任: another post of the same employer)
_MOVES_WITHIN = re.compile(r"(?:转任|改任)(?:为)?(\ue001)")
#: a verb of removing someone from the post named right after it: "解除董事长P…职务", "罢免总经理P"
_REMOVED_BEFORE = re.compile(r"(?:解除|免除|撤销|撤换|罢免)(?:了)?$")
#: a word counting people before a list of titles: "全体监事" (all the supervisors) is a group
_GROUPS_BEFORE = re.compile(r"(?:部分|全体|其他|其余|各位|多位|多名)$")
#: a word for a firm before the name: the post left is that firm's ("原金控总经理P转任C董事长")
_FIRM_WORD = re.compile(r"金控|集团|银行|公司|证券|保险|信托|控股|基金")
#: an exchange right before a title: "港交所(集团)行政总裁P", "纽交所的总裁P"
_EXCHANGE_BEFORE = re.compile(r"\ue002(?:集团|有限公司|控股)?(?:的)?$")


#: more names after the one a title stands before, closing the clause: "董事会包括" + a title + "A及B；", "独立董事A、B和C。"
#: (the list may end in what its people say or do together: "独立董事A、B认为，…", "A、B均表示", "副总经理A、B同时到任",
#: or in the body they make up: "董事会由…独立非执行董事A、B及C组成", "由独立董事A、B及C组成的委员会")
#: (each name may carry its own post in brackets: "执行董事A（主席）及B；")
_OWN_POST = r"(?:[（(][^（）()；。]{1,12}[）)])?"
#: (or in their taking the post together: "副总经理A、B同时到任", "A、B一同履新")
_TOGETHER = r"(?:同时|一同|一起|一并|同期|同日|也|亦)(?:正式)?(?:到任|上任|履新|就任|到岗|加盟|加入)"
_MORE_NAMES = re.compile(
    rf"{_OWN_POST}(?:(?:、|及|和|以及)\ue000{_OWN_POST})+"
    rf"(?=[；;。，,]|$|(?:均|都|一致|同时)?(?:认为|表示|指出|发表|同意|出席|到任|履新|上任|就任)|(?:共同)?组成|{_TOGETHER})")
#: more names right after the first, only white space between them, closing the line: a yearbook's "副行长　A　B"
_SIDE_BY_SIDE = re.compile(r"\ue000+(?:[（(][^（）()]{1,16}[）)])?\s*$")
#: the month a post began, in brackets after its holder: "（2019年4月任）", "（2021年3月起任）"
_SINCE_NOTE = re.compile(r"[（(](\ue004)(?:起)?(?:任|任职|上任|到任)[）)]")
_MORE_WORDS = re.compile(rf"(?:(?:、|及|和)[\ue000\u4e00-\u9fff]{{2,4}}?)+(?=[；;。，,]|$|(?:共同)?组成|{_TOGETHER})")


def _joined_company(sent: Sent, at: int) -> str | None:
    """The company 暨 joins to the one a chain opens with at template position `at` ("A金控暨B银行董事长P": one
    person chairs both, the holding company and its bank), else None."""
    if at < 2 or sent.tpl[at] != KIND["C"] or sent.tpl[at - 2:at] != KIND["C"] + "暨":
        return None
    return sent.at(at - 2).key


def title_before_name(ctx: Context, sent: Sent) -> None:
    if KIND["P"] not in sent.tpl or meeting_chair_line(ctx, sent):
        return  # the pattern ends in a person: a sentence that names none is not scanned for chains (nor a record's chair line)
    for m in _TITLE_BEFORE_NAME.finditer(sent.tpl):
        if partner_of_person(sent, m.start("chain"), m.end("chain")):
            continue  # "A与合伙人B": B is A's partner, holding no post
        person = sent.at(m.start("p")).key
        default = ctx.nearest_company(sent, m.start("chain"))
        default = founder_title_company(ctx, sent, m.start("chain"), m.end("p")) or default  # "C2由主席P创办": P's title now
        if _EXCHANGE_BEFORE.search(sent.tpl, 0, m.start("chain")):
            default = None  # "由港交所集团行政总裁P主持": the exchange's post (an exchange holds no positions here), not the company's
        if sent.tpl.endswith("集团", 0, m.start("chain")) and (group := next(
                (c.key for c in reversed(sent.between(0, m.start("chain"), "C")) if c.key and "集团" in c.key), None)):
            default = group  # "C集团有限公司宣布" + "，推荐集团" + a post + "P出任…": the bare 集团 is the group the sentence named
        if (moved := _MOVED_TO_BEFORE.search(sent.tpl, max(0, m.start("chain") - 24), m.start("chain"))) and default == sent.at(moved.end(1) - 1).key:
            # "调任C2" + a post + "的前任行长P": P's former post is not at C2, where P went, but at the article's company
            default = next((k for k in (ctx.focus, sent.prev_topic) if k and k != default and not ctx.is_regulator(k)), None)
        if (not sent.between(0, m.start("p"), "C") and not _FIRM_WORD.search(ctx.text, sent.start, sent.at(m.start("p")).start)
                and (within := _MOVES_WITHIN.match(sent.tpl, m.end("p")))
                and (moved_to := sent.at(within.start(1)).key)):
            default = moved_to  # "原" + a division + "总经理P转任集团" + a post: the post P leaves is at the company P stays with
        if sent.tpl[m.start("chain")] == KIND["T"] and (given := _GIVEN_BEFORE.search(sent.tpl, max(0, m.start("chain") - 60), m.start("chain"))):
            default = sent.at(given.start(1)).key or default
        chain_at = m.start("chain")
        if sent.tpl.endswith(("接替来自", "接任来自", "取代来自"), 0, chain_at) and sent.tpl.startswith(KIND["C"] + "的", chain_at):
            # "出任C2董事长，接替来自C1的原董事长P": C1 is where P came from; the post P leaves is the one named before, at C2
            chain_at += 2
            default = next((c.key for c in reversed(sent.between(0, m.start("chain"), "C")) if c.key), None)
        vehicle = _OTHER_POST_AT.match(sent.tpl, m.end("p"))
        if vehicle and default == sent.at(vehicle.end() - 1).key:
            default = None  # "董事长P以其作为普通合伙人的X…": X is where P holds that other post, not where P is chairman
        after = sent.tpl[m.end("p"):m.end("p") + 44]  # (a reason clause may come before the leaving: DEPARTS_AFTER)
        status, rule, since = "", "title-name", None
        departs = DEPARTS_AFTER.match(after)
        if departs and not hedged(departs.group(0)):
            status = "end"
        elif _REMOVED_BEFORE.search(sent.tpl, max(0, m.start("chain") - 4), m.start("chain")):
            status = "end"  # "…并解除董事长P的职务": removed from the post (by a regulator, a court)
        elif re.match(r"[^，。；\ue000\ue001\ue003]{0,6}?(?:正式)?(?:上任|履新|到任|就任|走马上任)", after):
            status = "start"  # "2023年12月总经理P上任"
        elif (since := _SINCE_NOTE.match(after)) is not None:
            status = "start"  # a yearbook's leader line: the title, its holder, "（" + the month + "任）"
        items = chain_items(sent, chain_at, m.end("chain"), default, before_name=True)
        if len(items) > 1 and _GROUPS_BEFORE.search(sent.tpl, max(0, m.start("chain") - 3), m.start("chain")) and (
                "、" in m.group("chain") and "兼" not in m.group("chain")):
            items = items[-1:]  # "全体监事、财务总监P列席": a group of people, then one title for the one named
        lead = sent.tpl[max(0, m.start("chain") - 5):m.start("chain")] + re.sub(r"[\ue000-\ue007].*", "", m.group("chain"))
        if not status and ((items and items[0][1].modifier in ("新任", "候任")) or NEW_BEFORE.search(lead)):
            status = "start"
            own = sent.between(m.start("chain"), m.end("chain"), "C")
            if not own:  # "…前总裁A去职，新接任的总裁B": the post A left
                left = [c.object for c in ctx.out if c.status == "end" and sent.i - 1 <= c.sent <= sent.i
                        and c.predicate is Predicate.HOLDS_POSITION and c.qualifiers.get("role") == str(items[0][1].role)] if items else []
                if left:
                    items = [(left[-1], info) for _co, info in items]
        elif not status and items and (items[0][1].modifier in ("原", "前") or FORMER_BEFORE.search(lead)):
            status, rule = "end", "title-name-former"  # a former holder: pairs with a successor, no date of its own
        date, carried = None, False
        if since is not None:
            date = ctx.date_iso(sent.at(m.end("p") + since.start(1)), sent)
        elif status and rule == "title-name":
            # "董事长P已于D退休": the date between the name and the leaving comes first (not
            # "X自11月20日起担任…，原总经理P已于9月退休": the date of the clause before)
            date = date_before(ctx, sent, m.end("p") + departs.end(), m.end("p"))[0] if departs else None
            date = date or date_before(ctx, sent, m.start("chain"))[0]
            date, carried = own_or_carried(ctx, sent, date, m.end())
        if (before := chain_before_unknown(sent, m.start("chain"))) is not None:
            items = chain_items(sent, before.start("chain"), before.end("chain"), ctx.nearest_company(sent, before.start("chain"))) + items
        if (joined := _joined_company(sent, m.start("chain"))) is not None:
            first = sent.at(m.start("chain")).key
            items += [(joined, info) for co, info in items if co == first]  # "A金控暨B银行董事长P": the post at both
        persons = [person]
        if any(str(info.role) in SINGLE_HOLDER_ROLES for _c, info in items):
            pass  # "董事长A和B": one seat has one holder, so B is not a second one
        elif (more := _MORE_NAMES.match(sent.tpl, m.end("p"))) is not None:  # "执行董事A先生及B先生；": the list's title
            persons += [p.key for p in sent.between(m.end("p"), more.end(), "P") if p.key]
        elif (side := _SIDE_BY_SIDE.match(sent.tpl, m.end("p"))) is not None and m.start("chain") == 0:
            persons += [p.key for p in sent.between(m.end("p"), side.end(), "P") if p.key]
        elif (more := _MORE_WORDS.match(sent.tpl, m.end("p"))) is not None:  # "独立董事A、B；" with B met nowhere else
            # (the title that makes A a person makes B one too: "副总经理A、周五明", whose 周五 is a word)
            persons = named_list(ctx, sent, m.start("p"), more.end(), cued=True) or persons
        # "原C1行长、现C2行长P": the post at the company marked former is over, the one marked present held
        marked = {sent.at(p).key: sent.tpl[p - 1] for p in range(m.start("chain") + 1, m.end("chain"))
                  if sent.tpl[p] == KIND["C"] and sent.tpl[p - 1] in "原前现"}
        for company, info in items:
            st, rl = status, rule
            if marked.get(company) in ("原", "前") and not status:
                st, rl = "end", "title-name-former"
            elif marked.get(company) == "现" and rule == "title-name-former":
                st, rl = "", "title-name"
            for who in persons:
                emit_position(ctx, sent, who, company, info, rl, st, date, 0.85, date_carried=carried)
