"""The company a post belongs to when the text names more than one: a roster table's row is its table's firm's,
not the firm its career cell names; a directory entry's contact line is the entry's firm's, not the parent its blurb
names; a letter's 我司 is the firm that defines it or signs, not the buyer named in it; a rename still to come leaves
the posts at the name the firm has; a statement that says 本行 before its numbered points keeps 本行 its own.
Text written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, posts

_ROSTER = ("岚山数据服务有限公司成立于2015年，为青杉控股集团有限公司的全资子公司。\n"
           "青杉控股集团有限公司成立于2003年，青杉控股集团有限公司旗下另有三家数据服务企业。\n\n"
           "岚山数据服务有限公司的高级管理人员如下：\n"
           "姓名｜职务｜任职时间｜工作经历\n"
           "韩安然｜总经理｜2019年4月至今｜历任青杉控股集团有限公司投资部经理、投资总监\n"
           "许志磊｜财务总监｜2020年1月至今｜注册会计师\n")


def test_a_roster_rows_post_is_the_tables_firms_not_the_career_cells() -> None:
    got = posts(_ROSTER)
    assert ("韩安然", "岚山数据服务有限公司", "general_manager") in got
    assert ("许志磊", "岚山数据服务有限公司", "cfo") in got
    assert ("韩安然", "青杉控股集团有限公司", "general_manager") not in got


_DIRECTORY = ("2026华南支付产业峰会\n参会机构名单\n\n"
              "序号：01\n企业名称：岭南汇付科技有限公司\n"
              "机构介绍：为深交所上市公司岭南云数控股股份有限公司（股票代码：002999）的全资子公司，专注跨境收款。\n"
              "联系人：梁思远（运营总监）\n\n"
              "序号：02\n企业名称：东江征信服务有限公司\n"
              "机构介绍：成立于2018年，主要股东为岭南云数控股股份有限公司。\n"
              "联系人：卢晓彤（副总经理）\n")


def test_a_directory_entrys_contact_is_the_entrys_firms() -> None:
    got = posts(_DIRECTORY)
    assert ("梁思远", "岭南汇付科技有限公司", "other") in got
    assert ("卢晓彤", "东江征信服务有限公司", "deputy_general_manager") in got
    assert not any(company == "岭南云数控股股份有限公司" for _p, company, _r in got)


_LETTER = ("各位合作伙伴：\n"
           "感谢贵方长期以来对青岚小额贷款有限公司（以下简称“我司”）的支持。\n"
           "2026年3月，明川商业银行股份有限公司（股票代码：601999.SH，以下简称“明川银行”）受让我司60%股权，成为我司控股股东。\n"
           "同月，我司董事会选举明川银行副行长赵一帆为我司董事长，聘任钱可为我司总经理。\n"
           "特此函告。\n\n青岚小额贷款有限公司\n2026年4月2日\n")


def test_a_letters_defined_wo_si_is_its_own_firm_not_the_buyer() -> None:
    got = posts(_LETTER)
    assert ("赵一帆", "青岚小额贷款有限公司", "chairman") in got
    assert ("钱可", "青岚小额贷款有限公司", "general_manager") in got
    assert ("钱可", "明川银行", "general_manager") not in got


def test_a_rename_still_to_come_leaves_the_posts_at_the_name_the_firm_has() -> None:
    text = ("尊敬的客户：\n"
            "经监管部门批准，我司名称将自2026年7月1日起由“北溪消费金融有限公司”变更为“北溪普惠消费金融股份有限公司”。\n"
            "2026年5月，东瓯商业银行股份有限公司（股票代码：601888.SH）受让我司40%股权。\n"
            "我司董事会已聘任孔令文为我司总经理。\n\n"
            "北溪消费金融有限公司\n（自2026年7月1日起更名为北溪普惠消费金融股份有限公司）\n2026年6月10日\n")
    got = {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
           for f in facts_of(text, "", "2026-06-10") if str(f.predicate) == "HOLDS_POSITION"}
    assert ("孔令文", "北溪消费金融有限公司", "general_manager") in got
    assert not any(company != "北溪消费金融有限公司" for _p, company, _r in got)


def test_a_statement_saying_ben_hang_before_its_points_keeps_ben_hang_its_own() -> None:
    text = ("本行今日召開臨時董事會，選任母公司遠峰金融控股股份有限公司（下稱遠峰金控）總經理何家豪兼任本行董事長，"
            "並聘任德昌證券股份有限公司（下稱德昌證券）副總經理吳佩珊為本行總經理。\n"
            "本會對此表達意見如下：\n"
            "一、何家豪已兼任遠峰金控旗下遠峰人壽保險股份有限公司董事長，再兼本行董事長，恐難兼顧本行經營。\n"
            "二、吳佩珊任職之德昌證券為民營券商，吳佩珊欠缺銀行經驗，由其執掌本行，同仁憂心。\n\n"
            "遠峰商業銀行企業工會\n")
    got = posts(text, "遠峰商業銀行：企業工會對本行董事長及總經理人選之聲明")
    assert ("吳佩珊", "遠峰商業銀行", "general_manager") in got
    assert ("吳佩珊", "遠峰金控", "general_manager") not in got
    assert ("何家豪", "遠峰金控", "chairman") not in got


def test_a_ministrys_rank_before_its_nominee_is_the_ministrys_not_the_banks() -> None:
    text = "青峰商業銀行昨日召開董事會，董事長改由經濟部推薦的前常務次長王大同接任，即日生效。"
    got = posts(text)
    assert ("王大同", "青峰商業銀行", "chairman") in got
    assert ("王大同", "青峰商業銀行", "other") not in got


def test_a_persons_partner_after_and_is_no_post_at_the_firm() -> None:
    text = "Lumora Pay Ltd.成立于2021年，由创始人汪嘉禾与合伙人孟一川共同出资，两人分别持有55%和45%股份。"
    got = posts(text)
    assert not any(person == "孟一川" for person, _c, _r in got)
