"""Holdings told in a court's or a reporter's findings: registered holders with their shares in brackets, one person
the controller of several companies, buyers who then each hold a figure. And a rename notice that goes on with 公司.
Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_registered_holders_with_shares_in_brackets_hold_the_company_named_first() -> None:
    text = ("法院审理查明，棠浦恒达商贸有限公司（以下称“恒达商贸”）注册股东为蒋望川（持股45%）与龚小满（持股55%）。"
            "2021年起，恒达商贸分批购入鸥城农商银行股份，合计持股4.2%。")
    fs = facts_of(text, date="2024-09-01")
    assert quals(fs, "龚小满", "HOLDS_STAKE", "恒达商贸")["percent"] == 55.0
    assert quals(fs, "蒋望川", "HOLDS_STAKE", "恒达商贸")["percent"] == 45.0


def test_one_controller_of_a_list_of_companies() -> None:
    fs = facts_of("棠浦岩松物流有限公司（下文简称“岩松物流”）及棠浦鹿鸣供应链有限公司（下文简称“鹿鸣供应链”）名下股权均由员工代持。"
                  "监管部门穿透核查后认为，岑立秋先生系鹿鸣供应链与岩松物流的实际控制人。", date="2024-09-01")
    assert quals(fs, "岑立秋", "HOLDS_STAKE", "岩松物流")["controlling"] is True
    assert quals(fs, "岑立秋", "HOLDS_STAKE", "鹿鸣供应链")["controlling"] is True


def test_buyers_told_in_turn_then_each_figure() -> None:
    fs = facts_of("筠州岚桥实业有限公司（“岚桥实业”）与筠州石渠创投有限公司（“石渠创投”）注册地均在筠州高新区，股东高度重合。"
                  "2020年以来，岚桥实业与石渠创投相继通过协议转让购入了松陵农商银行部分股权，分别持有3.6%和2.2%。", date="2024-09-01")
    assert quals(fs, "岚桥实业", "HOLDS_STAKE", "松陵农商银行")["percent"] == 3.6
    assert quals(fs, "石渠创投", "HOLDS_STAKE", "松陵农商银行")["percent"] == 2.2


def test_a_rename_notice_gives_the_new_name_what_it_says_of_the_company_after() -> None:
    text = ("鸥汀智联股份公司（下称“公司”）更名一事此前已获股东大会通过。"
            "日前，公司名称已正式变更为“鸥汀数链股份公司”，股票简称随之调整。"
            "更名完成后，实际控制人依然为钱沐阳先生；鸥汀控股集团依然是公司控股股东，持有公司31.2%股份。")
    fs = facts_of(text, date="2025-11-14")
    assert quals(fs, "鸥汀智联股份公司", "RENAMED_TO", "鸥汀数链股份公司")["date"] == "2025-11"
    assert quals(fs, "鸥汀控股集团", "HOLDS_STAKE", "鸥汀数链股份公司")["percent"] == 31.2
    assert quals(fs, "钱沐阳", "HOLDS_STAKE", "鸥汀数链股份公司")["controlling"] is True


def test_numbered_holder_items_under_a_line_naming_the_company_held() -> None:
    text = ("篁溪消费金融公司（“篁溪消金”）增资扩股方案日前获批。篁溪消金的控股股东仍为篁溪农商银行。"
            "本轮增资落地后，篁溪消金股东结构为：\n1.篁溪农商银行，持股40%；\n2.翠屏电器集团，持股26%；\n"
            "3.澜汐人寿，持股17.5%。")
    fs = facts_of(text, date="2024-08-01")
    assert quals(fs, "翠屏电器集团", "HOLDS_STAKE", "篁溪消金")["percent"] == 26.0
    assert quals(fs, "澜汐人寿", "HOLDS_STAKE", "篁溪消金")["percent"] == 17.5


def test_a_spaced_table_of_shares_before_and_after_a_change() -> None:
    text = ("枫湾银行（601877.SH）披露，定向增发新股完成登记后，两名持股5%以上股东的持股比例相应下降。\n"
            "股东　　　　持股数（股）　　发行前持股比例　　发行后持股比例\n"
            "枫湾港务　　126,000,000　　6.30%　　　　　5.25%\n"
            "枫湾能源　　34,000,000　　 1.70%　　　　　1.42%\n"
            "合计　　　　160,000,000　　8.00%　　　　　6.67%\n"
            "注：上表发行后持股比例依据截止2025年2月28日登记的总股本测算。")
    fs = facts_of(text, date="2025-03-05")
    assert quals(fs, "枫湾港务", "HOLDS_STAKE", "枫湾银行", percent=5.25)["as_of"] == "2025-02-28"
    assert quals(fs, "枫湾能源", "HOLDS_STAKE", "枫湾银行", percent=1.7)


def test_a_holder_that_plans_to_move_its_shares_holds_them_now() -> None:
    text = ("沅屿港务股份公司（下称“沅屿港务”）11月12日晚间披露，公司日前收到控股股东沅屿城发集团的告知函，"
            "沅屿城发集团计划将其所持公司26.7%的股份以无偿划转方式注入沅屿国资运营公司。")
    fs = facts_of(text, date="2025-11-13")
    q = quals(fs, "沅屿城发集团", "HOLDS_STAKE", "沅屿港务", percent=26.7)
    assert q["controlling"] is True
