"""Where a filing's party signs on label lines ("收购人：C" over "法定代表人：P"), P is C's legal representative, not the
listed company's the report is about (extract.rules.label_blocks); a shareholders' representative supervisor is a
supervisor (titles.tsv)."""

from __future__ import annotations

from tests.helpers import posts

_END = ("松岩新材股份有限公司\n收购报告书（摘要）\n\n"
        "上市公司名称：松岩新材股份有限公司\n股票上市地点：上海证券交易所\n\n"
        "本次收购后，澜沧产业发展集团有限公司将持有松岩新材股份有限公司30.5%股份，松岩新材的董事长仍由甘慕远担任。\n\n"
        "收购人：澜沧产业发展集团有限公司\n法定代表人：卢望舒\n签署日期：2025年4月2日\n")


def test_the_signers_legal_representative_is_the_partys() -> None:
    got = posts(_END)
    assert ("卢望舒", "澜沧产业发展集团有限公司", "other") in got
    assert not any(p == "卢望舒" and c == "松岩新材股份有限公司" for p, c, _r in got)


def test_a_shareholders_representative_supervisor_is_a_supervisor() -> None:
    got = posts("北辰消费金融股份有限公司召开创立大会。\n会议选举孟远舟为股东代表监事，与职工代表监事共同组成监事会。\n")
    assert ("孟远舟", "北辰消费金融股份有限公司", "supervisor") in got
