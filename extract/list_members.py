"""Names in a list of names: when one member of "A、B、C" is a known company
or person, the others of the same shape are names too."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.construction_checks import clean_member
from extract.lexicon import Lexicon
from extract.mention_records import Inventory
from extract.name_words import DESCRIPTOR_WORDS, segment, word_tag
from extract.persons import plausible_person
from extract.proper_parts import proper_prefix
from text.kinds import GENERIC_PREFIX
from text.normalize import norm_name

#: a whole clause with a 、 in it: tried only where a clause starts (a try from inside a clause without one ran to
#: the clause's end from every letter)
_LIST_CLAUSE = re.compile(r"(?:^|(?<=[，。；：！？\n（）“”]))[^，。；：！？\n（）“”]*、[^，。；：！？\n（）“”]*")

_LIST_LEAD = re.compile(r".*(?:包括|包含|分别为|分别是|依次为|为|是|有|投资了?|入股了?|引入了?|联合)")

_LIST_END = re.compile(r"(?:等|分别|均|共同|将|已|也|都|各|合计|合共|的|持有|持股|出资|入股|作为|成为|签署|签订).*")

_LIST_SPLIT = re.compile(r"、|以及|及|和|与")

_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&·]{2,12}")


def list_members(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """Names in a list of names: when one member of "A、B、C" is a known
    company or person, the others of the same shape are names too, of the
    kind of the known members (a person when the members are mixed and the
    name reads as one)."""
    for m in _LIST_CLAUSE.finditer(text):
        clause, base = m.group(0), m.start()
        lead = _LIST_LEAD.match(clause.split("、", 1)[0])
        off = lead.end() if lead else 0
        body = clause[off:]
        end = _LIST_END.search(body.rsplit("、", 1)[-1])
        if end:
            body = body[: len(body) - len(body.rsplit("、", 1)[-1]) + end.start()]
        items: list[tuple[int, str]] = []
        pos = 0
        for part in _LIST_SPLIT.split(body):
            i = body.find(part, pos)
            pos = i + len(part)
            items.append((base + off + i, part))
        if len(items) < 2 or not all(_ITEM.fullmatch(p) for _i, p in items):
            continue
        kinds = [inv.entities[k].type for _i, p in items if (k := inv.surface.get(norm_name(p))) in inv.entities]
        if not kinds or (lead is None and len(kinds) < 2):
            continue
        for i, p in items:
            p = re.sub(r"(?:先生|女士)$", "", p)
            key = norm_name(p)
            if (key in inv.surface or lex.company(p) or p in lex.titles or p in lex.places or lex.exchange_re.fullmatch(p)
                    or re.search(r"[省市县区州]$", p) or not clean_member(p, inv)):
                continue
            person = plausible_person(p, lex, strong=False) and (len(p) <= 3 or p[:2] in lex.compound_surnames)
            if person and ("Person" in kinds or (plausible_person(p, lex) and (word_tag(p)[0] or "nr").startswith("nr"))):
                inv.add("P:" + p, show(i, i + len(p)), "Person", key, show(i, i + len(p)), i)
            elif "Company" in kinds and not person and _list_company_ok(p):
                inv.add("C:" + p, show(i, i + len(p)), "Company", key, show(i, i + len(p)), i)



def _list_company_ok(name: str) -> bool:
    """A list member that can be a company's name: not one common word ("银行", "地方国资")."""
    if re.fullmatch(r"[\d.%]+", name) or name in GENERIC_PREFIX or name in DESCRIPTOR_WORDS:
        return False
    toks = segment(name, False)
    if len(toks) == 1:
        tag, freq = word_tag(name)
        return not (tag and tag[0] in "nvadr" and tag[:2] not in ("nr", "ns", "nt", "nz") and freq > 50)
    return proper_prefix(name)
