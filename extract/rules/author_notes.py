"""A journal article's notes on its authors (作者简介), one clause an author: "P（D—），男，籍贯，学位，
职称，C T、T，…；P2（D2—），女，…". No verb says the posts are held: the form does. After the name,
the birth year with its open dash and the sex come the items of a short résumé (where the author is from, the degree,
an academic rank with no company), then the unit and its posts — each of them a post held now. The rank before the
unit (研究员, 教授 alone) names no unit and is left out."""

from __future__ import annotations

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_chains import CHAIN, chain_items
from extract.rules.position_emit import emit_position
from extract.rules.templates import Sent, pattern
from schema import Role
from text.normalize import norm_name

#: the units of a firm that write papers, named after it ("北林银行研究院", "北林证券研究所"): the firm's own
_RESEARCH_UNITS = ("研究院", "研究所", "研究中心", "博士后工作站")

#: the note's head: a label perhaps ("作者简介："), the name, "（1975—）", the sex (the résumé's items follow, a comma each)
_HEAD = pattern(r"^(?:[^，。；：:\ue000-\ue007]{2,8}[：:])?(?P<p><P>)[（(](?:19|20)\d{2}年?[—－–\-]{1,2}[）)][，,][男女][，,]")
#: the unit and its posts, a clause of their own (a post after them that is no title of ours may close the list:
#: "…T、" + a supervisor's rank at a university)
_UNIT = pattern(rf"(?=<C>)(?P<chain>{CHAIN})(?:、[^，。；、\ue000-\ue007]{{1,8}})*(?=[，,；;。]|$)")


def author_notes(ctx: Context) -> None:
    if "—" not in ctx.text and "－" not in ctx.text:
        return
    for sent in ctx.sentences:
        if "\ue000" not in sent.tpl or (m := _HEAD.match(sent.tpl)) is None:
            continue
        person = sent.at(m.start("p")).key
        at = m.end()
        # the first clause that opens on a unit holds the posts (the items before it are the résumé's)
        for _ in range(8):
            if (unit := _UNIT.match(sent.tpl, at)) is not None:
                company, unit_word = _firm_of_unit(ctx, sent, unit.start("chain"))
                for comp, info in chain_items(sent, unit.start("chain"), unit.end("chain"), company):
                    if unit_word and comp == sent.at(unit.start("chain")).key:
                        comp, info = company, TitleInfo(Role.OTHER, unit_word + info.title, info.modifier)
                    emit_position(ctx, sent, person, comp, info, "author-note", "", None, 0.75)
                break
            nxt = sent.tpl.find("，", at)
            if nxt < 0 or nxt - at > 16:
                break
            at = nxt + 1


def _firm_of_unit(ctx: Context, sent: Sent, at: int) -> tuple[str | None, str]:
    """The firm a research unit's name opens on, and the unit's word ("北林银行研究院" → 北林银行, "研究院"): an
    author at the unit holds a post at the firm, titled with the unit. A unit the article names on its own
    (no firm of it known) stays what it is."""
    ment = sent.at(at)
    for word in _RESEARCH_UNITS:
        if ment.text.endswith(word) and len(ment.text) > len(word) + 1:
            key = ctx.inv.surface.get(norm_name(ment.text[:-len(word)]))
            if key and key.startswith("C:"):
                return key, word
    return ment.key, ""
