"""The company an article's 本公司 / 本行 / 本集团 stand for: its announcer.

An exchange announcement opens with a letterhead, the issuer's names and then
its place of incorporation or its stock code ("X控股有限公司（于" + a place + "注册
成立的有限公司）（股份代号：8888）"); a news article that quotes an announcement
names the announcer first ("东海银行…发布公告称：…本公司全资子公司…").
A notice's header may give it
as a field ("证券代码：600000　证券简称：北林银行"). In all, 本公司 is that company, whichever company the article mentions most.
"""

from __future__ import annotations

import re

from extract.mention_records import Inventory
from extract.name_scan import NameScan
from text.normalize import norm_name

#: what follows the issuer's name in a letterhead
_LETTERHEAD_MARK = re.compile(
    r"[（(](?:于|於)[^（）()\n]{2,24}?(?:注册成立|註冊成立|注册|成立)[^（）()\n]{0,16}[）)]"
    r"|[（(](?:股份代号|股份代號|股票代码|证券代码|證券代碼)[：:]"
)
#: the field of a notice's header that gives its issuer's short name
#: (or, in a Taiwan MOPS notice, the name field after the company's code: "公司代号：NNNN　公司名称：甲")
_SHORT_NAME_FIELD = re.compile(r"(?:证券简称|股票简称|公司简称|證券簡稱|股票簡稱|公司簡稱|(?<=[\s　])(?:公司名称|公司名稱)(?=[：:]))[：:]\s*")
#: "X发布(了一份)…公告": X quotes its own announcement
_ANNOUNCES = re.compile(r"(?:发布|披露|公布|发出)(?:了)?[^。；\n]{0,30}?公告")
_HEAD = 400


def find_announcer(inv: Inventory, text: str, surf_re: NameScan | None) -> str | None:
    """The key of the article's announcer, or None when it names none."""
    if inv.self_key in inv.entities:
        return inv.self_key  # "X（「Y」或「本公司」）": the text says which company it is
    if surf_re is None:
        return None
    if (key := header_issuer(inv, text, surf_re)) is not None:
        return key
    verb = _ANNOUNCES.search(text)
    if verb is not None:
        clause = max(text.rfind(c, 0, verb.start()) for c in "，。；\n") + 1
        return _last_company(inv, surf_re, text, clause, verb.start())
    return None


def header_issuer(inv: Inventory, text: str, surf_re: NameScan | None) -> str | None:
    """The issuer a notice's head names as its own: a header field ("证券简称：X", a Taiwan notice's "公司简称：X")
    or a letterhead. Such a notice's numbered items are its own, never other companies' news (pipeline's digest)."""
    if surf_re is None:
        return None
    field = _SHORT_NAME_FIELD.search(text, 0, _HEAD)
    if field is not None and (m := surf_re.match(text, field.end())) is not None:
        key = inv.surface.get(norm_name(m.group(0)))
        if key and key.startswith("C:"):
            return key  # "证券代码：600000　证券简称：北林银行": the issuer's short name, in the notice's header
    mark = _LETTERHEAD_MARK.search(text, 0, _HEAD)
    if mark is not None:
        key = _last_company(inv, surf_re, text, max(0, mark.start() - 80), mark.start())
        if key:
            return key
    return None


def _last_company(inv: Inventory, surf_re: NameScan, text: str, a: int, b: int) -> str | None:
    keys = [inv.surface.get(norm_name(m.group(0))) for m in surf_re.finditer(text, a, b)]
    keys = [k for k in keys if k and k.startswith("C:")]
    return keys[-1] if keys else None
