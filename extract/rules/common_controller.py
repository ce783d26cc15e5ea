"""One controller of several companies: "A与B均为X实际控制的企业".

A note under a holder table, or a transfer between two state companies, often says that
two holders answer to one owner ("A和B均为X实际控制的公司", "A、B同为X控制的企业"): X
controls each of them. The controller is the company named right before 控制, the companies
controlled those listed before 均/同. (A share told elsewhere for the same pair
carries the control instead of a second holding.)
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from schema import Predicate

#: "A与B均为X实际控制的企业", "A、B和C同为X控制的公司", "A及B均系X最终控制的主体"
_COMMON = re.compile(r"(?P<held>\ue001(?:(?:、|和|与|及|以及)\ue001)+)(?:此前|目前|均|都|皆|同)+(?:为|是|系|属|属于)"
                     r"(?P<holder>\ue001)(?:的)?(?:实际|最终|共同)?控制(?:的|之|下的)"
                     r"(?:企业|公司|子公司|主体|实体|关联方|法人)")


def common_controller(ctx: Context) -> None:
    if "控制" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "控制" not in sent.tpl:
            continue
        for m in _COMMON.finditer(sent.tpl):
            holder = sent.at(m.start("holder")).key
            if not holder or ctx.type_of(holder) != "Company":
                continue
            for x in sent.between(m.start("held"), m.end("held"), "C"):
                if not x.key or x.key == holder:
                    continue
                told = [c for c in ctx.by_subject(holder) if c.object == x.key and c.predicate == Predicate.HOLDS_STAKE]
                if told:  # a share told elsewhere ("X持有其100%股权"): that holding is the control
                    for c in told:
                        c.qualifiers["controlling"] = True
                else:
                    ctx.emit(Predicate.HOLDS_STAKE, holder, x.key, sent, "common-controller", 0.75, controlling=True)
