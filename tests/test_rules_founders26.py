"""Founders and the people around them in shapes of our own: a pronoun opening the founder's clause, one who led the
founding (牵头发起设立), a financial group called by its brand alone, the name a company was founded under told in the
founding's own sentence, a relative clause of a post held once, names with 以 fixed by a table's bars, a foundation's
report and its chairman's term (texts written for these tests, not gold text)."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts, quals


def test_a_pronoun_opening_the_founders_clause_is_the_person_named_before() -> None:
    got = pairs("本公司的实际控制人为韩立新，其为青禾数科股份有限公司创始人，间接持有本公司四成股份。", "FOUNDED")
    assert ("韩立新", "青禾数科股份有限公司") in got
    got = pairs("监事会主席为苏婉，她也是北林数科股份有限公司的创始人之一。", "FOUNDED")
    assert ("苏婉", "北林数科股份有限公司") in got


def test_a_pronoun_for_a_speakers_self_is_no_founder() -> None:
    text = "记者：您怎么看前任？\n蒋文华：我的前任底子打得好，他是公司的创始人。"
    assert not any(p == "蒋文华" for p, _c in pairs(text, "FOUNDED"))


def test_the_one_who_led_the_founding_founded_it_in_both_scripts() -> None:
    assert ("何立新", "北林信托股份有限公司") in pairs("北林信托股份有限公司由本地商人何立新牵头发起设立，注册资本五亿元。", "FOUNDED")
    assert ("何立新", "北林信託股份有限公司") in pairs("北林信託股份有限公司由澳門商人何立新牽頭發起設立。", "FOUNDED")


def test_a_financial_group_called_by_its_brand_alone() -> None:
    text = ("青岚云链金融服务集团股份有限公司今年位列第三。"
            "青岚云链由韩立新、苏婉夫妇于2012年创立，2018年在深圳证券交易所上市。")
    got = pairs(text, "FOUNDED")
    assert {("韩立新", "青岚云链金融服务集团股份有限公司"), ("苏婉", "青岚云链金融服务集团股份有限公司")} <= got


def test_a_founding_told_with_the_first_name_goes_to_that_name() -> None:
    text = ("北林公益基金会（以下简称“本会”）是经省民政厅登记的基金会。"
            "本会由北林控股集团有限公司创始人韩立新于2015年3月发起成立，原名“北林助学基金会”，2020年5月更名为现名。")
    fs = facts_of(text)
    assert quals(fs, "韩立新", "FOUNDED", "北林助学基金会")["date"] == "2015-03"
    assert ("韩立新", "北林控股集团有限公司") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}


def test_a_founding_beside_what_the_company_was_before_keeps_the_name_now() -> None:
    text = "关于青岚数科\n青岚数科由韩立新于2013年创立，前身为“青岚网络信息有限公司”，于2017年更名为现名。"
    assert ("韩立新", "青岚数科") in pairs(text, "FOUNDED")


def test_a_relative_clause_of_a_post_held_once_is_the_person_after_de() -> None:
    got = posts("韩立新同时出任北林信托董事长。北林信托执行董事由曾任南岭银行副总裁的蒋文华出任，总经理则由苏婉担任。")
    assert ("蒋文华", "南岭银行", "vice_president") in got
    assert not any(p in ("苏婉", "韩立新") and c == "南岭银行" for p, c, _r in got)


def test_a_name_in_a_tables_cells_may_hold_a_letter_that_ends_names_elsewhere() -> None:
    text = ("二、董事名單\n職稱｜姓名｜現職\n董事長｜韓以寧｜北林金融控股股份有限公司副董事長\n"
            "董事｜蘇以誠｜北林商業銀行股份有限公司總經理\n\n"
            "三、說明\n蘇以誠自2020年起擔任北林商業銀行股份有限公司總經理。\n")
    assert ("蘇以誠", "北林商業銀行股份有限公司", "general_manager") in posts(text)


def test_a_foundations_report_is_its_own_and_a_term_to_come_is_no_end() -> None:
    text = ("財團法人北林文教基金會\n一、基本資料\n名稱：財團法人北林文教基金會\n"
            "董事長：韓以寧（第五屆，任期：113年1月1日至116年12月31日）\n"
            "二、說明\n本會持有北林金融控股股份有限公司股份。北林金融控股股份有限公司為上市公司。北林金融控股股份有限公司董事長為蘇婉。\n")
    fs = facts_of(text, title="財團法人北林文教基金會114年度工作報告公開資訊", date="2025-06-30")
    q = quals(fs, "韓以寧", "HOLDS_POSITION", "財團法人北林文教基金會", role="chairman")
    assert q["start"] == "2024-01-01" and "end" not in q
