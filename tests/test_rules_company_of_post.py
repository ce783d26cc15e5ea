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
    text = ("致各計劃成員：\n\n經監管機構批准，安泓退休計劃的受託人將由丹楓信託有限公司（「現任受託人」）"
            "更換為寶昕信託有限公司（「新受託人」）。\n\n新受託人為瑞嵐保險集團有限公司的全資附屬公司，"
            "瑞嵐保險集團有限公司於香港聯交所上市。\n\n新受託人的董事會由以下人士組成：\n　方志恆（主席）\n"
            "　郭曉晴（行政總裁）\n　莫家榮（獨立非執行董事）\n")
    found = posts(text)
    assert ("方志恆", "寶昕信託有限公司", "chairman") in found
    assert ("郭曉晴", "寶昕信託有限公司", "ceo") in found
    assert ("莫家榮", "寶昕信託有限公司", "independent_director") in found
    assert not any(c == "瑞嵐保險集團有限公司" for _p, c, _r in found)


def test_board_listed_a_name_a_line() -> None:
    text = ("致股東：\n\n鼎昇控股有限公司（「本公司」）董事會欣然宣佈，本公司已完成收購翠峰資產管理有限公司全部股權。\n\n"
            "翠峰資產管理有限公司的董事會由以下人士組成：\n　黎卓恒（主席）\n　葉慕華（行政總裁）\n")
    found = posts(text)
    assert ("黎卓恒", "翠峰資產管理有限公司", "chairman") in found
    assert ("葉慕華", "翠峰資產管理有限公司", "ceo") in found


def test_juristic_director_in_brackets_holds_no_board() -> None:
    text = ("宏岳商業銀行股份有限公司第五屆第三次董事會紀錄\n"
            "出席董事：馬承志、傅子晴（遠翔投資股份有限公司代表人）、獨立董事侯冠廷、獨立董事鍾嘉玲\n")
    found = posts(text)
    assert ("侯冠廷", "宏岳商業銀行股份有限公司", "independent_director") in found
    assert not any(c == "遠翔投資股份有限公司" for _p, c, _r in found)


def test_promotion_stays_within_the_firm() -> None:
    text = "翔和人壽的控股股東翔和金融控股股份有限公司（翔和金控）昨日召開董事會，由翔和人壽總經理易宛蓉升任董事長，接替退休的梅振邦。"
    found = posts(text)
    assert ("易宛蓉", "翔和人壽", "chairman") in found
    assert ("梅振邦", "翔和人壽", "chairman") in found
    assert not any(c.startswith("翔和金") for _p, c, _r in found)


def test_relative_after_de_holds_the_post() -> None:
    text = "据族谱记载，郑远帆在1921年创办了瑞泰钱庄，后来改组为瑞泰商业银行。郑远帆的曾孙女郑若岚现时则是瑞泰商业银行非执行董事。"
    found = posts(text)
    assert ("郑若岚", "瑞泰商业银行", "non_executive_director") in found
    assert not any(p == "郑远帆" for p, _c, _r in found)


def test_founder_title_is_at_the_group() -> None:
    text = ("鸿迅数码控股（股票代号：0421）今日在马交所主板挂牌。\n鸿迅数码控股旗下的鸿迅钱包私人有限公司由执行主席丹斯里卢耀祖"
            "与胞弟卢耀宗于2015年共同创办，卢耀宗现任集团董事经理。总执行长邱嘉敏则在2021年加入。")
    found = posts(text)
    assert ("卢耀祖", "鸿迅数码控股", "chairman") in found
    assert ("邱嘉敏", "鸿迅数码控股", "ceo") in found
