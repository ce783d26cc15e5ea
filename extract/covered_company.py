"""The company a research note covers: a headline that opens with a name and
its stock code in brackets ("X（688412）深度报告：股权与管理层") heads a text
that calls that company 公司 throughout, whatever holder, channel or former
shareholder it named last (the note never names it again)."""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from extract.name_words import CJK
from text.normalize import norm_name

#: a headline that opens with a name and its code (six digits on the mainland, four or five in Hong Kong)
_COVERED = re.compile(rf"\s*(?:[^：:｜|]{{0,12}}[：:｜|])?\s*([{CJK}]{{2,8}}?)[（(]\s*(?:\d{{6}}|\d{{4,5}})(?:\.\s?(?:SH|SZ|BJ|HK))?\s*[)）]")


def covered_company_words(inv: Inventory, focus: str | None, title_norm: str) -> None:
    """Make 公司 the covered company wherever the text writes it, when the headline names it with its code and it
    is the article's focus (nothing else defined 公司)."""
    if inv.self_key is not None or focus is None or "公司" in inv.self_words:
        return
    m = _COVERED.match(title_norm)
    if m and inv.surface.get(norm_name(m.group(1))) == focus:
        inv.self_key = focus
        inv.self_words.add("公司")
        inv.covered = True
