"""The company a text is written about or by, whole: a research note's (a
headline that opens with a name and its stock code in brackets, "X（688412）
深度报告：股权与管理层", heads a text that calls that company 公司 throughout,
whatever holder, channel or former shareholder it named last) and a press
release's (its "关于X" section, a line of its own, tells who X is): a bare post
opening a sentence of such a text is at that company (`inv.covered`)."""

from __future__ import annotations

import re

from extract.chronicle import is_chronicle
from extract.lexicon import Lexicon
from extract.mention_records import Inventory
from extract.name_words import CJK
from text.normalize import norm_name

#: a headline that opens with a name and its code (six digits on the mainland, four or five in Hong Kong)
_COVERED = re.compile(rf"\s*(?:[^：:｜|]{{0,12}}[：:｜|])?\s*([{CJK}]{{2,8}}?)[（(]\s*(?:\d{{6}}|\d{{4,5}})(?:\.\s?(?:SH|SZ|BJ|HK))?\s*[)）]")


#: a press release's section about its company, a line of its own ("关于X", "About X")
_ABOUT = re.compile(r"(?:^|\n)\s*(?:关于|About\s)\s*([^\n，。；：:]{2,30}?)\s*(?=\n)")


#: a headline that opens (or opens a clause) with a name and its stock code in the first bracket ("X（688412）深度报告",
#: "点评｜X（600123.SH）"): what has a code is a listed company, however coined its name (the body may call it only 公司)
_HEADLINE_CODE = re.compile(
    rf"(?:^|(?<=[：:，,\s｜|】」”]))([{CJK}]{{2,8}}?)[（(]\s*(?:\d{{6}}|\d{{4,5}})(?:\.\s?(?:SH|SZ|BJ|HK))?\s*[)）]")


def with_coded_name(headline: str, lex: Lexicon, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The headline's companies (`found`, as `extract.inventory.headline_companies` gives them), and the name its
    stock code introduces when no company found covers it."""
    out = list(found)
    for m in _HEADLINE_CODE.finditer(headline) if "（" in headline or "(" in headline else ():
        name = m.group(1)
        if not any(name in n or n in name for n, _k in out) and not lex.company(name) and name not in lex.places:
            out.append((name, norm_name(name)))
    return out


def covered_company_words(inv: Inventory, focus: str | None, title_norm: str, text: str = "") -> None:
    """Mark the article's focus as the company the text covers when the headline names it with its code (and
    make 公司 stand for it wherever written, unless the text defined 公司 itself) or a press release's
    "关于X" section names it."""
    if focus is None:
        return
    if "关于" in text or "About" in text:
        for m in _ABOUT.finditer(text):
            if inv.surface.get(norm_name(m.group(1))) == focus:
                inv.covered = True
    if is_chronicle(title_norm, text):
        inv.covered = True  # "X大事记": each dated line is about X
    m = _COVERED.match(title_norm)
    if m is None or inv.surface.get(norm_name(m.group(1))) != focus or inv.self_key not in (None, focus):
        return
    inv.covered = True
    if inv.self_key is None and "公司" not in inv.self_words:
        inv.self_key = focus
        inv.self_words.add("公司")
