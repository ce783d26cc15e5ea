"""A report's board written as label:value lines (invented insurer and people): each name holds
the label's post at the reporting company; a bracketed recommender is no post of the name's; a
bracketed 兼 title is a second post."""

from __future__ import annotations

from .helpers import facts_of

_SUMMARY = ("青湾财产保险股份有限公司\n2025年第2季度偿付能力季度报告摘要\n"
            "（一）公司名称：青湾财产保险股份有限公司（简称“青湾财险”）\n"
            "1.董事\n"
            "董事长：房立衡\n"
            "非执行董事：宓晓川（南港交通投资集团有限公司推荐）、桑予宁（东岭化工股份有限公司推荐）\n"
            "2.总公司高级管理人员\n"
            "财务负责人：鞠远帆（兼首席风险官）\n")


def test_label_lines_name_each_holder_of_the_post_at_the_reporter() -> None:
    facts = facts_of(_SUMMARY, title="青湾财产保险股份有限公司2025年第2季度偿付能力季度报告摘要")
    posts = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    insurer = "青湾财产保险股份有限公司"
    names = {o for _s, o, _r in posts}
    at = "青湾财险" if "青湾财险" in names else insurer
    assert ("宓晓川", at, "non_executive_director") in posts
    assert ("桑予宁", at, "non_executive_director") in posts
    assert ("鞠远帆", at, "cro") in posts
    assert not any(s in ("宓晓川", "桑予宁") and o.startswith(("南港", "东岭")) for s, o, _r in posts)


_REPLY = ("中国人民银行江南省分行关于南屏云付科技有限公司变更主要出资人的批复\n"
          "南屏云付科技有限公司：\n"
          "你公司《关于变更主要出资人的请示》收悉。现批复如下：\n"
          "一、同意北郊数据服务有限公司将所持你公司70%股权转让给江南数智控股集团有限公司。\n"
          "二、同意邵清远担任你公司董事长。\n")


def test_a_reply_s_title_is_no_company_name_and_you_are_its_addressee() -> None:
    facts = facts_of(_REPLY, title="中国人民银行江南省分行关于南屏云付科技有限公司变更主要出资人的批复")
    names = {n for f in facts for n in (f.subject.name, f.object.name)}
    assert not any("关于" in n for n in names)
    posts = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("邵清远", "南屏云付科技有限公司") in posts
    sold = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("北郊数据服务有限公司", "南屏云付科技有限公司") in sold


_NOMINEES = ("北汀金控关于拟推荐所属企业董事人选的公示\n"
             "一、闻承远，男，汉族，1976年3月生，研究生学历。现任北汀证券股份有限公司副总经理、首席风险官。拟推荐为北汀期货有限公司董事长人选。\n"
             "附：北汀金控旗下现有北汀证券、北汀期货等子公司。\n")


def test_a_numbered_item_s_resume_head_names_the_person_of_its_posts() -> None:
    facts = facts_of(_NOMINEES, title="北汀金控关于拟推荐所属企业董事人选的公示")
    posts = {(f.subject.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("闻承远", "deputy_general_manager") in posts
    assert ("闻承远", "cro") in posts
    assert not any(n.startswith("现有") for f in facts for n in (f.subject.name, f.object.name))


_HOLDINGS = ("青湾财产保险股份有限公司\n2025年第2季度偿付能力季度报告摘要\n"
             "（一）公司名称：青湾财产保险股份有限公司（简称“本公司”）\n"
             "（六）控股股东或实际控制人\n"
             "控股股东：无\n"
             "实际控制人：江南省人民政府国有资产监督管理委员会（通过南港交通投资集团有限公司间接持股）\n"
             "（七）子公司、合营企业和联营企业\n"
             "青湾保险代理有限公司：本公司持股比例100%\n")


def test_a_report_s_label_lines_name_its_controller_and_its_subsidiaries() -> None:
    facts = facts_of(_HOLDINGS, title="青湾财产保险股份有限公司2025年第2季度偿付能力季度报告摘要")
    got = {(f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("controlling") or f.qualifiers.get("kind"))
           for f in facts}
    insurer = "青湾财产保险股份有限公司"
    assert any(s.startswith("江南省") and p == "HOLDS_STAKE" and o == insurer and q is True for s, p, o, q in got)
    assert ("青湾保险代理有限公司", "SUBSIDIARY_OF", insurer, "wholly_owned") in got


def test_a_record_of_another_company_keeps_its_controller_labels() -> None:
    text = _HOLDINGS + "三、新进股东基本情况\n股东名称：南港交通投资集团有限公司\n实际控制人：江南省交通运输厅\n"
    facts = facts_of(text, title="青湾财产保险股份有限公司2025年第2季度偿付能力季度报告摘要")
    assert not any(f.subject.name == "江南省交通运输厅" and f.object.name == "青湾财产保险股份有限公司" for f in facts)


def test_a_label_line_s_post_is_no_theme_of_the_lines_after() -> None:
    text = _SUMMARY + ("董事会秘书：房立衡\n（九）报告期内董事、监事和总公司高级管理人员的变更情况\n"
                       "原总精算师殷若谷因退休于2025年2月离任，其职务由郝令川接任。\n")
    facts = facts_of(text, title="青湾财产保险股份有限公司2025年第2季度偿付能力季度报告摘要")
    roles = {f.qualifiers.get("role") for f in facts if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "郝令川"}
    assert "board_secretary" not in roles
