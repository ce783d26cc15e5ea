"""SUBSIDIARY_OF named after a dash.

Two shapes of Chinese news and notices:

* a subsidiary's line of business, 子公司 and a dash, then its name: "C财富管理子公司——A…", and a
  sentence after it that opens the same way without the parent: "产业投资子公司——B…" (the parent the
  sentences before named with their dash);
* a lead that names a parent's subsidiaries as a group before a colon, then one item a line, each opening with a
  dash and the subsidiary's name: "C下属N家子公司…：" + "——A：…" + "——B：…".

The kind is wholly owned when the words say 全资 or the sentence gives the parent all of the child's shares (the
stake rules have run: this rule runs after them).
"""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.subsidiary_shapes import emit_subsidiary
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

#: "C财富管理子公司——A", "产业投资子公司——B" (a line of business of up to eight letters, no clause break)
_NAMED_AFTER_DASH = pattern(r"(?:(?P<parent><C>)(?:的)?)?(?:[^\ue000-\ue007，。；、：“”]{0,8}?)(?P<kind>(?:全资|控股)?子公司)(?:——|—)(?P<child><C>)")
#: the company's own firm of a kind somewhere, described and then named after a dash: "公司在香港的虚拟银行——A",
#: "C的数字银行——A" (a firm's kind word ends the description; a partner, client or holder is no kind of firm of C's)
_OWN_KIND_DASH = pattern(r"(?P<parent><C>)(?:在[\u4e00-\u9fff]{2,6})?的(?P<desc>[\u4e00-\u9fff]{0,6}(?:银行|财务公司|保险公司|证券公司|信托公司|理财公司))(?:——|—)(?P<child><C>)")
_NOT_OWN = ("合作", "客户", "股东", "对手", "同业", "竞争")
#: a lead before a colon: C, perhaps 旗下/下属 and a count, (全资/控股)子公司, any words, then "："
_LEAD = pattern(r"(?P<parent><C>)(?:的)?(?:旗下|下属)?(?:的)?(?:[两二三四五六七八九十\d]+家)?(?P<kind>(?:全资|控股)?子公司)[^。；\ue001]*[：:]$")
#: an item under such a lead: "——A：…"
_ITEM = pattern(r"^\s*(?:——|—)\s*(?P<child><C>)[：:]")
#: how many sentences back a parent named with a dash still stands for a sentence that opens with its line
_BACK = 2


def _kind(ctx: Context, parent: str, child: str, words: str) -> SubsidiaryKind:
    """Wholly owned when the words say so or a stake of 100 % was read (anywhere in the article)."""
    if "全资" in words or any(c.predicate is Predicate.HOLDS_STAKE and c.subject == parent and c.object == child
                              and c.qualifiers.get("percent") == 100.0 for c in ctx.out):
        return SubsidiaryKind.WHOLLY_OWNED
    return SubsidiaryKind.SUBSIDIARY


def _dashed(ctx: Context, sent: Sent, last: tuple[int, str] | None) -> tuple[int, str] | None:
    for m in _NAMED_AFTER_DASH.finditer(sent.tpl):
        child = sent.at(m.start("child")).key
        if m.group("parent"):
            parent = sent.at(m.start("parent")).key
        elif m.start() == 0 and last is not None and sent.i - last[0] <= _BACK:
            parent = last[1]  # "产业投资子公司——B": the parent the dash before named
        else:
            continue
        if parent and child:
            emit_subsidiary(ctx, sent, child, parent, "dash-subsidiary", 0.8, _kind(ctx, parent, child, m.group("kind") + sent.tpl[m.end():]))
            last = (sent.i, parent)
    return last


def _own_kind(ctx: Context, sent: Sent) -> None:
    for m in _OWN_KIND_DASH.finditer(sent.tpl):
        if any(w in m.group("desc") for w in _NOT_OWN):
            continue
        parent, child = sent.at(m.start("parent")).key, sent.at(m.start("child")).key
        if parent and child:
            emit_subsidiary(ctx, sent, child, parent, "own-kind-dash", 0.75, _kind(ctx, parent, child, m.group("desc")))


def _items(ctx: Context, sent: Sent) -> None:
    lead = _LEAD.search(sent.tpl)
    if lead is None:
        return
    parent = sent.at(lead.start("parent")).key
    for later in ctx.sentences[sent.i + 1:]:
        item = _ITEM.match(later.tpl)
        if item is None:
            break
        child = later.at(item.start("child")).key
        if parent and child:
            emit_subsidiary(ctx, later, child, parent, "dash-items", 0.8, _kind(ctx, parent, child, lead.group("kind")))


def dash_subsidiaries(ctx: Context) -> None:
    last: tuple[int, str] | None = None
    for sent in ctx.sentences:
        if "—" in sent.tpl:
            _own_kind(ctx, sent)
        if "子公司" not in sent.tpl:
            continue
        last = _dashed(ctx, sent, last)
        if sent.tpl.endswith(("：", ":")):
            _items(ctx, sent)
