"""Posts filed at the company the text points to, not the one named last: a role word defined for a firm
(「新受託人」), a board listed one name a line under its head, a juristic director in brackets, a promotion
within the firm whose post the clause names, a relative after 的, a founder's title in a founding clause."""

from __future__ import annotations

from tests.helpers import posts
from text.kinds import generic_company_word, party_role


def test_scheme_roles_are_party_words() -> None:
    assert party_role("新受托人") and party_role("现任管理人") and party_role("卖方")
    assert not party_role("受托") and not party_role("新华银行")
    assert generic_company_word("新受托人")


def test_board_of_the_firm_a_role_word_defines() -> None:
    text = ("各位成員：\n\n安泓退休計劃擬於2027年1月1日起，由寶昕退休金管理有限公司（「新管理人」）接替丹楓資產管理有限公司"
            "（「現任管理人」）擔任管理人。\n\n新管理人由瑞嵐保險集團有限公司全資擁有，瑞嵐保險集團有限公司於香港聯交所上市。\n\n"
            "新管理人董事會現由下列人士組成：\n　方志恆（主席）\n　郭曉晴（行政總裁）\n　莫家榮（獨立非執行董事）\n")
    found = posts(text)
    assert ("方志恆", "寶昕退休金管理有限公司", "chairman") in found
    assert ("郭曉晴", "寶昕退休金管理有限公司", "ceo") in found
    assert ("莫家榮", "寶昕退休金管理有限公司", "independent_director") in found
    assert not any(c == "瑞嵐保險集團有限公司" for _p, c, _r in found)


def test_board_listed_a_name_a_line() -> None:
    text = ("各位股東：\n\n鼎昇控股有限公司（下稱「本公司」）謹此宣佈，收購翠峰資產管理有限公司一事經已完成。\n\n"
            "翠峰資產管理有限公司董事會現由下列人士組成：\n　黎卓恒（主席）\n　葉慕華（行政總裁）\n")
    found = posts(text)
    assert ("黎卓恒", "翠峰資產管理有限公司", "chairman") in found
    assert ("葉慕華", "翠峰資產管理有限公司", "ceo") in found


def test_juristic_director_in_brackets_holds_no_board() -> None:
    text = ("宏岳商業銀行股份有限公司第五屆第三次董事會紀錄\n"
            "出席董事：馬承志、傅子晴（代表遠翔投資有限公司）、獨立董事侯冠廷、獨立董事鍾嘉玲\n")
    found = posts(text)
    assert ("侯冠廷", "宏岳商業銀行股份有限公司", "independent_director") in found
    assert not any(c == "遠翔投資有限公司" for _p, c, _r in found)


def test_promotion_stays_within_the_firm() -> None:
    for text in ("翔和金融控股股份有限公司（翔和金控）董事會昨日決議，翔和人壽總經理易宛蓉晉升為董事長，原董事長梅振邦任滿退休。",
                 "翔和人壽的控股股東翔和金融控股股份有限公司（翔和金控）公告，改由翔和人壽總經理易宛蓉升任董事長。"):
        found = posts(text)
        assert ("易宛蓉", "翔和人壽", "chairman") in found
        assert not any(p == "易宛蓉" and c.startswith("翔和金") for p, c, _r in found)


def test_relative_after_de_holds_the_post() -> None:
    text = "据族谱记载，郑远帆在1921年创办了瑞泰钱庄，后来改组为瑞泰商业银行。郑远帆的曾孙女郑若岚现时则是瑞泰商业银行非执行董事。"
    found = posts(text)
    assert ("郑若岚", "瑞泰商业银行", "non_executive_director") in found
    assert not any(p == "郑远帆" for p, _c, _r in found)


def test_founder_title_is_at_the_group() -> None:
    text = ("鸿迅数码控股（股票代号：0421）今日在马交所主板挂牌。\n鸿迅数码控股旗下的鸿迅钱包私人有限公司由执行主席丹斯里卢耀祖"
            "与胞弟卢耀宗于2015年共同创办，卢耀宗现任集团副主席。首席执行员邱嘉敏则在2021年加盟。")
    found = posts(text)
    assert ("卢耀祖", "鸿迅数码控股", "chairman") in found
    assert ("邱嘉敏", "鸿迅数码控股", "ceo") in found
