"""Numbered résumés in a personnel notice, and a group's holdings after 其中 (sentences invented for these tests)."""

from tests.helpers import facts_of, posts, quals

_NOTICE = ("闽江金控关于拟推荐所属企业董事人选的公示\n"
           "一、葛明远，男，汉族，1970年5月生，中共党员，研究生学历。现任福建闽江金融控股集团有限公司（以下简称“闽江金控”）副总经理。"
           "拟推荐为闽江信托有限责任公司（以下简称“闽江信托”）董事长人选。\n"
           "二、柯丽华，女，汉族，1983年7月生，中共党员，大学学历。现任闽江信托副总经理、首席风险官。拟推荐为闽江信托总经理人选。\n")


def test_each_numbered_resume_is_its_own_subject() -> None:
    got = posts(_NOTICE)
    assert ("葛明远", "闽江金控", "deputy_general_manager") in got
    assert ("柯丽华", "闽江信托", "cro") in got
    assert ("葛明远", "闽江信托", "cro") not in got


def test_group_holdings_after_qizhong() -> None:
    text = ("福建闽江金融控股集团有限公司（以下简称“闽江金控”）成立。闽江信托有限责任公司（以下简称“闽江信托”）成立。"
            "闽江金控是省属国有金融控股集团，旗下现有闽江信托等子公司，其中持有闽江信托72.5%股权。")
    facts = facts_of(text)
    assert quals(facts, "闽江金控", "HOLDS_STAKE", "闽江信托")["percent"] == 72.5
    assert not any(f.subject.name.startswith("现有") for f in facts)


def test_open_span_to_now_then_post_at_issuer() -> None:
    """A prospectus's résumé: "D至今任公司T" after the head sentence (the span open, 至今) is the head's post at the issuer."""
    text = ("1、柯映川，男，1972年生，中国国籍，无境外永久居留权，博士学历。2016年3月至今任公司董事长兼总经理。\n"
            "2、温若岚，女，1986年生，中国国籍，无境外永久居留权，本科学历。2018年1月至今任公司董事会秘书、财务总监。\n")
    got = posts(text, "南屏云图科技股份有限公司首次公开发行股票并在科创板上市招股说明书")
    assert ("柯映川", "南屏云图科技股份有限公司", "chairman") in got
    assert ("温若岚", "南屏云图科技股份有限公司", "board_secretary") in got
    assert ("柯映川", "南屏云图科技股份有限公司", "board_secretary") not in got


def test_data_sheet_english_name_is_the_issuers() -> None:
    """A data sheet's 英文名称 line names the company of its 中文名称 line: one company, which the 法定代表人 line's post is at."""
    text = ("一、发行人基本情况\n中文名称：南屏云图科技股份有限公司\n英文名称：Nanping Yuntu Technology Co., Ltd.\n"
            "法定代表人：柯映川\n二、董事简历\n柯映川，男，1975年出生，中国国籍。2016年3月至今任公司董事长。\n")
    facts = facts_of(text, "南屏云图科技股份有限公司首次公开发行股票并在科创板上市招股说明书")
    rep = [f for f in facts if f.qualifiers.get("title") == "法定代表人"]
    assert [f.object.name for f in rep] == ["南屏云图科技股份有限公司"]
    assert "Nanping Yuntu Technology Co., Ltd." in rep[0].object.aliases
