"""A list of shareholders written as marked rows under a line about 股东, on lines written for these
tests: each row is its holder's share of the article's company; a short name defined in the row's
bracket is the holder; a comment line between two rows does not end the list."""

from __future__ import annotations

from .helpers import facts_of

_POST = ("$北林银行(SH601999)$\n半年报出来了，聊聊北林银行。\n先说股东。\n截至6月30日前几名是这样的：\n"
         "1️⃣ 北林国有资本投资运营集团（下面简称北林国投）15.20%，没动\n"
         "2️⃣ 南湖港务集团 7.80%\n"
         "3️⃣ 鸿泰置业 4.90% ← 注意！年报还是6.10%，减了一截\n"
         "4️⃣ 北林财金控股 3.20%\n"
         "后面几家就不列了。\n")


def test_each_marked_row_is_a_holding_of_the_article_s_company() -> None:
    held = {(f.subject.name, f.qualifiers.get("percent")) for f in facts_of(_POST, title="北林银行股东拆一拆")
            if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "北林银行"}
    assert {("北林国投", 15.2), ("南湖港务集团", 7.8), ("鸿泰置业", 4.9), ("北林财金控股", 3.2)} <= held


def test_rows_under_a_line_that_is_not_about_holders_are_no_holdings() -> None:
    text = "$北林银行(SH601999)$\n聊聊北林银行的几项业务。\n1️⃣ 南湖港务集团 7.80%\n2️⃣ 北林财金控股 3.20%\n"
    assert not [f for f in facts_of(text, title="北林银行业务") if str(f.predicate) == "HOLDS_STAKE"]
