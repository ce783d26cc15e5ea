"""The company a post belongs to when the text names more than one: a roster table's row is its table's firm's,
not the firm its career cell names; a directory entry's contact line is the entry's firm's, not the parent its blurb
names; a letter's 我司 is the firm that defines it or signs, not the buyer named in it; a rename still to come leaves
the posts at the name the firm has; a statement that says 本行 before its numbered points keeps 本行 its own.
Text written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, posts

_ROSTER = ("涟岫保险经纪有限公司注册于苏州，2019年由涟岫实业发展有限公司全额出资设立。\n"
           "涟岫实业发展有限公司另经营物流与仓储业务。\n\n"
           "涟岫保险经纪有限公司现任经营班子：\n"
           "姓名｜岗位｜到任｜此前任职\n"
           "詹若溪｜总经理｜2021年｜涟岫实业发展有限公司审计主管、副总裁助理\n"
           "俞博衍｜财务总监｜2023年｜会计师事务所高级经理\n")


def test_a_roster_rows_post_is_the_tables_firms_not_the_career_cells() -> None:
    got = posts(_ROSTER)
    assert ("詹若溪", "涟岫保险经纪有限公司", "general_manager") in got
    assert ("俞博衍", "涟岫保险经纪有限公司", "cfo") in got
    assert ("詹若溪", "涟岫实业发展有限公司", "general_manager") not in got


_DIRECTORY = ("2026长三角普惠金融对接会\n签到单位一览\n\n"
              "编号：A3\n单位名称：沁塘保理有限公司\n"
              "单位概况：2020年起由沁塘物联股份有限公司（证券代码：300977）全额持有，主营应收账款保理。\n"
              "联系人：钟予宁（运营总监）\n\n"
              "编号：A4\n单位名称：榆岚信用评估有限公司\n"
              "单位概况：2015年设立，沁塘物联股份有限公司参股三成。\n"
              "联系人：季朗（副总经理）\n")


def test_a_directory_entrys_contact_is_the_entrys_firms() -> None:
    got = posts(_DIRECTORY)
    assert ("钟予宁", "沁塘保理有限公司", "other") in got
    assert ("季朗", "榆岚信用评估有限公司", "deputy_general_manager") in got
    assert not any(company == "沁塘物联股份有限公司" for _p, company, _r in got)


_LETTER = ("致各位合作伙伴：\n"
           "栖川融资担保有限公司（以下简称“我司”）现将近期股东及高管变动情况告知如下。\n"
           "去年11月，获监管批复后，云泽证券股份有限公司（股票代码：600977）以协议方式取得我司55%的股份。\n"
           "今年1月，我司股东会选举云泽证券的首席风险官包嘉树出任我司董事长，我司董事会同时聘请宁澈担任我司总经理。\n"
           "今后业务对接不受影响。\n\n栖川融资担保有限公司\n2026年2月9日\n")


def test_a_letters_defined_wo_si_is_its_own_firm_not_the_buyer() -> None:
    got = posts(_LETTER)
    assert ("包嘉树", "栖川融资担保有限公司", "chairman") in got
    assert ("宁澈", "栖川融资担保有限公司", "general_manager") in got
    assert ("宁澈", "云泽证券", "general_manager") not in got


def test_a_rename_still_to_come_leaves_the_posts_at_the_name_the_firm_has() -> None:
    text = ("各位客户：\n"
            "2026年10月8日起，我司由“盛屿租赁有限公司”更名为“盛屿金融租赁股份有限公司”，合同及账户均不受影响。\n"
            "目前我司第一大股东为潮屿农村商业银行股份有限公司（股票代码：601978），持股45%。\n"
            "本月起，由邵亦凡接任我司总经理一职。\n\n"
            "盛屿租赁有限公司\n（2026年10月8日后改名为盛屿金融租赁股份有限公司）\n2026年9月1日\n")
    got = {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
           for f in facts_of(text, "", "2026-09-01") if str(f.predicate) == "HOLDS_POSITION"}
    assert ("邵亦凡", "盛屿租赁有限公司", "general_manager") in got
    assert not any(company != "盛屿租赁有限公司" for _p, company, _r in got)


def test_a_statement_saying_ben_hang_before_its_points_keeps_ben_hang_its_own() -> None:
    text = ("上周五本行董事会完成改选，控股股东辛澜投资集团股份有限公司（下称辛澜集团）的副总裁骆秉章当选本行董事长；"
            "同日，此前在沐笙证券股份有限公司（下称沐笙证券）任合规总监的苗清越获聘为本行总经理。\n"
            "职代会主席团经讨论，提出意见如下：\n"
            "一、骆秉章同时是辛澜集团下属辛澜资产管理有限公司的董事长，恐分身乏术。\n"
            "二、苗清越长期在沐笙证券负责合规，未曾在银行任职。\n\n"
            "辛澜农村商业银行职工代表大会主席团\n")
    got = posts(text, "辛澜农村商业银行：职代会主席团就新任董事长和总经理提出意见")
    assert ("苗清越", "辛澜农村商业银行", "general_manager") in got
    assert ("苗清越", "辛澜集团", "general_manager") not in got
    assert ("骆秉章", "辛澜集团", "chairman") not in got


def test_a_ministrys_rank_before_its_nominee_is_the_ministrys_not_the_banks() -> None:
    text = "下月起，沐川商业银行董事长一职将由经济部推荐的原司长潘知远担任。"
    got = posts(text)
    assert ("潘知远", "沐川商业银行", "chairman") in got
    assert ("潘知远", "沐川商业银行", "other") not in got


def test_a_persons_partner_after_and_is_no_post_at_the_firm() -> None:
    text = "锦澜结算有限公司由创始人邝远帆与合伙人凌筱于2020年在成都共同创办，注册资本500万元。"
    got = posts(text)
    assert not any(person == "凌筱" for person, _c, _r in got)
