"""A group's report lists its subsidiaries after their kind (集团控股子公司A（集团持股p%）、B；对全资子公司C…), and a
notice names "公司另一子公司X". Invented reports."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_a_group_list_and_the_groups_share_in_brackets() -> None:
    text = ("岷峨投资控股集团有限公司（以下简称“岷峨集团”）党委召开会议。集团党委书记房启明主持。"
            "会议要求，集团控股子公司岷峨商业银行股份有限公司（集团持股62%）、岷峨典当有限公司等加强风控。"
            "同时，对全资子公司岷峨数据服务有限公司开展内部审计。集团将持续推进整改。")
    fs = facts_of(text, title="岷峨集团党委会议纪要", date="2024-06-01")
    assert quals(fs, "岷峨投资控股集团有限公司", "HOLDS_STAKE", "岷峨商业银行股份有限公司")["percent"] == 62
    assert quals(fs, "岷峨典当有限公司", "SUBSIDIARY_OF", "岷峨投资控股集团有限公司")["kind"] == "subsidiary"
    assert quals(fs, "岷峨数据服务有限公司", "SUBSIDIARY_OF", "岷峨投资控股集团有限公司")["kind"] == "wholly_owned"
    assert not any(str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "岷峨商业银行股份有限公司" for f in fs)


def test_another_subsidiary_of_the_named_parent() -> None:
    text = ("北辰机电股份有限公司（以下简称“公司”）全资子公司北辰精密有限公司为舟曲银行股份有限公司的客户。"
            "舟曲资产管理有限公司（以下简称“舟曲资产”）为舟曲银行股份有限公司的全资子公司。舟曲资产此前曾参与公司另一子公司北辰电控有限公司的增资。")
    fs = facts_of(text, title="北辰机电股份有限公司公告", date="2024-06-01")
    quals(fs, "北辰电控有限公司", "SUBSIDIARY_OF", "北辰机电股份有限公司")
    assert not any(str(f.predicate) == "SUBSIDIARY_OF" and f.subject.name == "北辰电控有限公司"
                   and f.object.name == "舟曲银行股份有限公司" for f in fs)
