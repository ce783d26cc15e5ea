"""Subsidiaries told as a list, and one percentage for them all.

"C旗下子公司包括A、B及D", "C的子公司包括A和B", "C称" + "，旗下子公司包括A、B及D" (or after a count of them all,
"C控股N家企业，其中全资子公司有A、B等") (the parent the
clause's speaker, or the company the text is about), and a clause after it
that gives the parent's holding in each at once: "，" + the parent + "对各子公司的" + "持股比率
均为100%" (each child a HOLDS_STAKE of that figure; 100% makes each wholly
owned).

Counted lists: a kind, a count, then "分别为" and the names (or the count first: "拥有N家全资子公司" + "，分别为A和B"), "控股子公司N家，分别为A（持股…）
和B（持股…）" (the parent holds each child at its bracketed share; the
parent is the company named before, else the one the text is about);
"C旗下拥有A、B两家子公司", "旗下拥有A等4家子公司" (or in a later clause of C's sentence: "C为…上市公司，…，旗下有A及B两家子公司"); and a count that looks back on the companies the
clauses before named: "C持有A…的股份，持有B…的股份" + "，上述两家均为该行控股
子公司", "…，两家均" + "作为联营企业" + "按权益法核算" (联营/合营 are associates).
"""

from __future__ import annotations

import re

from extract.mentions import surface_names
from extract.rules.base import Context
from extract.rules.stake_emit import emit_stake
from extract.rules.templates import COMPANY_LIST, Sent, gated, pattern
from extract.rules.topics import topic_of
from schema import Predicate, SubsidiaryKind
from text.normalize import norm_name

#: the children of a list, each with its short name or a note in brackets after it ("A（下称“A'”）和B（持牌放债人）")
_BRACKETED_LIST = r"\ue001(?:[（(][^（）()]{0,40}[）)])?(?:(?:、|和|及|与|以及)\ue001(?:[（(][^（）()]{0,40}[）)])?)*"
_INCLUDES = gated(
    rf"(?:(?P<parent><C>)(?P<of>的)?|(?P<ref>其)|(?:(?<=[，,：:])|^)(?:目前|现时|现|当前|其中)?)(?(of)(?:旗下|下属)?|(?:旗下|下属|(?=主要)|(?<=其中)|(?=(?:目前)?\ue007持有)))(?:的)?(?:[\d一二三四五六七八九十两]+家)?"
    rf"(?:目前)?(?:(?P<held>\ue007)持有(?:之|的))?(?:主要)?(?:营运|持牌)?(?P<kind>全资子公司|子公司|全资附属公司|附属公司)(?:主要)?(?:包括|有|为|涵盖|计有)[：:]?"
    rf"(?P<children>{_BRACKETED_LIST})(?:等(?:公司|企业)?|[两三四五六七八九十\d]家)?(?=[，,。；]|$)"
, "子公司", "附属公司")  # (with the parent named and 的, 旗下 may go: "C的子公司包括A和B")
# ("…子公司计有A（A'）、B（B'）及D三家": each child may have its short name or a note in brackets; "C目前百分之百持有之子公司"
# + "计有…": the share the parent holds in each, a Taiwan filing's wording)
#: "，" + the parent + "对各子公司的" + "持股比率均为" + a figure, "，对上述子公司持股比例均为" + a figure
#: (or with no object: "，" + the parent + "持股比率均为" + a figure — the parent's share in each)
_SHARED = pattern(r"[，,](?:<C>|[^，。；\ue000\ue001]{0,6}?)(?:对(?:各|上述|前述|以上|该等|所有)(?:家)?(?:子公司|公司)(?:的)?持股(?:比率|比例)?|持股(?:比率|比例))(?:均|皆|都)(?:为|是|达)?(?P<pct><R>)")


#: a share in brackets after a listed child: "A（持股70%）"
_PCT_NOTE = r"(?:[（(](?:持股|持有)(?:比例)?(?:为)?(?:约)?\ue007(?:股权|股份)?[）)])?"
_CLP = rf"\ue001{_PCT_NOTE}(?:(?:、|和|及|与|以及)\ue001{_PCT_NOTE})*"
_COUNT = r"[\d一二三四五六七八九十两]+家"
_KINDS = r"(?P<kind>全资子公司|控股子公司|子公司|联营企业|联营公司|合营企业|合营公司)"
_COUNTED = pattern(rf"(?:(?P<parent><C>)(?:的)?|(?P<ref>其))?(?:旗下|下属)?(?:共有|拥有|有)?(?P<pre>{_COUNT})?{_KINDS}(?(pre)|(?:共|增至|增加至|增加到|增为|增為|达到|达|達)?{_COUNT})[，,：:]?(?:分别|分別)?(?:为|為|是|包括)[：:]?"
                   rf"(?P<children>{_CLP})(?=[，,。；]|$)")
#: a count, then each child with its holder's share: "子公司共N家：" then "A，发行人持股" + a figure + "；B，发行人持股" + a figure
_COUNTED_THEN_ITEMS = pattern(rf"{_KINDS}(?:共)?{_COUNT}[：:]")
_ITEM_HELD = pattern(r"(?:(?<=[：:；;])|^)(?P<child>\ue001)(?:[（(][^（）()]{0,30}[）)])?[，,](?P<holder>\ue001)(?:直接)?(?:持股|持有)(?:比例)?(?:为)?(?P<pct><R>)")
#: a count of companies under a parent, then a colon and one item each, every item opening with the child's name and
#: the items parted by "；" (a sentence each): "C旗下共有四家持牌公司：A经营…；B…；D…；E…" (持牌机构, 公司: a kind of
#: company, 持牌公司 read as 持牌 and a 公司 mention; under 旗下 each is the parent's subsidiary)
_COUNTED_COLON = pattern(rf"(?:(?P<parent><C>)(?:的)?|(?P<ref>其)|(?<=[，,]))(?:旗下|下属)(?:共|目前|现)?(?:拥有|设有|有)?(?P<n>{_COUNT})"
                         rf"(?P<kind>全资子公司|控股子公司|子公司|附属公司|持牌机构|持牌\ue001|金融机构|公司)[：:]")
_PIECE_HEAD = re.compile(r"\s*(?:[\d一二三四五六七八九十]{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,2}[）)])?\s*")
_COLON_ITEM = re.compile(r"(?:(?<=[：:；;])|^)\s*(?:[\d一二三四五六七八九十]{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,2}[）)])?\s*(\ue001)")
#: (an adverb may stand before or after 旗下 — "目前旗下有", "旗下另有", "另拥有", "旗下已有", "旗下还拥有" — and the count
#: may be vague with a kind of business before the kind: "等多家金融子公司", "兩家全資子公司"; both scripts)
_ADVERB = r"(?:目前|現時|现时|现在|現在|现|現|当前|當前|共|另|另外|还|還|亦|也|已|已经|已經|原已|现已|現已|同时|同時)"
_VAGUE_COUNT = r"(?:[\d一二三四五六七八九十两兩]+|多|数|數|几|幾)家"
_LIST_KINDS = r"(?:金融|持牌|境内|境內|境外|海外|主要|核心)?(?P<kind>全资子公司|全資子公司|控股子公司|子公司|全资附属公司|全資附屬公司|附属公司|附屬公司)"
_NAMED_THEN_COUNTED = pattern(rf"(?:(?P<parent><C>)(?:的)?|(?P<ref>其)|(?<=[，,])(?={_ADVERB}{{0,2}}(?:旗下|下属|下屬)))"
                              rf"{_ADVERB}{{0,2}}(?:旗下|下属|下屬)?{_ADVERB}{{0,3}}(?:拥有|擁有|设有|設有|下设|下設|有)"
                              rf"(?P<children>{COMPANY_LIST})(?:等)?{_VAGUE_COUNT}{_LIST_KINDS}")
_THESE_ARE = pattern(rf"(?P<back>上述|以上|前述|这)?(?P<n>[\d两三四五六七八九十]+)家[\u4e00-\u9fff]{{0,6}}?(?:均|都|皆)(?:已)?(?:为|是|系|作为|属于|成为)"
                     rf"(?:(?P<parent><C>)|该行|该公司|公司|其|本行)?(?:的)?(?:旗下|下属)?(?:的)?{_KINDS}")
#: the speaker's own company owning what follows: "我们旗下有A" (an interview's answer)
_WE_OWN = re.compile(r"(?:我们|我司|我行)(?:公司|集团)?(?:的)?(?:旗下|下属)")
_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _kind_of(word: str) -> SubsidiaryKind:
    if "联营" in word or "合营" in word:
        return SubsidiaryKind.ASSOCIATE
    return SubsidiaryKind.WHOLLY_OWNED if "全资" in word or "全資" in word else SubsidiaryKind.SUBSIDIARY


def _parent_before(ctx: Context, sent: Sent, pos: int, children: list[str]) -> str | None:
    """The company named before `pos`, else the one the sentence, the one before, or the text is about."""
    return next((k for k in (*(c.key for c in reversed(sent.between(0, pos, "C"))), topic_of(sent), sent.prev_topic, ctx.focus)
                 if k and k not in children), None)


def counted_subsidiaries(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    counted = ctx.memo.get("counted-items")
    if counted and counted[0] == sent.i - 1:  # "…共N家：A，C持股…；" + "B，C持股…。": the list goes on after ；
        _held_items(ctx, sent, 0, counted[1])
    if "家" not in tpl:
        return  # every counted shape names a count of companies
    for m in _COUNTED_COLON.finditer(tpl):
        n = int(m.group("n")[:-1]) if m.group("n")[:-1].isdigit() else _NUMERALS.get(m.group("n")[:-1], 0)
        parent = sent.at(m.start("parent")).key if m.group("parent") else (
            topic_of(sent) if not m.group("ref") else None) or _parent_before(ctx, sent, m.start(), [])
        if parent and n >= 2:
            _colon_items(ctx, sent, m.end(), parent, n, m.group("kind"))
    claimed = ctx.memo.setdefault("subsidiary-list-pcts", set())  # bracketed shares read here, not as a holder's
    for rx in (_COUNTED, _NAMED_THEN_COUNTED):
        for m in rx.finditer(tpl):
            children = [c.key for c in sent.between(m.start("children"), m.end("children"), "C") if c.key]
            parent = sent.at(m.start("parent")).key if m.group("parent") else _parent_before(ctx, sent, m.start(), children)
            kind = _kind_of(m.group("kind"))
            for c in sent.between(m.start("children"), m.end("children"), "C"):
                if not parent or not c.key or c.key == parent:
                    continue
                ctx.emit(Predicate.SUBSIDIARY_OF, c.key, parent, sent, "subsidiaries-counted", 0.85, kind=str(kind))
                note = re.match(r"[（(][^）)\ue007]*(\ue007)", tpl[sent.pos_of(c) + 1:])
                if note:
                    at = sent.pos_of(c) + 1 + note.start(1)
                    claimed.add((sent.i, at))
                    emit_stake(ctx, sent, parent, c.key, "subsidiaries-counted", 0.8, pct=sent.at(at).value, pos=at, parents=False)
    for m in _COUNTED_THEN_ITEMS.finditer(tpl):
        _held_items(ctx, sent, m.end(), m.group("kind"))
    for m in _THESE_ARE.finditer(tpl):
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMERALS.get(m.group("n"), 0)
        named = [c.key for c in sent.between(0, m.start(), "C") if c.key and not c.focus]
        # "上述N家均为" + "该行控股子公司": 该行 is the holder the sentence opened with
        said = sent.at(m.start("parent")) if m.group("parent") else None
        parent = said.key if said and not said.focus else next(iter(named), None) or sent.prev_topic or ctx.focus
        if not said and _WE_OWN.search(sent.tpl, 0, m.start()) and ctx.focus:
            parent = ctx.focus  # "（P：）我们旗下有A，…B" + "，两家都是全资子公司": the speaker's company, the one the text is about
        earlier = list(dict.fromkeys(k for k in named if k != parent))
        if m.group("back") and len(earlier) < n and sent.i > 0:  # "…。上述N家公司均成为" + "C旗下子公司": the ones the sentence before listed
            before = ctx.sentences[sent.i - 1]
            keys = [c.key for c in before.mentions if c.kind == "C" and not c.focus] + _named_between(ctx, before.end, sent.start)
            earlier = list(dict.fromkeys(k for k in keys if k and k != parent))
        if not m.group("back") and len(earlier) < n and (listed := _list_of(ctx, sent, n, parent)):
            earlier = listed  # "…吸收合并A、B和C。…。三家村镇银行均为C的控股子公司": the list of that many a sentence before named
        if not parent or n < 2 or len(earlier) < n:
            if parent and m.group("back") and n >= 2:  # "上述N家公司均成为C的控股子公司" after a story of C's deals, one a paragraph
                ctx.memo.setdefault("counted-back", []).append((sent.i, n, parent, m.group("kind")))  # (`held_counts` reads C's holdings)
            continue
        for child in earlier[-n:]:
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-counted", 0.8, kind=str(_kind_of(m.group("kind"))))


#: a list of companies one after another: "A、B和C"
_LIST = re.compile(COMPANY_LIST)


def _list_of(ctx: Context, sent: Sent, n: int, parent: str | None) -> list[str]:
    """The companies of the last list of exactly `n` the few sentences before named ("三家…均为…" looks back on them)."""
    for j in range(sent.i - 1, max(-1, sent.i - 4), -1):
        prev = ctx.sentences[j]
        for m in reversed(list(_LIST.finditer(prev.tpl))):
            keys = list(dict.fromkeys(c.key for c in prev.between(m.start(), m.end(), "C") if c.key and not c.focus))
            if len(keys) == n and parent not in keys:
                return keys
    return []


def _named_between(ctx: Context, a: int, b: int) -> list[str]:
    """The companies named, in order, in text no rule analysed between two sentences ("…划转至C；C同时新设D。上述3家…":
    the sentence that names the third has no trigger word)."""
    gap = ctx.text[a:b]
    if not gap.strip() or (rx := surface_names(ctx.inv)) is None:
        return []
    keys = [ctx.inv.surface.get(norm_name(m.group(0))) for m in rx.finditer(gap)]
    return [k for k in keys if k and k.startswith("C:")]


def _colon_items(ctx: Context, sent: Sent, start: int, parent: str, left: int, word: str) -> None:
    """The children a counted colon list names from `start` on, each opening an item: `parent`'s subsidiaries, `left` of
    them still to come (a sentence that ends in "；" carries the list on into the text after it)."""
    kind = SubsidiaryKind.WHOLLY_OWNED if word.startswith("全资") else SubsidiaryKind.SUBSIDIARY
    for item in _COLON_ITEM.finditer(sent.tpl, start):
        if left <= 0:
            return
        child = sent.at(item.start(1)).key
        if child and child != parent:
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-counted-colon", 0.8, kind=str(kind))
            left -= 1
    if left <= 0 or not sent.tpl.rstrip().endswith(("；", ";")) or (rx := surface_names(ctx.inv)) is None:
        return
    # "…N家持牌公司：A…；" + "B…；" + "D…。": the items after ；, read in the text (an item may hold no word a rule is run for)
    stop = ctx.text.find("。", sent.end)
    for piece in re.split(r"[；;]", ctx.text[sent.end:stop if stop >= 0 else len(ctx.text)])[:left]:
        head = _PIECE_HEAD.match(piece)
        named = rx.match(piece, head.end()) if head else None
        child = ctx.inv.surface.get(norm_name(named.group(0))) if named else None
        if child and child.startswith("C:") and child != parent:
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-counted-colon", 0.75, kind=str(kind))


def _held_items(ctx: Context, sent: Sent, start: int, word: str) -> None:
    """Each "A，C持股n%" from `start` on: A is C's subsidiary (wholly owned at 100%)."""
    for item in _ITEM_HELD.finditer(sent.tpl, start):
        pct = sent.at(item.start("pct")).value
        kind = SubsidiaryKind.WHOLLY_OWNED if pct == 100 else _kind_of(word)
        child, parent = sent.at(item.start("child")).key, sent.at(item.start("holder")).key
        if child and parent and child != parent:
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-counted-items", 0.8, kind=str(kind))
    if sent.tpl.endswith(("；", ";")):
        ctx.memo["counted-items"] = (sent.i, word)


def _outside_brackets(sent: Sent, a: int, b: int) -> list:
    """The companies named in tpl[a:b] outside brackets: the children of a list, not a short name or a holder in a note."""
    out, depth = [], 0
    for p in range(a, b):
        ch = sent.tpl[p]
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
        if depth == 0 and ch == "\ue001":
            out.append(sent.at(p))
    return out


def listed_subsidiaries(ctx: Context, sent: Sent) -> None:
    tpl = sent.tpl
    for m in _INCLUDES.finditer(tpl):
        children = [c.key for c in _outside_brackets(sent, m.start("children"), m.end("children")) if c.key]
        # ("C称" + "，旗下子公司包括…", "其旗下子公司包括…": the company named before, else the one the text is about)
        parent = sent.at(m.start("parent")).key if m.group("parent") else _parent_before(ctx, sent, m.start(), children)
        shared = _SHARED.match(tpl, m.end())
        pct = sent.at(shared.start("pct")).value if shared else sent.at(m.start("held")).value if m.group("held") else None
        whole = pct == 100 or m.group("kind").startswith("全资")
        kind = SubsidiaryKind.WHOLLY_OWNED if whole else SubsidiaryKind.SUBSIDIARY
        for child in children:
            if not parent or child == parent:
                continue
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-include", 0.85, kind=str(kind))
            if pct is not None:
                emit_stake(ctx, sent, parent, child, "subsidiaries-share", 0.8, pct=pct,
                           pos=shared.start("pct") if shared else m.start("held"), parents=False)
