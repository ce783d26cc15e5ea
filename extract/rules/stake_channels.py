"""HOLDS_STAKE through channels: "A通过旗下B及C间接持有D约66.85%".

A holding told through subsidiaries is the holder's (marked indirect), and
each channel holds in the company too: the same share when one channel
carries it, no figure when the share is their sum.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.corporate import latin_company
from extract.rules.enumerations import list_items
from extract.rules.holder_slots import HOLDER_MENTION, key_of, keys_in
from extract.rules.stake_emit import emit_stake, told_at
from extract.rules.stake_holders import clause_subject
from extract.rules.stake_targets import target_for
from extract.rules.templates import Sent, gated
from schema import Predicate, SubsidiaryKind

# "A通过旗下B(及C)持有D 8%": the channels hold too ("A并透过其实际控制之B持有…": an adverb between)
_THROUGH = gated(rf"(?:(?P<holder>{HOLDER_MENTION})(?:[（(][^（）()。；\ue000\ue007]{{1,30}}[）)])?(?:(?:于|在)?\ue004)?(?:并|亦|也|还|另|则|而)?|(?:^|(?<=[，,]))(?:但|并|而|则|另外|另|亦|也|还)?(?:上市前|上市后|目前|此前|当时|现时)?(?P<ana>其)?)(?:通过|透过|经由)(?:其)?(?:旗下|下属|全资子公司|子公司|控股的)?(?:的)?[^，。；\ue000\ue001]{{0,24}}?(?P<channels>{HOLDER_MENTION}(?:(?:、|和|及|与|以及){HOLDER_MENTION})*)", "通过", "透过", "经由")
# "A透过B及C间接持有…" with B and C names no dictionary knows (not "透过其全资拥有的" + "B持有…": 全资 is no name;
# nor the kind before a known name, "透过家族持股公司" + "B持有…"; nor a trust the text leaves unnamed, "透过家族信托持有…")
_THROUGH_UNNAMED = gated(rf"(?P<holder>{HOLDER_MENTION})(?:[（(][^（）()。；\ue000\ue007]{{1,30}}[）)])?(?:通过|透过|经由)(?:其)?(?:旗下|下属)?(?:的)?(?:全资子公司|子公司|全资附属公司|附属公司|(?:家族)?(?:持股|投资|控股)(?:公司|平台))?"
                           rf"(?!其?(?:全资|控股|控制)|(?:家族)?(?:持股|投资)(?:公司|平台)|(?:一个|一项)?(?:家族|全权|酌情|离岸)?信托(?:基金)?(?:直接|间接|合计|共同)*(?:持有|持股|拥有))(?P<names>[^，。；\ue000\ue002-\ue007]{{2,30}}?)(?:直接|间接|合计|共同)*(?:持有|持股|拥有)", "通过", "透过", "经由")

# a share held through a channel, added to the holding told before it: "P直接持有C 21%的股份，连同通过B控制的9%，合计…"
_ALONG = gated(rf"[，,](?:连同|加上|及|以及)(?:其)?(?:通过|透过|经由)(?P<channel>{HOLDER_MENTION})(?:[（(][^（）()，,。；]{{0,30}}[）)])?(?:间接)?(?:控制|持有)的(?:约)?(?P<pct>\ue007)", "通过", "透过", "经由")
# Hong Kong's deemed interest: "B由P全资拥有" + "，故P被视为" + "于该等股份中拥有权益" — P holds the shares B was told to hold
_DEEMED = gated(rf"(?P<holder>{HOLDER_MENTION})(?:亦|也|均)?被视为(?:于|在)(?:该等|上述|有关|前述)股份中拥有(?:权益|利益)", "被视为")
# the holding through a channel, told as a noun that moved: "上市后，P经B持有的股权摊薄至约26.5%" (P's, marked indirect, and B's: the
# company whose shares they are the one the text's holdings are of)
_MOVED_THROUGH = gated(rf"(?P<holder>{HOLDER_MENTION})(?:经|通过|透过|经由)(?:其)?(?:全资(?:拥有|持有)的)?(?P<channel>{HOLDER_MENTION})(?:所)?(?:间接)?持有的(?:股权|股份)(?:比例)?"
                       r"(?:已|再)?(?:被)?(?:摊薄|稀释|降|减少|下降|降低|增加|升|上升|提升|提高)(?:至|到|为)(?:约)?(?P<pct>\ue007)", "持有的")
#: a clause telling another holding of the same holder: "，另直接持有C 3%的股份", or the sum: "，合计控制C 25%股份"
_OTHER_CLAUSE = re.compile(r"[，,；](?:另外|另|合计|共计|累计)")


def through_holdings(ctx: Context, sent: Sent) -> None:
    """"A通过旗下B及C间接持有D约66.85%": A holds the stated share; B and C
    hold too — the same share when B alone carries it, no figure when the
    share is their sum."""
    listed: set[int] = set()
    for m in _THROUGH_UNNAMED.finditer(sent.tpl):
        # "A透过B技术及C海外控股间接持有…": a list of channels, some of them names no dictionary knows
        holder = key_of(sent, m, "holder")
        names = m.group("names")
        items = [p for p in re.split(r"、|以及|及|和|与", names) if p]
        if not re.search(r"[^\ue001、及和与以]", names) or any(len(p) > 12 and not re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]*", p) for p in items):
            continue  # only known names (the loop below takes them), or a phrase, not a list of names
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]*", names):  # "通过全资附属公司EastSeaMobility拥有…": the slot makes it a name
            channels = [k for k in (latin_company(ctx, sent, m.start("names"), m.end("names")),) if k and k != holder]
        else:
            channels = [k for k in list_items(ctx, sent, m.start("names"), m.end("names")) if k != holder]
        if holder and len(channels) == len(items) and all(ctx.type_of(k) == "Company" for k in channels):
            _held_through(ctx, sent, m, holder, channels)
            listed.add(m.start())
    for m in _THROUGH.finditer(sent.tpl):
        if m.start() in listed or re.search(r"竞得|竞拍|受让|收购|购买|方式|向$", sent.tpl[m.start():m.start("channels")]):
            continue  # "通过司法拍卖竞得S所持…": S is the seller, no channel; "通过" + a manner + "向B转让…": a manner, and B the buyer
        if m.group("ana"):  # "…第一大股东为A，其通过B持有…": the holder the holding told there names
            holder = _holder_told_at(ctx, sent, m.start("ana"))
        else:  # "A虽卸任，但通过其…公司B，仍持有…"
            holder = key_of(sent, m, "holder") or clause_subject(ctx, sent, m.start())
        # the channel is the head of its phrase: the list the clause ends with ("通过其配偶控制的境外公司B")
        end = min((i for i in (sent.tpl.find(c, m.end("channels")) for c in "，,；。") if i >= 0), default=len(sent.tpl))
        hold = re.search(r"(?:直接|间接|合计|共同)?(?:持有|持股|拥有)", sent.tpl[m.end("channels"):end])
        end = m.end("channels") + hold.start() if hold else end
        tail = re.search(rf"{HOLDER_MENTION}(?:(?:、|和|及|与|以及){HOLDER_MENTION})*(?:[（(][^）)]{{0,40}}[）)])?(?:的|间接|直接|合计)*$", sent.tpl[m.start("channels"):end])
        a, b = (m.start("channels") + tail.start(), m.start("channels") + tail.end()) if tail else (m.start("channels"), m.end("channels"))
        channels = [k for k in keys_in(sent, a, b) if k != holder]
        if not channels:
            continue
        _held_through(ctx, sent, m, holder, channels)
        whole = re.search(r"(?:其)?(?:全资(?:拥有|持有)(?:的|之)|(?P<pct>\ue007)(?:持股|控股|持有)(?:的|之)(?:子公司|附属公司)?)$", sent.tpl[m.start():m.start("channels")])
        if whole and whole.group("pct") and sent.at(m.start() + whole.start("pct")).value != 100:
            whole = None  # ("透过" + "百分之百持股的" + "子公司B": all of B, as 全资 says)
        if len(channels) == 1 and not whole and re.search(r"实际控制(?:的|之)$", sent.tpl[m.start():m.start("channels")]):
            # "A透过其实际控制之B持有…": A is B's actual controller (a bare 其控制的 says less: the channel the text holds through)
            emit_stake(ctx, sent, holder, channels[0], "controls-channel", 0.75, None, m.start(), controlling=True)
        if len(channels) == 1 and whole:  # (之: a Hong Kong filing's 的, "透過其全資擁有之B" + 持有)
            emit_stake(ctx, sent, holder, channels[0], "owned-channel", 0.8, 100.0, m.start())  # "A透过其全资拥有的" + "B持有…"
            if holder and ctx.type_of(holder) == "Company":  # (a company's: B is its wholly owned subsidiary)
                # (over a bare 子公司 told elsewhere: the whole of it is the more precise kind)
                ctx.emit(Predicate.SUBSIDIARY_OF, channels[0], holder, sent, "owned-channel", 0.86, kind=str(SubsidiaryKind.WHOLLY_OWNED))


def moved_through(ctx: Context, sent: Sent) -> None:
    """"P经B持有的股权摊薄至" + a figure: B holds that share now, and P through B."""
    for m in _MOVED_THROUGH.finditer(sent.tpl):
        holder, channel = key_of(sent, m, "holder"), key_of(sent, m, "channel")
        if not holder or not channel or holder == channel:
            continue
        target, pct = target_for(ctx, sent, m.start(), (holder, channel)), sent.at(m.start("pct")).value
        first = len(ctx.out)
        emit_stake(ctx, sent, holder, target, "moved-through", 0.75, pct, m.start(), parents=False)
        for c in ctx.out[first:]:
            c.qualifiers["indirect"] = True
        emit_stake(ctx, sent, channel, target, "moved-through-channel", 0.75, pct, m.start(), parents=False)


def along_holdings(ctx: Context, sent: Sent) -> None:
    """"P直接持有C 21%的股份，连同通过B控制的9%": P holds 9% of C through B (and B holds it)."""
    for m in _ALONG.finditer(sent.tpl):
        holder = clause_subject(ctx, sent, m.start() + 1)
        told = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == holder
                and (told_at(ctx, c) or 0) < m.start()]
        if not holder or not told:
            continue
        pct, channel = sent.at(m.start("pct")).value, key_of(sent, m, "channel")
        first = len(ctx.out)
        emit_stake(ctx, sent, holder, told[-1].object, "held-along", 0.75, pct, m.start(), parents=False)
        for c in ctx.out[first:]:
            c.qualifiers["indirect"] = True
        emit_stake(ctx, sent, channel, told[-1].object, "held-through", 0.75, pct, m.start(), parents=False)


def deemed_holdings(ctx: Context, sent: Sent) -> None:
    """"…B持有C" + a share + "…。B由P全资拥有" + "，故P被视为" + "于该等股份中拥有权益": P holds that share of C (the last share told, not P's own)."""
    for m in _DEEMED.finditer(sent.tpl):
        holder = key_of(sent, m, "holder")
        told = next((c for c in reversed(ctx.out) if c.predicate is Predicate.HOLDS_STAKE and sent.i - 2 <= c.sent <= sent.i
                     and c.qualifiers.get("percent") is not None and holder not in (c.subject, c.object)), None)
        if holder and told is not None:
            emit_stake(ctx, sent, holder, told.object, "deemed-interest", 0.75, told.qualifiers["percent"], m.start(), parents=False)


def _holder_told_at(ctx: Context, sent: Sent, pos: int) -> str | None:
    """"…股东为A，其通过B持有…": the holder 其 stands for, as the holding told at `pos` read it."""
    return next((c.subject for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and told_at(ctx, c) == pos), None)


def _held_through(ctx: Context, sent: Sent, m: re.Match[str], holder: str | None, channels: list[str]) -> None:
    """The channels of a holding held through them hold the holder's stake too."""
    facts = [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == holder
             and c.rule != "held-through"]
    # "A直接持有C 5%，并通过B间接持有C 20%": the holding told from the channel on, not the direct one before it
    # (and not one told in a later clause: "A通过B间接控制C 21%的股份，另直接持有C 3%的股份，合计控制…")
    stop = other.start() if (other := _OTHER_CLAUSE.search(sent.tpl, m.end())) else len(sent.tpl)
    after = [c for c in facts if (at := told_at(ctx, c)) is not None and m.start() <= at < stop]
    facts = after or facts
    if not facts and holder and len(channels) == 1:
        # "P通过其全资…的B（Latin，下称“B'”）持有T" + a figure: the sentence's reading gave the figure to B, the one
        # named right before 持有; it is P's, held through B (B's own holding stays)
        for c in [c for c in ctx.out if c.sent == sent.i and c.predicate is Predicate.HOLDS_STAKE and c.subject == channels[0]
                  and c.object != holder and "percent" in c.qualifiers and (at := told_at(ctx, c)) is not None and m.start() <= at < stop]:
            ctx.emit(Predicate.HOLDS_STAKE, holder, c.object, sent, "held-through-owner", 0.75, percent=c.qualifiers["percent"],
                     as_of=c.qualifiers.get("as_of"), indirect=True)
    for c in [c for c in facts if c.object not in channels]:  # (the holder's own stake in a channel is direct)
        c.qualifiers["indirect"] = True  # the holder's figure is the channel's stake (answers count it once)
        # "A通过B合计持有": B holds a part of the sum (a 合计 in the clause after is another sum: "，合计控制…")
        summed = "合计" in sent.tpl[max(0, m.end() - 8):m.end()] or "合计" in re.split(r"[，,；]", sent.tpl[m.end():m.end() + 12])[0]
        share = c.qualifiers.get("percent") if len(channels) == 1 and not summed else None
        for ch in channels:
            emit_stake(ctx, sent, ch, c.object, "held-through", 0.75, share, told_at(ctx, c) or m.start(), parents=False)
