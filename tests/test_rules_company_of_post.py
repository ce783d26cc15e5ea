"""Posts filed at the company the text points to, not the one named last: a role word defined for a firm
(「投资经理」), a board listed one name a line under its head, a juristic director in brackets, a promotion
within the firm whose post the clause names, a relative after 的, a founder's title in a founding clause.
Texts written for these tests."""

from __future__ import annotations

from tests.helpers import posts
from text.kinds import generic_company_word, party_role


def test_scheme_roles_are_party_words() -> None:
    assert party_role("继任托管人") and party_role("原管理人") and party_role("卖方")
    assert not party_role("托管") and not party_role("新华银行")
    assert generic_company_word("继任托管人")


def test_board_of_the_firm_a_role_word_defines() -> None:
    text = ("致基金单位持有人：\n\n沐溪稳健收益基金（“本基金”）的经理人自2028年7月1日起改为北汀投资顾问有限公司（「投资经理」），"
            "原由栖岸基金管理有限公司（「原管理人」）担任。南屿证券有限公司持有投资经理70%股权。\n\n"
            "投资经理的董事会由以下成员组成：\n凌书砚（董事长）\n卓敏仪（总经理）\n蒲晓岚（独立董事）\n")
    found = posts(text)
    assert ("凌书砚", "北汀投资顾问有限公司", "chairman") in found
    assert ("卓敏仪", "北汀投资顾问有限公司", "general_manager") in found
    assert ("蒲晓岚", "北汀投资顾问有限公司", "independent_director") in found
    assert not any(c in ("南屿证券有限公司", "沐溪稳健收益基金") for _p, c, _r in found)


def test_board_listed_a_name_a_line() -> None:
    text = ("汀溪证券股份有限公司（下称“本公司”）董事会同意对柏原期货有限公司注资两亿元。注资完成后，"
            "柏原期货有限公司的董事会由以下成员组成：\n阮慎之（董事长）\n覃若溪（总经理）\n")
    found = posts(text)
    assert ("阮慎之", "柏原期货有限公司", "chairman") in found
    assert ("覃若溪", "柏原期货有限公司", "general_manager") in found


def test_juristic_director_in_brackets_holds_no_board() -> None:
    text = ("潞川票券金融股份有限公司股东常会纪要\n"
            "当选董事：邬立群、邵立平（代表岚垭实业有限公司）、独立董事柯文萱、独立董事褚明哲\n")
    found = posts(text)
    assert ("柯文萱", "潞川票券金融股份有限公司", "independent_director") in found
    assert not any(c.endswith("岚垭实业有限公司") for _p, c, _r in found)


def test_promotion_stays_within_the_firm() -> None:
    for text, person, firm, group in (
            ("远澄集团昨晚发布公告称，经股东会同意，由远澄消费金融副总经理祁曼宁升任总经理，任期三年。",
             "祁曼宁", "远澄消费金融", "远澄集团"),
            ("松岭能源股份有限公司董事会本周批准了子公司的人事安排，松岭财务有限公司副总经理蒋予恩晋升为总经理。",
             "蒋予恩", "松岭财务有限公司", "松岭能源股份有限公司")):
        found = posts(text)
        assert (person, firm, "general_manager") in found
        assert not any(p == person and c == group for p, c, _r in found)


def test_relative_after_de_holds_the_post() -> None:
    text = "芷汀典当有限公司在1998年由邬守礼开办，如今已交给第三代打理。邬守礼的外孙女单语桐现任芷汀典当有限公司董事长。"
    found = posts(text)
    assert ("单语桐", "芷汀典当有限公司", "chairman") in found
    assert not any(p == "邬守礼" for p, _c, _r in found)


def test_founder_title_is_at_the_group() -> None:
    text = ("珂屿物流控股（“珂屿控股”）周三公布全年业绩。\n珂屿控股的前身珂屿速运有限公司由董事长宁绪之和大学同学雷慕白在2009年"
            "合伙创立，雷慕白目前担任集团总裁。行政总裁庄立言则是2020年从一家航运公司加入的。")
    found = posts(text)
    assert ("宁绪之", "珂屿控股", "chairman") in found
    assert ("庄立言", "珂屿控股", "ceo") in found
