"""A government body every place has one of, named with its place
("江川市国资委", "南岭省财政厅"): where the name begins before the body's word."""

from __future__ import annotations

import re

from extract.proper_parts import proper_name_words

#: bodies that are a name only with their place ("西川省财政厅", "X区国资办"): never a company alone
PLACE_BOUND = frozenset({"财政厅", "财政局", "地方金融监督管理局", "地方金融管理局", "国有资产服务中心", "国有资产管理局",
                         "国有资产管理办公室", "国有资产监督管理办公室", "国资办"})
#: a government body a place has its own of ("江川市国资委", "南岭省财政厅"), and the place before it
#: (no word of these is a prefix of another, so the order of the alternatives changes no match)
LOCAL_BODY = re.compile("|".join(sorted(PLACE_BOUND | {"国资委", "国有资产监督管理委员会", "国资局", "金融局"}, key=lambda w: (-len(w), w))))
_KIND_OF_DIVISION = re.compile(r"(?:市|省|区|县|州|自治区)(?:人民政府)?$")


def local_body_start(text: str, s: int, places: set[str] | frozenset[str]) -> int | None:
    """Where "江川市国资委" begins when the body at `s` follows a known place
    and its kind of division; a verb glued before the place ("变更为江川市国资委")
    is no part of it, so the place is found by its length, not by a leftmost match."""
    kind = _KIND_OF_DIVISION.search(text, max(0, s - 8), s)
    if kind is None:
        return None
    region = kind.group(0).startswith("自治区")  # "X自治区" + "人民政府国资委": a region's name runs to five letters
    for n in ((5, 4, 3, 2) if region else (3, 2)):
        if text[kind.start() - n:kind.start()] in places or (region and text[kind.start() - n:kind.end() - len(kind.group(0)) + 3] in places):
            return _higher_division(text, kind.start() - n, places)
    at = kind.start() - 2  # "，西川市财政局持股…": a place we do not know, two proper letters opening the clause
    if at >= 0 and (at == 0 or text[at - 1] in _BEFORE_PLACE) and proper_name_words(text[at:kind.start()]):
        return at
    if at >= 0 and proper_name_words(text[at:kind.start()]) and (higher := _higher_division(text, at, places)) < at:
        return higher  # "江川市" + "西湖区国资办": a district we do not know, after the city it is in
    return None


def _higher_division(text: str, start: int, places: set[str] | frozenset[str]) -> int:
    """Where a district's body begins when the city or province it lies in is written before it
    ("X市" + "Y区人民政府国资办"): the body's full name runs from the higher place."""
    while text[start - 1:start] in ("市", "省"):
        n = next((n for n in (3, 2) if start - 1 - n >= 0 and text[start - 1 - n:start] in places), 0)
        if not n:
            break
        start -= 1 + n
    return start


#: what may stand right before a place we do not know that opens a local body's name
_BEFORE_PLACE = frozenset("，,。；：:、（(“「和与及由为是的任\n")  # (任: "此前任西川市财政局局长")


def bare_local_body(text: str, s: int, e: int, places: set[str] | frozenset[str]) -> str | None:
    """The body "市国资委" at [s, e) stands for, written with its division's word but no place
    ("市国资委将所持…股权划入…"): the one body of that division and kind the text names in full
    ("芜湖市国资委"), else None (the State Council's body is not meant either way)."""
    level = text[s - 1:s]
    if level not in ("市", "省", "区", "县", "州"):
        return None
    names = set()
    for m in re.finditer(re.escape(level + text[s:e]), text):
        start = local_body_start(text, m.start() + 1, places)
        if start is not None:
            names.add(text[start:m.end()])
    return names.pop() if len(names) == 1 else None


#: a state-assets commission's full name after its place, and its short one: "X省人民政府国有资产监督管理委员会", "X省国资委"
_FULL_COMMISSION = "人民政府国有资产监督管理委员会"
_SHORT_COMMISSION = "国资委"


def other_body_form(name: str) -> str:
    """The other name a place's state-assets commission goes by (its short name for its full one and back), or the
    name itself for any other body."""
    if name.endswith(_FULL_COMMISSION):
        return name[:-len(_FULL_COMMISSION)] + _SHORT_COMMISSION
    if name.endswith(_SHORT_COMMISSION) and not name.endswith("人民政府" + _SHORT_COMMISSION):
        return name[:-len(_SHORT_COMMISSION)] + _FULL_COMMISSION
    return name
