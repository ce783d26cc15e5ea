"""A group's report lists its subsidiaries after their kind (集团控股子公司A（集团持股p%）、B；对全资子公司C…), and a
notice names "公司另一子公司X". Invented reports."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_group_list_and_the_groups_share_in_brackets() -> None:
    text = ("2023年度，澜屿产融控股集团有限公司（以下简称“澜屿集团”）营业收入48亿元。"
            "报告期内，集团风控委员会共召开六次会议，督促集团控股子公司澜屿小额贷款股份有限公司（集团持股55%）、"
            "澜屿商业保理有限公司压降逾期资产；年末，向全资子公司澜屿供应链科技有限公司增派两名董事。")
    fs = facts_of(text, title="澜屿集团2023年度社会责任报告", date="2024-04-12")
    assert quals(fs, "澜屿产融控股集团有限公司", "HOLDS_STAKE", "澜屿小额贷款股份有限公司")["percent"] == 55
    assert quals(fs, "澜屿商业保理有限公司", "SUBSIDIARY_OF", "澜屿产融控股集团有限公司")["kind"] == "subsidiary"
    assert quals(fs, "澜屿供应链科技有限公司", "SUBSIDIARY_OF", "澜屿产融控股集团有限公司")["kind"] == "wholly_owned"
    assert not any(str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "澜屿小额贷款股份有限公司" for f in fs)


def test_another_subsidiary_of_the_named_parent() -> None:
    text = ("鹭汀食品股份有限公司（以下简称“公司”）控股子公司鹭汀冷链物流有限公司拟向青碛融资租赁有限公司申请售后回租融资。"
            "青碛融资租赁有限公司是青碛实业集团有限公司的全资子公司，与公司不存在关联关系，"
            "其2022年亦曾为公司另一子公司鹭汀乳业有限公司提供设备租赁服务。")
    fs = facts_of(text, title="鹭汀食品关于子公司开展融资租赁业务的公告", date="2023-08-21")
    quals(fs, "鹭汀乳业有限公司", "SUBSIDIARY_OF", "鹭汀食品股份有限公司")
    assert not any(str(f.predicate) == "SUBSIDIARY_OF" and f.subject.name == "鹭汀乳业有限公司"
                   and f.object.name == "青碛实业集团有限公司" for f in fs)
