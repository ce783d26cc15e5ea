"""HOLDS_STAKE of a parent in the subsidiary whose capital it raises, told by the share after the increase:
"A增资其香港子公司B" + a sum + "，增资后持股比例仍为100%", "A对其全资子公司B增资" + a sum + "，增资完成后持股仍为100%".

An approval notice (Taiwan's investment review, a regulator's list of approved cases) states an increase of capital
by a parent in a child it names with 其…子公司, then the parent's share after it in a clause with no holder of its
own: the share is the parent's, of that child. (The child's tie to its parent is read by `corporate`; a share of
all of it makes that tie a wholly owned one.)
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import gated
from schema import Predicate, SubsidiaryKind

#: where the child is, or its kind, between 其 and 子公司: "其在台", "其越南", "其全资"
_BETWEEN = r"[^，。；\ue000-\ue007]{0,6}?"
#: the share after the increase, in the clause after it with no holder of its own
_AFTER = (r"[^。；\ue000\ue001]*?[，,](?:本次)?(?:增资|注资)(?:完成)?后(?:的)?(?:其)?(?:持股比例|持股|股权比例)(?:将)?"
          r"(?:维持|仍为|仍|为|达|达到|提高至|增至|升至|至)?(?:约)?(?P<pct>\ue007)")
_RAISED = gated(
    rf"(?P<parent>\ue001)(?:[^，。；\ue000\ue001]{{0,6}}?)(?:(?:增资|注资)其{_BETWEEN}(?:子公司|附属公司)(?P<child>\ue001)"
    rf"|(?:对|向)其{_BETWEEN}(?:子公司|附属公司)(?P<child2>\ue001)(?:进行)?(?:增资|注资)){_AFTER}",
    "增资", "注资")


def raised_stakes(ctx: Context) -> None:
    if "增资" not in ctx.text and "注资" not in ctx.text:
        return
    for sent in ctx.sentences:
        for m in _RAISED.finditer(sent.tpl):
            parent = sent.at(m.start("parent")).key
            child = sent.at(m.start("child") if m.group("child") else m.start("child2")).key
            pct = sent.at(m.start("pct")).value
            if not parent or not child or parent == child or ctx.type_of(child) != "Company":
                continue
            emit_stake(ctx, sent, parent, child, "raised-stake", 0.8, pct, m.start("pct"), parents=False)
            if pct == 100:  # all of it after the increase: the tie `corporate` read is a wholly owned one
                for c in ctx.by_subject(child):
                    if c.predicate is Predicate.SUBSIDIARY_OF and c.object == parent and c.sent == sent.i:
                        c.qualifiers["kind"] = str(SubsidiaryKind.WHOLLY_OWNED)
