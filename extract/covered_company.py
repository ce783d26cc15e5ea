"""The company a text is written about or by, whole: a research note's (a
headline that opens with a name and its stock code in brackets, "X（688412）
深度报告：股权与管理层", heads a text that calls that company 公司 throughout,
whatever holder, channel or former shareholder it named last) and a press
release's (its "关于X" section, a line of its own, tells who X is): a bare post
opening a sentence of such a text is at that company (`inv.covered`)."""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from extract.name_words import CJK
from text.normalize import norm_name

#: a headline that opens with a name and its code (six digits on the mainland, four or five in Hong Kong)
_COVERED = re.compile(rf"\s*(?:[^：:｜|]{{0,12}}[：:｜|])?\s*([{CJK}]{{2,8}}?)[（(]\s*(?:\d{{6}}|\d{{4,5}})(?:\.\s?(?:SH|SZ|BJ|HK))?\s*[)）]")


#: a press release's section about its company, a line of its own ("关于X", "About X")
_ABOUT = re.compile(r"(?:^|\n)\s*(?:关于|About\s)\s*([^\n，。；：:]{2,30}?)\s*(?=\n)")


def covered_company_words(inv: Inventory, focus: str | None, title_norm: str, text: str = "") -> None:
    """Make 公司 the covered company wherever the text writes it, when the headline names it with its code and it
    is the article's focus (nothing else defined 公司); mark a press release's company, its focus, as covered."""
    if focus is None:
        return
    if "关于" in text or "About" in text:
        for m in _ABOUT.finditer(text):
            if inv.surface.get(norm_name(m.group(1))) == focus:
                inv.covered = True
    if inv.self_key is not None or "公司" in inv.self_words:
        return
    m = _COVERED.match(title_norm)
    if m and inv.surface.get(norm_name(m.group(1))) == focus:
        inv.self_key = focus
        inv.self_words.add("公司")
        inv.covered = True
