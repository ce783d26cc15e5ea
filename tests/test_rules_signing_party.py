"""Where a filing's party signs on label lines ("收购人：C" over "法定代表人：P"), P is C's legal representative, not the
listed company's the report is about (extract.rules.label_blocks); a shareholders' representative supervisor is a
supervisor (titles.tsv). Texts written for these tests."""

from __future__ import annotations

from tests.helpers import posts

_END = ("墨川光电股份有限公司\n收购报告书\n\n"
        "上市公司名称：墨川光电股份有限公司\n股票上市地点：深交所\n\n"
        "雁回城发集团有限公司拟通过协议受让取得墨川光电股份有限公司28.1%的股份；邬明哲将继续出任墨川光电董事长。\n\n"
        "收购人：雁回城发集团有限公司\n法定代表人：韦听澜\n签署日期：2024年10月21日\n")


def test_the_signers_legal_representative_is_the_partys() -> None:
    got = posts(_END)
    assert ("韦听澜", "雁回城发集团有限公司", "other") in got
    assert not any(p == "韦听澜" and c == "墨川光电股份有限公司" for p, c, _r in got)


def test_a_shareholders_representative_supervisor_is_a_supervisor() -> None:
    got = posts("苇汀理财有限公司股东会审议同意，由岑知遥担任股东代表监事。\n")
    assert ("岑知遥", "苇汀理财有限公司", "supervisor") in got
