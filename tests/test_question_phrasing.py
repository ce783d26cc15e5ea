"""An analyst's phrasings of a Chinese question read as the forms' own:
a courtesy before it, a particle after it, other ways to ask who, 叫什么
after a party's rank, 有哪些 before a post's title. Questions written for
these tests."""

from __future__ import annotations

import pytest

from service.question import parse


@pytest.mark.parametrize("q, intent, subject, role", [
    ("请问青梧银行的董事长是谁", "role_of", "青梧银行", "chairman"),
    ("我想知道青梧银行的控股股东是谁", "controller", "青梧银行", None),
    ("青梧银行的股东是谁呢", "holders", "青梧银行", None),
    ("青梧银行的董事长是哪一位", "role_of", "青梧银行", "chairman"),
    ("青梧银行的实际控制人是哪一位", "controller", "青梧银行", None),
    ("青梧银行的行长姓甚名谁", "role_of", "青梧银行", "president"),
    ("青梧银行的母公司叫什么", "parent", "青梧银行", None),
    ("青梧银行的控股股东叫什么名字", "controller", "青梧银行", None),
    ("青梧银行的创始人叫什么", "founders", "青梧银行", None),
    ("青梧银行有哪些独立董事", "role_of", "青梧银行", "independent_director"),
    ("青梧银行都有哪些副行长", "role_of", "青梧银行", "vice_president"),
    ("青梧银行的实际控制人是哪个机构", "controller", "青梧银行", None),
    ("韩立德由谁接任", "successors", "韩立德", None), ("韩立德被谁接替", "successors", "韩立德", None),
    ("谁接了韩立德的位置", "successors", "韩立德", None),
    ("青梧银行由哪些人创办", "founders", "青梧银行", None), ("青梧银行由谁发起设立", "founders", "青梧银行", None),
    ("青梧银行于哪家交易所上市", "listed", "青梧银行", None),
    ("谁出任了青梧银行董事长", "role_of", "青梧银行", "chairman"),
    ("青梧银行的董事长兼总经理", "role_of", "青梧银行", "chairman"),  # two posts of one person: who holds the first
    ("青梧银行的行政总裁兼执行董事是谁", "role_of", "青梧银行", "ceo"),
])
def test_an_analysts_phrasing_reads_as_the_forms_own(q: str, intent: str, subject: str, role: str | None) -> None:
    p = parse(q)
    assert (p.intent, p.subject, p.role.value if p.role else None) == (intent, subject, role)


@pytest.mark.parametrize("q, intent, subject", [
    ("青梧银行现在叫什么", "new_names", "青梧银行"),  # 叫什么 of the company itself: its new name
    ("青梧银行上市了吗", "listed", "青梧银行"),  # 吗 asks yes or no, it stays
    ("谁控制娃呀银行", "controller", "娃呀银行"),  # a particle inside a name is the name's
    ("青梧银行有哪些子公司", "subsidiaries", "青梧银行"),
    ("青梧银行的董事长由谁接任", "role_of", "青梧银行"),  # 由谁接任 of a post asks who holds it
    ("谁接替邵建新任总经理", "successors", "邵建新"),  # 新 ending a name
])
def test_what_the_rewrites_leave_alone(q: str, intent: str, subject: str) -> None:
    p = parse(q)
    assert (p.intent, p.subject) == (intent, subject)
