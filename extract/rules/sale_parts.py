"""What every sale rule needs: the parties' keys, the price, the day the
deal was done, whether a clause hedges it (planned, rumoured), and the
emitting of a sale (with the seller's holding until then when it is told)."""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.letter_days import ADDRESSED, letter_day
from extract.rules.templates import Candidate, Sent, pattern
from schema import Predicate

H = r"[\ue000\ue001]"
#: a short name defined in brackets after a party's name: "（下称“北林支付”）"
ALIAS = r"(?:[（(](?:下称|以下简称|简称|以下称)?[“\"「]?\ue001[”\"」]?[）)])?"
#: what a share is of ("占注册资本的20%")
OF_CAPITAL = r"(?:[AH]股)?(?:已发行股本(?:总额)?|总股本|股本总额|已发行股份(?:总数)?|股份总数|注册资本|股本)"

#: the price of a deal: "对价为人民币1.992亿元", "以3.6亿元"
_PRICE = pattern(r"(?:对价|代价|作价|价格|转让价|总价款|总价|价款|交易金额|交易总额|交易额|以)(?:为|是|约)?(?:人民币|现金)?(?:代价)?(?:为)?(?:港币|港元|美元|新台币|澳门元|日元)?(?:约)?(?P<price><M>)")  # ("现金代价港币" + a sum)

#: a sale that has not happened: planned, offered, rumoured
_NOT_DONE = re.compile(r"传闻|据传|或将|有望|拟议|意向|拟|计划|筹划|打算|考虑|挂牌转让|公开挂牌|拍卖|征集|寻求|不超过|洽谈|商谈|磋商|接洽")  # (talks are no sale)


def key(sent: Sent, m: re.Match[str], g: str) -> str | None:
    return sent.at(m.start(g)).key if m.group(g) else None


def money(sent: Sent, a: int = 0) -> dict[str, object]:
    # (not a price a share: a price a share, then "…，转让总价款为" + a sum)
    pm = next((p for p in _PRICE.finditer(sent.tpl, a) if not re.match(r"/股|每股", sent.tpl[p.end():p.end() + 2])), None)
    if pm is None:
        return {}
    price = sent.at(pm.start("price")).value
    return {"amount": int(price.amount) if price.amount == int(price.amount) else price.amount, "currency": price.currency}


def deal_date(ctx: Context, sent: Sent, pos: int) -> str | None:
    """The date before the sale verb, else the one the sentence says the deal
    was done on ("…，交易已于D完成"), else the announcement's just before."""
    ds = [d for d in sent.between(0, pos, "D") if not d.value.period]
    if ds:
        return ctx.date_iso(ds[-1], sent)
    done = DONE_ON.search(sent.tpl, pos)
    if done:
        return ctx.date_iso(sent.at(done.start("date")), sent)
    nxt = ctx.next_adjacent(sent)
    for _ in range(2):  # (or after the next sale of the same account: "A将…转让给B；C将…转让给D。上述股权转让已于D完成…")
        if nxt is None:
            break
        if (later := _DONE_NEXT.search(nxt.tpl)) is not None:
            return ctx.date_iso(nxt.at(later.start("date")), nxt)  # "…转让给B。" + "本次股权转让" + "已于D完成…登记"
        if "\ue004" in nxt.tpl or not _SOLD_TOO.search(nxt.tpl):
            break
        nxt = ctx.next_adjacent(nxt)
    if _APPROVED.match(sent.tpl) and any(w in ctx.text[sent.start:sent.end] for w in ADDRESSED):
        return letter_day(ctx.text, sent.end) or ctx.carried_date(sent)  # "同意A将所持你公司…转让给B": the day the reply is signed
    return ctx.carried_date(sent)


#: a reply's clause of approval: "一、同意…", "核准…"
_APPROVED = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?[ \t\u3000]*(?:同意|核准|批准)")


#: a sentence that tells another sale of the same account
_SOLD_TOO = re.compile(r"转让|出售|出让|划转")


#: the day a deal was done, told after it: "交易已于D完成", "并于D完成" + a registration, "已于D办理完毕过户手续",
#: "交易" + D + "完成过户" (no 于 after the deal's noun)
DONE_ON = pattern(r"(?:(?:已|已经|并)?于|(?<=交易|转让|过户|交割))(?P<date><D>)(?:正式|顺利)?(?:完成|完成了|办理完毕|办妥|交割)")
#: the sentence right after a sale that says when "this" transfer was done: "本次股权转让" + "已于D完成…登记",
#: "C" + a day + "公告称" + "，相关股份已于D完成过户"
_DONE_NEXT = pattern(r"(?:^|[，,])(?:本次|此次|上述|相关|该次|该笔|这笔)[^，。；\ue000\ue001]{0,10}?(?:已|已经)?于(?P<date><D>)(?:正式|顺利)?(?:完成|办理完毕|办妥)")


#: the seller kept part of its stake: "…，S持股比例降至6.2%", "由40%降至32%", "S则持有30%": what it sold was not all it held
#: the target, after a sale, the buyer's own: "，T由此成为B的全资子公司"
_NOW_WHOLLY = pattern(r"[，,](?:<C>)?(?:由此|从而|随之|因此|即|遂)?(?:正式)?成为(?:(?P<b><C>)|其)(?:的)?全资(?:子公司|附属公司)")
#: a holder's share after a deal, told bare: "；S持股40%", "，S仍持有20%"
_REMAINS = re.compile(r"(?:^|(?<=[，,；;]))[\ue000\ue001](?:则|仍|继续|尚)?(?:持股|持有)(?:比例)?(?:为)?\ue007")
_KEPT = pattern(r"(?:降至|降为|减至|减少至|下降至|降低至|摊薄至|(?:则|仍|尚|仍然)持有)<R>")


def hedged(sent: Sent, a: int, b: int) -> bool:
    clause = max(sent.tpl.rfind(c, 0, a) for c in "，；：") + 1
    return bool(_NOT_DONE.search(sent.tpl[clause:b]))


#: the article reports this transfer registered: "本次" + the deal + "…已于D完成过户登记", "本次…过户登记手续" + "已办理完毕"
#: (not "尚未完成过户"; not another deal's "相关股权已完成过户")
_REGISTERED = re.compile(r"(?:本次|此次|上述)[^。；\n]{0,24}?(?:(?<![未需待将])(?:完成|办理完毕|办妥)(?:了)?(?:股份|股权)?(?:的)?过户(?:登记)?"
                         r"|过户(?:登记)?(?:手续)?(?:已|已经)(?:于[^，。；\n]{1,12}?)?(?:办理完毕|完成|办妥))")


def planned_then_registered(ctx: Context, sent: Sent, a: int, b: int) -> bool:
    """Whether a clause hedged by 拟 alone tells a transfer the article says was registered since: a notice of
    a completed transfer retells the plan it first announced ("S拟将其持有的T…划转至B", then "已完成过户登记")."""
    clause = sent.tpl[max(sent.tpl.rfind(c, 0, a) for c in "，；：") + 1:b]
    if "拟" not in clause or _NOT_DONE.search(clause.replace("拟", "")):
        return False
    found = ctx.memo.get("transfer-registered")
    if found is None:
        found = ctx.memo["transfer-registered"] = bool(_REGISTERED.search(ctx.text))
    return bool(found)


def _part_of_more(ctx: Context, sent: Sent, seller: str, target: str, pct: object) -> bool:
    """Whether the share sold is only part of the seller's stake: the text told a larger holding of the same
    company by the seller before ("设立时A持股40%。…A将其所持C 20%股权转让给B"), or the next sentence tells
    what the seller kept ("…转让完成后A持股比例降至" + a figure)."""
    if not isinstance(pct, int | float):
        return False
    if any(c.predicate is Predicate.HOLDS_STAKE and c.subject == seller and c.object == target and c.sent < sent.i
           and isinstance(c.qualifiers.get("percent"), int | float) and c.qualifiers["percent"] > pct for c in ctx.out):
        return True
    # a holding of the same company the text gives the seller later, on a day of its own (a holders' table "截至D" after
    # the history): it kept some, so what it sold was part of what it had
    if any(c.predicate is Predicate.HOLDS_STAKE and c.subject == seller and c.object == target and c.sent > sent.i
           and c.qualifiers.get("as_of") and isinstance(c.qualifiers.get("percent"), int | float) for c in ctx.out):
        return True
    # a larger holding the text gives the seller later as the one it had before ("转让前，S持有T 66%股权"): it sold part of it
    if any(c.predicate is Predicate.HOLDS_STAKE and c.subject == seller and c.object == target and c.sent > sent.i
           and c.qualifiers.get("former") and isinstance(c.qualifiers.get("percent"), int | float) and c.qualifiers["percent"] > pct
           for c in ctx.out):
        return True
    nxt = ctx.sentences[sent.i + 1] if sent.i + 1 < len(ctx.sentences) else None
    if nxt is None:
        return False
    # "…交易完成后，B持有T 60%股权；S持股40%": the seller's remainder told after the deal (a sentence of its own after ；)
    # (a list of the holders after it, one a clause up to ；, goes on past the next two: "…后，C持股a%；B持股b%；S持股c%。")
    for n, after in enumerate(ctx.sentences[sent.i + 1:sent.i + 8]):
        if n >= 2 and not ctx.sentences[after.i - 1].tpl.endswith(("；", ";")):
            break
        if any(after.at(k.start()).key == seller and after.at(k.end() - 1).value != pct for k in _REMAINS.finditer(after.tpl)):
            return True
    return _KEPT.search(nxt.tpl) is not None and any(m.key == seller for m in nxt.mentions)


def emit_sale(ctx: Context, sent: Sent, seller: str | None, target: str | None, rule: str, conf: float,
          held: bool = False, **q: object) -> Candidate | None:
    if not seller or not target or seller == target or target == q.get("buyer"):
        return None
    if ctx.type_of(target) != "Company":
        return None
    c = ctx.emit(Predicate.SOLD_STAKE, seller, target, sent, rule, conf, **q)
    if held and not _KEPT.search(sent.tpl) and not _part_of_more(ctx, sent, seller, target, q.get("percent")):
        ctx.emit(Predicate.HOLDS_STAKE, seller, target, sent, rule + "-held", conf - 0.05, percent=q.get("percent"))
    if q.get("buyer") and q.get("percent") == 100 and "全资" in sent.tpl and (m := _NOW_WHOLLY.search(sent.tpl)) and (
            sent.at(m.start("b")).key if m.group("b") else q["buyer"]) == q["buyer"]:
        # "S将所持T 100%股权转让给B，T由此成为B的全资子公司": the buyer holds all of it now
        ctx.emit(Predicate.HOLDS_STAKE, q["buyer"], target, sent, rule + "-bought-all", conf - 0.05, percent=100.0, as_of=q.get("date"))
    elif q.get("buyer") and isinstance(q.get("percent"), int | float) and "无偿划转" in ctx.text[sent.start:sent.end] and not any(
            h.predicate is Predicate.HOLDS_STAKE and h.subject == q["buyer"] and h.object == target for h in ctx.out):
        # "S已将所持T" + all of it + "无偿划转至B": a free transfer within the state moves the share whole to B, a new holder
        # (a buyer the text gives a holding of T, before or after, holds what it says)
        ctx.emit(Predicate.HOLDS_STAKE, q["buyer"], target, sent, rule + "-transferred-free", conf - 0.1, percent=q["percent"], as_of=q.get("date"))
    return c


#: a pair referred to at the head of a clause: "二人", "夫妇二人", "两人", "双方"
_PAIR_WORD = re.compile(r"(?:^|[，,；])(?:[^，。；\ue000\ue001]{0,6}?[，,])?(?:夫妇|夫妻|父子|母子|兄弟)?(?:二人|两人|双方|二者|两者)")
#: two or more people named together: "A、B夫妇", "A和B"
_PEOPLE_PAIR = re.compile(r"\ue000(?:(?:、|和|与|及)\ue000)+")


def pair_before(ctx: Context, sent: Sent, pos: int) -> list[str | None]:
    """The people a clause's "二人" (夫妇二人, 两人) refers to: those named together in this sentence
    before it, else in the sentence before (none: [None], no seller)."""
    if _PAIR_WORD.search(sent.tpl, 0, pos) is None:
        return [None]
    for s, end in ((sent, pos), *(((ctx.sentences[sent.i - 1], None),) if sent.i > 0 else ())):
        pairs = list(_PEOPLE_PAIR.finditer(s.tpl, 0, len(s.tpl) if end is None else end))
        if pairs:
            return [x.key for x in s.between(pairs[-1].start(), pairs[-1].end(), "P")]
    return [None]
