"""A holding told at a company's founding, on sentences written for these tests (not gold text):
"C发起设立时，A出资N，持股X%" is A's share of C (the company being set up), not of the company the
sentences before were about."""

from __future__ import annotations

from .helpers import facts_of


def test_a_founders_share_is_of_the_company_set_up() -> None:
    text = ("西川财政局持有西岑控股有限公司全部股权。2019年东岭人寿保险股份有限公司发起设立时，西岑控股有限公司出资5亿元，持股20%。")
    stakes = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("西岑控股有限公司", "东岭人寿保险股份有限公司", 20.0) in stakes
