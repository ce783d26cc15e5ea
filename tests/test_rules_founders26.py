"""Founders and the people around them in shapes of our own: a pronoun opening the founder's clause, one who led the
founding (牵头发起设立), a financial group called by its brand alone, the name a company was founded under told in the
founding's own sentence, a relative clause of a post held once, names with 以 fixed by a table's bars, a foundation's
report and its chairman's term (texts written for these tests, not gold text)."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts, quals


def test_a_pronoun_opening_the_founders_clause_is_the_person_named_before() -> None:
    got = pairs("年报显示，岳松林持有公司51%的股份，其为柏川软件股份有限公司创始人。", "FOUNDED")
    assert ("岳松林", "柏川软件股份有限公司") in got
    got = pairs("公司监事为卓雅岚，她也是鹤汀网络科技有限公司的创始人之一。", "FOUNDED")
    assert ("卓雅岚", "鹤汀网络科技有限公司") in got


def test_a_pronoun_for_a_speakers_self_is_no_founder() -> None:
    text = "主持人：创业这些年，您最感谢谁？\n冼明哲：感谢我的老上级，他是我们公司的创始人。"
    assert not any(p == "冼明哲" for p, _c in pairs(text, "FOUNDED"))


def test_the_one_who_led_the_founding_founded_it_in_both_scripts() -> None:
    assert ("何振岳", "鹤汀信托股份有限公司") in pairs(
        "鹤汀信托股份有限公司于2020年获批开业，由福建籍企业家何振岳牵头发起设立。", "FOUNDED")
    assert ("何振岳", "鶴汀信託股份有限公司") in pairs(
        "鶴汀信託股份有限公司由澳門企業家何振岳於2020年牽頭發起設立。", "FOUNDED")


def test_a_financial_group_called_by_its_brand_alone() -> None:
    text = ("柏川数链金融服务集团股份有限公司发布2023年年报。"
            "2013年，岳松林与卓雅岚在杭州共同创立柏川数链，六年后完成股份制改造。")
    got = pairs(text, "FOUNDED")
    assert {("岳松林", "柏川数链金融服务集团股份有限公司"), ("卓雅岚", "柏川数链金融服务集团股份有限公司")} <= got


def test_a_founding_told_with_the_first_name_goes_to_that_name() -> None:
    text = ("鹤汀软件有限公司（以下简称“鹤汀软件”）主营票据系统。"
            "鹤汀软件由柏川物流集团有限公司创始人岳松林于2009年4月创办，原名“鹤汀信息技术有限公司”，2016年8月更名为现名。")
    fs = facts_of(text)
    assert quals(fs, "岳松林", "FOUNDED", "鹤汀信息技术有限公司")["date"] == "2009-04"
    assert ("岳松林", "柏川物流集团有限公司") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}


def test_a_founding_beside_what_the_company_was_before_keeps_the_name_now() -> None:
    text = "公司简介\n鹤汀数据由冼明哲于2011年创立，前身为“鹤汀网络信息有限公司”，于2018年更名为现名。"
    assert ("冼明哲", "鹤汀数据") in pairs(text, "FOUNDED")


def test_a_relative_clause_of_a_post_held_once_is_the_person_after_de() -> None:
    got = posts("鹤汀理财有限责任公司今年开业，岳松林兼任董事长。"
                "鹤汀理财首席风险官由曾任柏川银行副行长的冼明哲出任，卓雅岚则出任总经理。")
    assert ("冼明哲", "柏川银行", "vice_president") in got
    assert not any(p in ("卓雅岚", "岳松林") and c == "柏川银行" for p, c, _r in got)


def test_a_name_in_a_tables_cells_may_hold_a_letter_that_ends_names_elsewhere() -> None:
    text = ("附表：理事會成員\n席次｜姓名｜任職單位\n第一席｜房以寧｜柏川票券金融股份有限公司董事\n"
            "第二席｜許以謙｜柏川期貨股份有限公司總經理\n\n"
            "備註\n許以謙於2018年出任柏川期貨股份有限公司總經理。\n")
    assert ("許以謙", "柏川期貨股份有限公司", "general_manager") in posts(text)


def test_a_foundations_report_is_its_own_and_a_term_to_come_is_no_end() -> None:
    text = ("財團法人鶴汀公益基金會\n壹、基本資料\n名稱：財團法人鶴汀公益基金會\n"
            "董事長：牟以謙（第三屆，任期：112年8月1日至115年7月31日）\n"
            "貳、捐贈收入\n本年度收到柏川期貨股份有限公司捐款。柏川期貨股份有限公司另捐贈圖書。柏川期貨股份有限公司董事長為房以寧。\n")
    fs = facts_of(text, title="財團法人鶴汀公益基金會113年度財務報告", date="2024-05-31")
    q = quals(fs, "牟以謙", "HOLDS_POSITION", "財團法人鶴汀公益基金會", role="chairman")
    assert q["start"] == "2023-08-01" and "end" not in q
