"""Which company a story or paragraph is about. A story that calls its company
该行 is about a bank: the list of officers it gives is the bank's, not its
buyer's (a holding company the lead names as often). A paragraph opening
"C前身为B，…更名为现名" is about C, whose bare posts follow. Sentences written
for these tests (not gold text)."""

from __future__ import annotations

from .helpers import posts

_TAKEOVER = (
    "南岭金融控股有限公司（下称“南岭金控”）收购北川商业银行股份有限公司（下称“北川银行”）60%股权的交易已于本月完成。"
    "南岭金控表示，南岭金控将支持北川银行发展。\n"
    "交易完成后，该行召开董事会，委任新一届管理层，名单如下：\n"
    "行长：柏文石\n"
    "首席财务官：廖静思\n"
    "南岭金控发言人称，南岭金控无意合并两家机构。"
)

_BANK = ("北川银行", "北川商业银行股份有限公司")


def test_the_officers_listed_are_the_banks_not_the_buyers() -> None:
    got = posts(_TAKEOVER, "北川银行易主 南岭金控入主")
    assert any(p == "廖静思" and c in _BANK and r == "cfo" for p, c, r in got)
    assert not any(c == "南岭金控" for _p, c, _r in got)


def test_without_the_bank_word_the_most_named_company_stays() -> None:
    text = _TAKEOVER.replace("该行召开董事会", "南岭金控召开董事会")
    got = posts(text, "南岭金控完成收购")
    assert not any(c in _BANK for _p, c, _r in got)


_SPUN_OFF = (
    "北林数科集团股份有限公司（以下简称“北林数科”）分拆的南岭云链科技股份有限公司（以下简称“南岭云链”）今日上市。"
    "北林数科董事长韦承泽通过北林数科控制南岭云链。\n"
    "南岭云链前身为南岭物流信息服务有限公司，2018年由北林数科出资设立，2023年更名为现名。"
    "韦承泽兼任南岭云链董事长；首席执行官柏文石为执行董事，2019年至2022年曾任北林数科副总裁。"
)


def test_a_paragraph_opening_on_a_company_and_its_former_self_is_about_that_company() -> None:
    got = posts(_SPUN_OFF)
    assert any(p == "柏文石" and r == "ceo" and c.startswith("南岭云链") for p, c, r in got)
    assert not any(p == "柏文石" and r == "ceo" and c.startswith("北林数科") for p, c, r in got)
    assert any(p == "柏文石" and r == "vice_president" and c.startswith("北林数科") for p, c, r in got)


_MEETING = (
    "北林金融控股有限公司（下称“北林金控”）完成收购南岭商业银行股份有限公司（下称“南岭银行”）60%股权。"
    "北林金控成为南岭银行控股股东后，该行随即召开董事会会议。"
    "会上，北林金控副总裁柏文石获选为董事会主席，接替任职多年的韦承泽。"
)


def test_one_elected_at_a_meeting_takes_the_meetings_company_not_the_one_describing_him() -> None:
    got = posts(_MEETING)
    assert any(p == "柏文石" and r == "chairman" and c.startswith("南岭") for p, c, r in got)
    assert not any(p == "柏文石" and r == "chairman" and c.startswith("北林") for p, c, r in got)


def test_a_time_clause_does_not_make_the_sentences_subject() -> None:
    text = _MEETING.replace("该行随即召开", "南岭银行随即召开")
    got = posts(text)
    assert any(p == "柏文石" and r == "chairman" and c.startswith("南岭") for p, c, r in got)


def test_a_post_after_a_former_post_elsewhere_is_the_sentences_company() -> None:
    text = ("北林银行股份有限公司（以下简称“北林银行”）控股的北林理财有限责任公司（以下简称“北林理财”）今日开业。"
            "北林理财董事长由韦承泽担任，总经理柏文石此前是北林银行首席投资官，副总经理廖静思同时到任。")
    got = posts(text)
    assert any(p == "廖静思" and r == "deputy_general_manager" and c.startswith("北林理财") for p, c, r in got)
    assert not any(p == "廖静思" and c.startswith("北林银行") for p, c, _r in got)


def test_a_holder_named_as_one_is_not_what_the_next_sentences_are_about() -> None:
    text = ("北林消费金融股份有限公司（以下简称“北林消金”）迎来新任总经理柏文石。\n"
            "记者：北林消金的股东结构是怎样的？\n"
            "柏文石：股东一共三家。最大的是南岭银行，前年增资以后持股比例从35%提高到55%；东川商业集团股份有限公司持股25%。"
            "董事长廖静思是南岭银行派出的，他也是南岭银行的副行长。\n")
    got = posts(text, "对话北林消金总经理柏文石")
    assert any(p == "廖静思" and r == "chairman" and c.startswith("北林消") for p, c, r in got)
    assert not any(p == "廖静思" and r == "chairman" and c == "南岭银行" for p, c, r in got)


def test_its_after_an_ownership_clause_is_the_owned_companys() -> None:
    text = ("东川实业集团有限公司（以下简称“东川实业”）所持北林银行股份被南岭城市发展集团有限公司（以下简称“南岭城发”）竞得。"
            "东川实业由韦承泽持股70%。\n"
            "南岭城发由南岭县国有资产服务中心持股100%，其董事长柏文石表示看好北林银行。")
    got = posts(text)
    assert any(p == "柏文石" and r == "chairman" and c.startswith("南岭城") for p, c, r in got)
    assert not any(p == "柏文石" and c.startswith("东川") for p, c, _r in got)


def test_an_arm_announcing_after_a_byline_and_its_listed_parents_code() -> None:
    """"【X訊】（記者P）在港交所上市的A（0871）旗下B宣佈，委任Q為行政總裁": the byline is no subject and the
    parent's stock code stands between it and 旗下, so the post announced is the arm's (B's), not the parent's."""
    text = ("【南方財經網訊】（記者司徒青）在港交所上市的南灣控股集團（1263）旗下證券公司南灣證券有限公司"
            "（南灣證券）今日公告，董事會已委任甘卓賢為行政總裁，任命於下月起生效。")
    got = posts(text)
    assert got == {("甘卓賢", "南灣證券有限公司", "ceo")}, got
