"""Members of a board told as what it includes: "董事包括A、其妻B，以及长子C".

A registry's or a paper's account of who sits on a board often lists them
after 包括 ("includes"), each perhaps with the kin they are to the first
(其妻, 长子, 次女): everyone listed holds the post, at the company the
sentence is about. The kin word says who the person is to the others, it is
no part of a name, and no post of its own.
"""

from __future__ import annotations

from extract.kinship import RELATIVE
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import clause_start, emit_position, hedged
from extract.rules.templates import Sent, gated

#: one item of the list: a joint, then the kin the person is (其妻, 长子), then the person
_ITEM = rf"(?:[，,]\s*)?(?:以及|及|和|与|、)?(?:其)?(?:{RELATIVE}|(?<=其)[妻夫])?<P>"
#: the post (董事, 董事会成员), 包括, then the list: every item a person
_INCLUDES = gated(rf"(?P<chain>{CHAIN})(?:会)?(?:成员)?(?:包括|包括有|计有)[：:]?(?P<list>(?:{_ITEM})+)", "包括", "计有")


def members_include(ctx: Context, sent: Sent) -> None:
    """Each person a "post + 包括" list names holds the post at the sentence's company."""
    for m in _INCLUDES.finditer(sent.tpl):
        if hedged(sent.tpl[clause_start(sent, m.start()):m.start()]):
            continue
        people = [p.key for p in sent.between(m.start("list"), m.end("list"), "P")]
        for company, info in chain_items(sent, m.start("chain"), m.end("chain"), ctx.nearest_company(sent, m.start("chain"))):
            for who in people:
                emit_position(ctx, sent, who, company, info, "members-include", "", None, 0.75)
