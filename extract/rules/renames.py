"""RENAMED_TO: "远澄金融更名为远澄数科", "品牌升级为", "品牌升级，启用“X”为新品牌", "远澄科技（原远澄数科）",
"X原名Y", "东海证券（现为北林证券）", "360金融（360数科曾用名）",
"X的前身为Y" (a predecessor renamed into X, guide v1.2)."""

from __future__ import annotations

import re

from extract.mention_records import Entity, Mention
from extract.rules.base import Context
from extract.rules.letter_days import ADDRESSED as _ADDRESSED  # ("同意你公司名称变更为B": the addressee's name)
from extract.rules.letter_days import letter_day
from extract.rules.templates import Gated, Sent, gated, pattern
from schema import Predicate
from text.kinds import PARTY_ROLES, party_role
from text.normalize import norm_name

_RENAMED = gated(r"(?P<old><C>)(?:[，,](?=已|现已|并已|后于|于<D>))?(?:[^\ue001，。]{0,10}?)(?:正式)?(?:更名为|改名为|更名|改名|品牌更名为|品牌升级为|(?:中文|公司)?名称(?:已|将)?(?:正式)?(?:(?:自|于|从)<D>(?:起)?)?(?:变更为|更改为)"
                   r"|易名为|变更(?:公司|企业|中文|<C>)?名称为|改称|改制为)[“\"「『]?(?P<new><C>)(?![A-Za-z])", "更名", "改名", "品牌升级为", "名称", "易名为", "改称", "改制为")
#: both names stated, the old then the new, dated by a date before the new one:
#: "公司名称由“东海证券”变更为“北林证券”", "东海证券正式更名，新名称为北林证券", "北林证券更名前为东海证券"
_BOTH_NAMES: tuple[tuple[str, Gated], ...] = (
    # (a date may stand before 由: "存续公司名称" + "自D起由“A”变更为“B”")
    ("name-from-to", gated(r"(?:中文|公司|企业)?名称(?:已|将|正式)?(?:(?:自|于|从)?<D>(?:起)?)?由[“\"「『]?(?P<old><C>)[”\"」』]?(?:变更为|更改为|修改为|改为|变为)[“\"「『]?(?P<new><C>)", "名称")),
    ("short-name-from-to", gated(r"简称(?:已|将)?(?:(?:自|于|从)?<D>(?:起)?)?由[“\"「『](?P<old><C>)[”\"」』](?:变更为|更改为|改为|变为)[“\"「『](?P<new><C>)[”\"」』]", "简称")),
    ("new-name", gated(r"(?P<old><C>)(?:正式)?(?:更名|改名)[，,](?:新)?(?:名称|名字)(?:为|是)[“\"「『]?(?P<new><C>)", "名，", "名,")),
    # a firm reformed into a new one on its own base: "以A为基础改制组建B" (not "以A为基础，联合C组建B": others joined in)
    ("reformed-on-base", gated(r"以(?P<old><C>)为基础(?:改制|改建|整体改制)?(?:组建|设立|成立|改制为|改建为)(?:了)?[“\"「『]?(?P<new><C>)", "为基础")),
    ("before-rename", gated(r"(?P<new><C>)(?:的)?(?:更名|改名)前(?:的)?(?:名称|名字|公司名称)?(?:为|是|叫)[“\"「『]?(?P<old><C>)", "名前")),
    # the company's own brand upgraded to a new name: "东海金融…公布品牌升级，启用“北林数科”为新品牌" (a product's
    # brand names no company: the new name must read as one, and the clause must speak of the company's 品牌升级)
    ("brand-upgrade", gated(r"(?P<old><C>)[^。；\ue001]{0,16}?品牌升级[，,]?(?:并|同时)?(?:正式)?(?:启用|使用|采用)(?:新品牌)?[“\"「『]?(?P<new><C>)[”\"」』]?"
                              r"(?:(?:作为|为)(?:其|公司)?(?:的)?新(?:的)?(?:品牌|名称|品牌名称)|(?=[，。；]|$))", "品牌升级")),
)
#: the day a rename takes effect, told after it
_TAKES_EFFECT = pattern(r"[”\"」』]?[，,](?:并)?(?:自|于)<D>(?:起)?(?:正式)?生效")
#: a sentence that opens saying its event was lately, with no day: the notice's month
_LATELY = re.compile(r"(?:近日|日前|近期)[，,]?")
#: between an acquirer and the rename of what it bought ("被A收购后更名为X")
_ACQUIRED = re.compile(r"收购|并购|控股|入股")
#: a rename planned, not done: 拟, 计划, 将 (not 将 as 把: "将其名称变更为"; nor after 已: "已于2月14日将品牌改名为")
_PLANNED = re.compile(r"拟|计划|筹划|打算|准备|将(?!其|公司|名称|中文|企业|品牌)")
#: a rename applied for, perhaps with the regulator it was asked of ("已向X申请更名为B", even with 已: the application is
#: done), unless the text says it was granted
_APPLIED = re.compile(r"申请(?:将)?(?:其|公司)?(?:中文)?(?:名称|名字)?(?:更名|改名|变更)")
_GRANTED = re.compile(r"获批|获准|已获|获得批准|获核准|核准了|已批准|批准了|批准后|同意了")
# "远澄科技（原远澄数科）", "X（原名“Y”）", "X（前身为Y）"
# (an English name may come first in the bracket: "X（Donghai Tech, formerly Donghai Finance）")
_FORMER_NAME = pattern(r"(?P<new><C>)[（(](?:[A-Za-z0-9 .&\-]{1,40}[,，]\s*)?(?:原名|原称|原|前称|旧称|旧名|曾用名|前身为|前身是"
                       r"|[Ff]ormerly known as|[Ff]ormerly|[Pp]reviously known as|[Rr]enamed from)[：:为 ]?[“\"「『]?(?P<old><C>)[”\"」』]?[）),，]")
# "东海证券（现为北林证券）", "东海证券（现北林证券）", "东海证券（现名为北林证券）"
_NOW_NAME = pattern(r"(?P<old><C>)[（(](?:现为|现名为|现名|现称|现已更名为|现更名为|已更名为|后更名为|后改名为|现改名为|今为|即现在的|即后来的|现)"
                    r"[：:]?[“\"「『]?(?P<new><C>)[”\"」』]?[）)]")
# "东海证券成立于2001年，后于2015年更名为北林证券": a clause with no subject renames the sentence's one company
_CLAUSE_RENAMED = gated(r"[，,](?:后来|后|随后|之后|此后|现已|现|已|并|又)?(?:同步|同时|随即|一并)?(?:于?<D>)?(?:正式)?(?:更名为|改名为|易名为|名称变更为)[“\"「『]?(?P<new><C>)(?![A-Za-z])", "更名为", "改名为", "易名为", "名称变更为")
#: the last company before a rename clause, the head of a relative clause ("C参股的A…", "C旗下的A…"), the clauses
#: after it naming no other company: A is what they speak of
_RELATIVE_HEAD = re.compile(r"(?:参股|控股|旗下|下属|投资|设立)的(\ue001)[^\ue000\ue001]*$")
#: a clause whose subject became another's subsidiary: that subject is what a clause after renames
_BECAME_SUB = re.compile(r"\ue001(?:正式|已|已经|随即)*成为\ue001(?:的|之)?(?:全资|控股|间接全资)?(?:子公司|附属公司)")
#: a clause where the company acted on something else, which may be what a later clause renames
_MADE_SOMETHING = re.compile(r"设立|发起|收购|投资|推出|创办|创立|入股|控股|旗下|子公司|持有|参股|成立了|成立一")
#: "C（以下简称…）" + "发生工商变更" + "，企业名称变更为Y": the clause after names the name of the sentence's subject
_REGISTERED_CHANGE = pattern(r"^(?:[^\ue001\ue000。；]{0,12}?[，,])?(?P<old><C>)(?:[（(][^）)]{0,30}[）)])?[^\ue001\ue000，。；]{0,12}?[，,]"
                             r"(?:其|并)?(?:企业|公司)名称(?:正式)?(?:变更为|更改为)[“\"「『]?(?P<new><C>)(?![A-Za-z])")
#: a merger's survivor renamed: "以A为存续银行" (or "由A为存续公司", its 存续公司 read as the merger's company) + "…，存续银行同日更名为B" (Traditional 存續銀行…更名為 is read simplified)
#: "A同日更名为B", "A當日易名為B": renamed on the day the sentence before named
_SAME_DAY_RENAMED = re.compile(r"同日|当日|當日|同一日")
#: a rename clause joined to the clause before as the same event: "…改制为股份有限公司，并同时更名为B"
_JOINED_CHANGE = re.compile(r"[，,](?:并|並|同时|同時|随即|隨即|一并|一併)")
_SURVIVOR_RENAMED = pattern(r"[以由](?P<old><C>)(?:作)?为(?:存续(?:银行|公司|主体|方)|<C>)[^。]{0,40}?存续(?:银行|公司|主体|方)(?P<when>[^，。；\ue001]{0,10}?)"
                            r"(?:更名为|名称变更为)[“\"「『]?(?P<new><C>)")
#: a bare reference that a history's rename has as its subject ("2002年，公司更名为Y")
_BARE = frozenset({"公司", "该公司", "本公司"})
#: a company the sentence before founded ("创办了A"): what a history's bare 公司 goes on to rename
_FOUNDED_THERE = re.compile(r"(?:创办|创立|创建|组建|设立|成立)(?:了)?(\ue001)")
# "由东海证券更名而来的北林证券", "北林证券系由东海证券更名而来"
_RENAMED_FROM = gated(r"(?:(?P<new><C>)(?:系|是|为|乃)?)?(?:于?<D>)?由(?P<old><C>)(?:[^，。；\ue001]{0,6}?)(?:更名|改名)而(?:来|成)(?:的(?P<after><C>))?", "名而")
_USED_NAME = pattern(r"(?P<old><C>)[（(](?P<new><C>)(?:的)?曾用名[）)]")
# "360数科原名为360金融", "X的前身为A于…设立的Y": the last company of the clause
# a page of corporate information, one label a line: "前称：A" + "（本行于D更名为现名）", "前名：A"
# ("X的历史可追溯至D设立的Y": Y, the company X grew from; a history's "设立时名称为“Y”": its first name)
_ORIGINAL = gated(r"(?:(?P<new><C>)(?:的)?)?(?:原名|原称|前身|曾用名|旧称|前称|前名|(?:以前|原来|过去|之前|早先|早年|曾经|本来)(?:的名字)?叫(?:做|作)?"
                  r"|(?:历史|前身|源头)可追溯(?:至|到)|(?:设立|成立|创立|注册)时(?:的)?(?:企业|公司)?(?:名称|名字))"
                  r"(?:为|是|系|(?P<label>[：:]))?[“\"「『]?(?P<rest>[^，。；]*)",
                  "原名", "原称", "前身", "曾用名", "旧称", "前称", "前名", "叫", "可追溯", "时名", "时的名", "时企业名", "时公司名")  # (told: "X以前叫“Y”，2023年才更名…")


#: "A成立于D1" + "，D2更名为现名": A is an earlier name of the company the article is about
_TO_NOW_NAME = pattern(r"(?P<old><C>)[^。；\ue000\ue001]{0,30}?(?:更名|改名|名称变更|变更)为现名")  # ("名称由“A”变更为现名")


#: after the company a predecessor clause ends with, a unit of it: "A下属的" + a line of business + "事业部" (板块, 部门)
_UNIT_OF = re.compile(r"(?:旗下|下属|内部)?(?:的)?[^，。；\ue000-\ue007]{0,10}?(?:业务板块|业务部门|事业部|事业群|业务条线|部门|板块)(?=[，,。；]|$)")
#: the words that say the name that follows is the one the subject had: "名称由", "企业名称由", "公司名称已由"
_NAME_FROM = re.compile(r"名称(?:已|正式)?由[“\"「『]?$")


def _to_now_name(ctx: Context, sent: Sent) -> None:
    """(after the sentence's other renames: "X前身为A" + "，D更名为现名" names X itself)"""
    ent = ctx.inv.entities.get(ctx.focus or "")
    if any(c.predicate is Predicate.RENAMED_TO and c.sent == sent.i for c in ctx.out):
        return
    for m in _TO_NOW_NAME.finditer(sent.tpl):
        old = sent.at(m.start("old"))
        # "C公告称" + "，公司于D办妥登记" + "，公司名称由“A”变更为现名": the name now is that of the company the sentence named
        # before (C, or the 公司 that stands for it), not the one the headline is about
        before = [c for c in sent.between(0, m.start("old"), "C") if c.key and c.key != old.key]
        ent = ctx.inv.entities.get(before[-1].key or "") if before and _NAME_FROM.search(sent.tpl, sent.pos_of(before[-1]), m.start("old")) else ent
        if ent is None or old.focus or old.key == ent.key:
            continue
        ds = sent.between(m.start(), m.end(), "D")
        if not ds and before and ent.key == before[-1].key:  # the day the sentence names before the old name: that day
            ds = sent.between(0, m.start(), "D")[-1:]
        _rename(ctx, sent, old, Mention("C", old.start, old.start, ent.name, key=ent.key), "now-name",
                ctx.date_iso(ds[-1], sent, events_only=True) if ds else None)


#: a line that is only a former name in brackets, under the line of the name now ("X有限公司" + "\n（前称Y）"): a notice's
#: or an advertisement's heading
_FORMER_LINE = pattern(r"[（(](?:前称|原名|原称|旧称|曾用名)[：:]?[“\"「『]?(?P<old><C>)[”\"」』]?[）)]")


def _former_line(ctx: Context, sent: Sent) -> None:
    """"X有限公司" on one line, "（前称Y）" alone on the next: Y was renamed X (the bracket is the heading's, not a clause's)."""
    if (m := _FORMER_LINE.fullmatch(sent.tpl)) is None or ctx.text[sent.start - 1:sent.start] != "\n":
        return
    line = ctx.text[ctx.text.rfind("\n", 0, sent.start - 1) + 1:sent.start - 1].strip()
    old = sent.at(m.start("old"))
    if (key := ctx.inv.surface.get(norm_name(line))) is not None and key != old.key and key in ctx.inv.entities:
        _rename(ctx, sent, old, Mention("C", old.start, old.start, ctx.inv.entities[key].name, key=key), "former-line", None)


def renames(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    if tpl.startswith(("（", "(")):
        _former_line(ctx, sent)
    for rx, rule in ((_RENAMED, "renamed"), (_FORMER_NAME, "former-name"), (_NOW_NAME, "now-named"), (_USED_NAME, "used-name")):
        for m in rx.finditer(tpl):
            if rx is _RENAMED and _PLANNED.search(tpl, m.end("old"), m.start("new")) and "已" not in tpl[m.end("old"):m.start("new")]:
                continue  # "A拟更名为B", "A计划更名为B": a plan, not a rename
            if rx is _RENAMED and _APPLIED.search(tpl, m.end("old"), m.end("new")) and not _GRANTED.search(tpl):
                continue  # "A向X申请更名为B（待核准）": an application, not a rename (nor X renamed, which it was asked of)
            if rx is _RENAMED and (_ACQUIRED.search(tpl, m.end("old"), m.start("new")) or tpl.endswith("吸收合并", 0, m.start("old"))):
                continue  # "X前身为Y，被A收购后更名为X": A bought the company renamed, A keeps its name ("A吸收合并B…更名C": B is gone, A renamed)
            date = None
            if rx is _RENAMED and "（" in tpl[m.end("old"):m.start("new")]:
                # "东海证券（现更名为北林证券）曾于2019年增资": a date after the bracket is another event's
                ds = sent.between(m.end("old"), m.start("new"), "D")
                date = ctx.date_iso(ds[-1], sent, events_only=True) if ds else None
            elif rx is _RENAMED:  # a stated rename is dated; a name in brackets is not
                ds = sent.between(0, m.start("new"), "D") or sent.between(m.end(), len(tpl), "D")[:1]
                date = ctx.date_iso(ds[-1], sent, events_only=True) if ds else None
                if _SAME_DAY_RENAMED.search(tpl, m.end("old"), m.start("new")) and not sent.between(0, m.start("new"), "D"):
                    date = ctx.carried_date(sent) or date  # "A同日更名为B，…今日起…": the day named before, not one after
                if date is None and _LATELY.match(tpl) and ctx.published:
                    date = ctx.published[:7]  # "日前，公司…名称变更为B": shortly before the notice, its month
                if date is None and sent.at(m.start("old")).text in _ADDRESSED:
                    date = letter_day(ctx.text, sent.end)  # "同意你公司名称变更为B": the day the letter is signed
            _rename(ctx, sent, sent.at(m.start("old")), sent.at(m.start("new")), rule, date)
    for m in _REGISTERED_CHANGE.finditer(tpl):
        ds = sent.between(0, m.start("new"), "D")
        _rename(ctx, sent, sent.at(m.start("old")), sent.at(m.start("new")), "registered-change",
                ctx.date_iso(ds[-1], sent, events_only=True) if ds else None)
    for m in _SURVIVOR_RENAMED.finditer(tpl):
        ds = sent.between(m.start("when"), m.end("when"), "D") or sent.between(0, m.start(), "D")[-1:]
        date = ctx.date_iso(ds[-1], sent, events_only=True) if ds else ctx.carried_date(sent) if "同日" in m.group("when") else None
        _rename(ctx, sent, sent.at(m.start("old")), sent.at(m.start("new")), "survivor-renamed", date)
    for m in _CLAUSE_RENAMED.finditer(tpl):
        olds = {x.key for x in sent.between(0, m.start(), "C")}
        clause = max(tpl.rfind(c, 0, m.start()) for c in "，,；：") + 1
        became = _BECAME_SUB.fullmatch(tpl, max(clause, 0), m.start())  # "A正式成为B的全资子公司" + "，并同步更名为C": A
        # "其参股的A日前办妥变更" + "，更名为B": the head of the relative clause is the subject
        head = _RELATIVE_HEAD.search(tpl, 0, m.start()) if not became else None
        if not became and not head and (len(olds) != 1 or _MADE_SOMETHING.search(tpl, 0, m.start())):
            continue  # "A收购B，后更名为C", "A设立了一只基金，后更名为C": which of them was renamed is not said
        old = sent.at(became.start()) if became else sent.at(head.start(1)) if head else sent.between(0, m.start(), "C")[0]
        # "D，公司" + "完成重新登记" + "，更名为B": a date of its own in the clause, else the one the sentence opens with
        ds = sent.between(m.start(), m.start("new"), "D") or sent.between(0, sent.pos_of(old), "D")[-1:]
        if not ds and _JOINED_CHANGE.match(tpl, m.start()) and sent.pos_of(old) < clause:
            ds = sent.between(clause, m.start(), "D")[-1:]  # "A，D整体变更为股份有限公司" + "，并更名为B": one event, its day
        elif not ds and _JOINED_CHANGE.match(tpl, m.start()):
            ds = sent.between(sent.pos_of(old), m.start(), "D")[-1:]  # "A于D获发牌照" + "，并易名为B": the same event's day
        date = ctx.date_iso(ds[0], sent, events_only=True) if ds else None
        if date and ds[0].start < old.start and re.search(r"近日|日前|近期", tpl[sent.pos_of(old):m.start()]):
            date = date[:7]  # "D公告" + "，…A日前办妥…" + "，更名为B": some day shortly before the notice's, its month
        _rename(ctx, sent, old, sent.at(m.start("new")), "clause-renamed", date)
    for m in _RENAMED_FROM.finditer(tpl):
        new_at = m.start("new") if m.group("new") else m.start("after") if m.group("after") else -1
        new = sent.at(new_at) if new_at >= 0 else _subject_mention(ctx, sent, m.start())
        ds = sent.between(m.start(), m.start("old"), "D")
        if new is not None:
            _rename(ctx, sent, sent.at(m.start("old")), new, "renamed-from", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)
    for rule, rx in _BOTH_NAMES:
        for m in rx.finditer(tpl):
            ds = sent.between(0, min(m.start("new"), m.start("old")), "D")
            if not ds and (takes := _TAKES_EFFECT.match(tpl, m.end())):  # "…变更为“B”，自2023年6月1日起生效"
                ds = sent.between(takes.start(), takes.end(), "D")
            _rename(ctx, sent, sent.at(m.start("old")), sent.at(m.start("new")), rule,
                    ctx.date_iso(ds[-1], sent, events_only=True) if ds else None)
    for m in _ORIGINAL.finditer(tpl):
        if tpl[max(0, m.start() - 1):m.start()] == "（" or "\ue001" not in m.group("rest"):
            continue  # the bracketed form is _FORMER_NAME's
        if m.group("label") and _RANGED_FIELD.search(m.group("rest")):
            continue  # names with the months they were used: a chain of renames, record_renames reads it
        if not m.group("label") and _renamed_chain(ctx, sent, m.end("rest")):
            continue  # "X的前身是A，2002年更名为B，2009年更名为C": A's renames told one after another
        rest = m.start("rest")
        # "前身为A于2012年独家出资设立的B": the predecessor is the company the clause ends with
        olds = [x for x in sent.between(rest, m.end("rest"), "C")]
        new = sent.at(m.start("new")) if m.group("new") else _subject_mention(ctx, sent, m.start())
        ds = []
        if m.group("label") and olds and not olds[0].focus:  # the label's value is the old name; 本行 in a bracket after it, the page's company
            new = next((x for x in olds[1:] if x.focus and x.key), None) or new
            ds = sent.between(rest, m.end("rest"), "D")[-1:] if "现名" in m.group("rest") else []
            olds = olds[:1]
        if not olds or new is None or (m.group("label") and olds[-1].key == new.key):
            continue
        if _UNIT_OF.match(tpl, sent.pos_of(olds[-1]) + 1):
            # "X的前身是A" + "下属的" + a unit: X grew out of a unit of A (spun off as A's subsidiary), no earlier name of X
            ctx.emit(Predicate.SUBSIDIARY_OF, new.key, olds[-1].key, sent, "spun-off-unit", 0.7, kind="subsidiary")
            continue
        after = tpl[m.end():]
        if not ds and (verb := re.match(r"[，,][^。；]{0,30}?(?:更名|改名|冠名|改制|改为|更为|更為|易名|改称|改稱)", after)):
            # "X前身为A" + "，由P于D1创立" + "，D2更名为现名" (更为现名, 易名): the date of the rename's own clause, not the founding's before it
            clause = m.end() + max(verb.group(0).rfind(c) for c in "，,")
            ds = sent.between(clause, m.end() + verb.end(), "D")[-1:] or sent.between(m.end(), len(tpl), "D")[:1]
        _rename(ctx, sent, olds[-1], new, "original-name", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)
    if "现名" in tpl:
        _to_now_name(ctx, sent)
    for m in (*_REF_RENAMED.finditer(tpl), *_BARE_KIND_RENAMED.finditer(tpl)):
        old = _referred(ctx, sent, m.start(), m.group("kind"))
        ds = sent.between(0, m.start(), "D")
        if old is not None:
            _rename(ctx, sent, old, sent.at(m.start("new")), "referred-renamed", ctx.date_iso(ds[-1], sent, events_only=True) if ds else None)


#: "该联社改制为B", "该行更名为B": the rename of the company the words after 该 refer to
_REF_RENAMED = gated(r"该(?P<kind>[\u4e00-\u9fff]{1,3}?)(?:正式|已)?(?:更名为|改名为|改制为|改称)[“\"「『]?(?P<new><C>)", "该")


#: "2015年12月联社改制为本行": a co-operative's kind alone, at a clause's head, for the one just named
_BARE_KIND_RENAMED = gated(r"(?:^|(?<=[，,；：\ue004]))(?P<kind>联社|信用社|农信社)(?:正式|已)?(?:改制为|更名为|改名为)[“\"「『]?(?P<new><C>)", "联社", "信用社")


def _referred(ctx: Context, sent: Sent, pos: int, kind: str) -> Mention | None:
    """The company "该" + `kind` refers to: the last one named before, in this sentence or the two before, whose name ends in
    `kind` (该联社: "X农村信用合作联社"; 该行: a bank)."""
    ends = ("银行", "行") if kind == "行" else ("联社", "联合社") if kind == "联社" else (kind,)
    for j in range(sent.i, max(-1, sent.i - 3), -1):
        s = ctx.sentences[j]
        for x in reversed(s.between(0, pos if j == sent.i else len(s.tpl), "C")):
            if x.key and not x.focus and x.text.endswith(ends):
                return x
    return None


#: a clause with no subject of its own that renames: "，2002年重新登记时更名为B", "，后改制为B"
_CHAIN_LINK = pattern(r"[，,；](?:[^，。；\ue000\ue001]{0,16}?)(?:更名为|改名为|改称|名称变更为|改制为)[“\"「『]?(?P<new><C>)")


def _renamed_chain(ctx: Context, sent: Sent, at: int) -> bool:
    """"X的前身是A，D1更名为B，D2更名为C": the predecessor A (the last company of the clause
    ending at `at`) became B, then B became C — each rename from the name the one before gave,
    dated by its own clause (not A straight into X). Whether such clauses follow."""
    olds = sent.between(0, at, "C")
    links = []
    pos = at
    while (link := _CHAIN_LINK.match(sent.tpl, pos)) is not None:
        links.append(link)
        pos = link.end()
    if not olds or not links:
        return False
    old = olds[-1]
    for link in links:
        new = sent.at(link.start("new"))
        ds = sent.between(link.start(), link.start("new"), "D")
        _rename(ctx, sent, old, new, "renamed-chain", ctx.date_iso(ds[0], sent, events_only=True) if ds else None)
        old = new
    return True


def _subject_mention(ctx: Context, sent: Sent, pos: int) -> Mention | None:
    """The company a clause without a subject speaks of: the first company of
    the sentence, or the company the sentence before was about."""
    cs = sent.between(0, pos, "C")
    if cs:
        return cs[0]
    key = sent.prev_topic or ctx.focus
    ent = ctx.inv.entities.get(key or "")
    return Mention("C", sent.start, sent.start, ent.name, key=key) if ent else None


def _predecessor(ctx: Context, sent: Sent, old: Mention, new: Mention) -> Mention:
    """The name a history's bare 公司 had before the rename it is the subject
    of: the name an earlier rename of the last sentences gave, else the company
    one of the two sentences before founded ("1990年，P创办了A。…2002年，公司
    更名为B。" + "D2，公司再次更名为C"), else the company in focus."""
    if not (old.focus and old.text in _BARE):
        return old
    last = ctx.memo.get("renamed_into")
    if last is not None and 0 < sent.i - last[0] <= 2:
        found: Mention | None = last[1]
    else:
        found = None
        for before in ctx.sentences[max(0, sent.i - 2):sent.i][::-1]:
            if sent.start - before.end > 120:
                break
            founded = [m for f in _FOUNDED_THERE.finditer(before.tpl) if (m := before.at(f.start(1))).key]
            if founded:
                found = founded[-1]
                break
    # "A的前身是B。公司更名为A的全称": the name before is one of the new name's own, the rename already told
    return found if found is not None and found.key != new.key else old


#: a former-names field whose names carry the months they were used ("曾用名：A（D1—D2）；B（D2—D3）"): record_renames' to read
_RANGED_FIELD = re.compile(r"[（(][^）)]{1,30}?(?:—|－|–|~|～|至)+[^）)]{1,30}?[）)]")


#: the rest of a quoted name after the letters a known name matched ("“鸿途" + "贷”")
_QUOTED_REST = re.compile(r"[\u4e00-\u9fff]{1,6}(?=[”」』])")


def _whole_quote(ctx: Context, m: Mention) -> Mention:
    """A name in quotes is the whole quote: "前身为“北林贷”" names 北林贷, though the
    article's brand 北林 matched its first letters."""
    rest = _QUOTED_REST.match(ctx.text, m.end) if ctx.text[m.start - 1:m.start] in "“「『" and m.start > 0 else None
    return Mention("C", m.start, rest.end(), ctx.text[m.start:rest.end()], key=m.key) if rest else m


def _rename(ctx: Context, sent: Sent, old: Mention, new: Mention, rule: str, date: str | None) -> None:
    old = _whole_quote(ctx, _predecessor(ctx, sent, old, new))
    if old.key == new.key and old.text == new.text:
        return
    if old.focus or _labelled(ctx, old.text) or old.text in _ADDRESSED:  # "远澄数科宣布公司品牌更名为远澄科技": the company itself (发行人: the issuer)
        old = Mention("C", old.start, old.end, ctx.inv.entities[old.key].name if old.key in ctx.inv.entities else old.text,
                      key=old.key)
    if new.focus or _labelled(ctx, new.text):
        new = Mention("C", new.start, new.end, ctx.inv.entities[new.key].name if new.key in ctx.inv.entities else new.text,
                      key=new.key)
    emit_rename(ctx, old, new, sent, rule, date)


def _labelled(ctx: Context, text: str) -> bool:
    """Whether a mention is a party's label, not a name (甲方, 受让方, 担保人): the company it stands for is named so."""
    return text in PARTY_ROLES or norm_name(text) in ctx.inv.label_sites or party_role(norm_name(text))


def emit_rename(ctx: Context, old: Mention, new: Mention, sent: Sent, rule: str, date: str | None) -> None:
    """A rename relates two names of one company: keep them as two entities
    in the article (the old and the new name) so the fact can be stated."""
    old_key = _name_entity(ctx, old)
    new_key = _name_entity(ctx, new)
    if old_key and new_key and old_key != new_key:
        ctx.emit(Predicate.RENAMED_TO, old_key, new_key, sent, rule, 0.85, date=date)
        ctx.memo["renamed_into"] = (sent.i, new)


def _name_entity(ctx: Context, mention: Mention) -> str | None:
    """The entity for exactly this surface name, split from its dictionary
    entry when the dictionary lists old and new names together."""
    ent = ctx.inv.entities.get(mention.key or "")
    if ent is None:
        return None
    key = f"{ent.key}#{mention.text}"
    if key not in ctx.inv.entities:
        # the name as the article writes it (Traditional stays Traditional) where the mention is that text
        shown = ctx.show(mention.start, mention.end) if ctx.text[mention.start:mention.end] == mention.text else mention.text
        ctx.inv.entities[key] = Entity(key=key, name=shown, type="Company", aliases={shown: 1},
                                       count=1, first=mention.start)
        ctx.inv.revision += 1
    return key
