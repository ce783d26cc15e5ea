"""A company's English name in brackets after its Chinese one is another
name of it ("X银行（Y Bank）", "（英文名称：Y Co., Ltd.）", "（以下简称“X”，
英文名Y）"), so a question in English finds it. Names invented."""

from __future__ import annotations

import pytest

from .helpers import aliases_of, facts_of


@pytest.mark.parametrize("text, company, english", [
    ("据工商资料，岚汀再保险股份有限公司（英文名称：Lanting Reinsurance Co., Ltd.）注册资本为50亿元，总经理为赵立新。",
     "岚汀再保险股份有限公司", "Lanting Reinsurance Co., Ltd."),
    ("本报讯 岚汀数科集团有限公司（以下简称“岚汀数科”，英文名Lanting Data Group）昨日公布年报，董事长冯立树称收入增长。",
     "岚汀数科集团有限公司", "Lanting Data Group"),
])
def test_an_english_name_in_brackets_is_the_companys(text: str, company: str, english: str) -> None:
    assert english in aliases_of(text, company)


def test_a_code_or_a_place_in_brackets_is_no_name() -> None:
    text = ("岚汀控股有限公司（USD）公布业绩。监管部门同意岚汀人寿保险股份有限公司（英文名称：Lanting Life Insurance Co., Ltd.）"
            "开业，总经理为赵立新。")
    aliases = {a for f in facts_of(text) for e in (f.subject, f.object) for a in e.aliases}
    assert "Lanting Life Insurance Co., Ltd." in aliases and "USD" not in aliases
