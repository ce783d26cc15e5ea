"""Subsidiaries told as a list, and one percentage for them all.

"C旗下子公司包括A、B及D", "C表示，目前旗下子公司包括A、B及D" (the parent the
clause's speaker, or the company the text is about), and a clause after it
that gives the parent's holding in each at once: "，金控对各子公司的持股比率
均为100%" (each child a HOLDS_STAKE of that figure; 100% makes each wholly
owned).
"""

from __future__ import annotations

from extract.rules.base import Context, Sent, pattern, topic_of
from extract.rules.stake_parties import emit_stake
from schema import Predicate, SubsidiaryKind

_CL = r"\ue001(?:(?:、|和|及|与|以及)\ue001)*"
_INCLUDES = pattern(
    rf"(?:(?P<parent><C>)(?:的)?|(?P<ref>其)|(?<=[，,：:])(?:目前|现时|现|当前)?)(?:旗下|下属)(?:的)?(?:[\d一二三四五六七八九十两]+家)?"
    rf"(?P<kind>全资子公司|子公司)(?:主要)?(?:包括|有|为|涵盖)[：:]?(?P<children>{_CL})(?=[，,。；]|$)"
)
#: "，金控对各子公司的持股比率均为100%", "，对上述子公司持股比例均为100%"
_SHARED = pattern(r"[，,](?:<C>|[^，。；\ue000\ue001]{0,6}?)对(?:各|上述|前述|以上|该等|所有)(?:家)?(?:子公司|公司)(?:的)?持股(?:比率|比例)?(?:均|皆|都)(?:为|是|达)?(?P<pct><R>)")


def listed_subsidiaries(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _INCLUDES.finditer(tpl):
        children = [c.key for c in sent.between(m.start("children"), m.end("children"), "C") if c.key]
        if m.group("parent"):
            parent = sent.at(m.start("parent")).key
        else:  # "C表示，目前旗下子公司包括…", "其旗下子公司包括…": the company named before, else the one the text is about
            parent = next((k for k in (*(c.key for c in reversed(sent.between(0, m.start(), "C"))), topic_of(sent), sent.prev_topic, ctx.focus)
                           if k and k not in children), None)
        shared = _SHARED.match(tpl, m.end())
        pct = sent.at(shared.start("pct")).value if shared else None
        whole = pct == 100 or m.group("kind") == "全资子公司"
        kind = SubsidiaryKind.WHOLLY_OWNED if whole else SubsidiaryKind.SUBSIDIARY
        for child in children:
            if not parent or child == parent:
                continue
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-include", 0.85, kind=str(kind))
            if pct is not None:
                emit_stake(ctx, sent, parent, child, "subsidiaries-share", 0.8, pct=pct, pos=shared.start("pct"), parents=False)
