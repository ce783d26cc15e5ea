"""Holdings told in a court's or a reporter's findings: registered holders with their shares in brackets, one person
the controller of several companies, buyers who then each hold a figure. And a rename notice that goes on with 公司.
Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_registered_holders_with_shares_in_brackets_hold_the_company_named_first() -> None:
    text = ("据查明，杭州澄岸实业有限公司（下称“澄岸实业”）工商登记的股东为陆一鸣（持股60%）和祁文华（持股40%）。"
            "澄岸实业此后买入江城银行股份，持股3.5%。")
    fs = facts_of(text, date="2024-05-01")
    assert quals(fs, "陆一鸣", "HOLDS_STAKE", "澄岸实业")["percent"] == 60.0
    assert quals(fs, "祁文华", "HOLDS_STAKE", "澄岸实业")["percent"] == 40.0


def test_one_controller_of_a_list_of_companies() -> None:
    fs = facts_of("南坪甲禾商贸有限公司（下称“甲禾商贸”）与南坪乙禾物流有限公司（下称“乙禾物流”）的登记股东均为他人。"
                  "调查认定，樊志远先生系甲禾商贸、乙禾物流的实际控制人。", date="2024-05-01")
    assert quals(fs, "樊志远", "HOLDS_STAKE", "甲禾商贸")["controlling"] is True
    assert quals(fs, "樊志远", "HOLDS_STAKE", "乙禾物流")["controlling"] is True


def test_buyers_told_in_turn_then_each_figure() -> None:
    fs = facts_of("宁川丰泰投资有限公司（下称“丰泰投资”）、宁川瑞岭贸易有限公司（下称“瑞岭贸易”）均成立于2015年。"
                  "2019年，丰泰投资和瑞岭贸易先后受让北湾银行股份，分别持股2.8%和1.9%。", date="2024-05-01")
    assert quals(fs, "丰泰投资", "HOLDS_STAKE", "北湾银行")["percent"] == 2.8
    assert quals(fs, "瑞岭贸易", "HOLDS_STAKE", "北湾银行")["percent"] == 1.9


def test_a_rename_notice_gives_the_new_name_what_it_says_of_the_company_after() -> None:
    text = ("南屏云联科技股份有限公司（以下简称“公司”）董事会近日审议通过更名议案。"
            "近日，公司已办妥工商登记，公司名称正式变更为“南屏数联科技股份有限公司”。"
            "截至本公告披露日，公司控股股东仍为南屏投资有限公司，持有公司28.5%股份；实际控制人仍为郁青山先生。")
    fs = facts_of(text, date="2025-03-20")
    assert quals(fs, "南屏云联科技股份有限公司", "RENAMED_TO", "南屏数联科技股份有限公司")["date"] == "2025-03"
    assert quals(fs, "南屏投资有限公司", "HOLDS_STAKE", "南屏数联科技股份有限公司")["percent"] == 28.5
    assert quals(fs, "郁青山", "HOLDS_STAKE", "南屏数联科技股份有限公司")["controlling"] is True


def test_numbered_holder_items_under_a_line_naming_the_company_held() -> None:
    text = ("湖川联合产权交易所有限公司（下称“湖川产权”）完成增资。湖川产权的控股股东仍为湖川金融投资集团有限公司。"
            "增资完成后，湖川产权股东结构为：\n1.湖川金融投资集团有限公司，持股46%；\n2.青石证券股份有限公司，持股21%；\n"
            "3.湖川城建投资有限公司，持股12.5%。")
    fs = facts_of(text, date="2024-08-01")
    assert quals(fs, "青石证券股份有限公司", "HOLDS_STAKE", "湖川产权")["percent"] == 21.0
    assert quals(fs, "湖川城建投资有限公司", "HOLDS_STAKE", "湖川产权")["percent"] == 12.5


def test_a_spaced_table_of_shares_before_and_after_a_change() -> None:
    text = ("青州农商银行（601999.SH）公告，因可转债转股，股东持股比例被动稀释。\n"
            "股东名称　　持股数量（股）　变动前比例　变动后比例\n"
            "青州城投　　90,000,000　　4.50%　　　4.02%\n"
            "青州水务　　20,000,000　　1.00%　　　0.89%\n"
            "合计　　　　110,000,000　　5.50%　　　4.91%\n"
            "注：变动后比例以截至2024年5月31日总股本计算。")
    fs = facts_of(text, date="2024-06-03")
    assert quals(fs, "青州城投", "HOLDS_STAKE", "青州农商银行", percent=4.02)["as_of"] == "2024-05-31"
    assert quals(fs, "青州水务", "HOLDS_STAKE", "青州农商银行", percent=1.0)


def test_a_holder_that_plans_to_move_its_shares_holds_them_now() -> None:
    text = ("6月3日，南渚发展股份有限公司（以下简称“南渚发展”）公告称，公司收到控股股东南渚市国资委通知，"
            "南渚市国资委拟将其持有的公司28.4%股份无偿划转至南渚金控。")
    fs = facts_of(text, date="2024-06-04")
    q = quals(fs, "南渚市国资委", "HOLDS_STAKE", "南渚发展", percent=28.4)
    assert q["controlling"] is True
