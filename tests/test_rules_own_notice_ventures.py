"""A firm's own notice calling itself 我公司, founding and joint-venture stakes in one clause, a subsidiary's history in a
notice, and posts the prose gives elsewhere: on sentences written for these tests (invented firms and people)."""

from __future__ import annotations

from .helpers import facts_of, posts, quals


def _of(facts, predicate):
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("buyer"))
            for f in facts if str(f.predicate) == predicate}


#: a notice's table of capital shares before and after a transfer, drawn with full-width spaces
_TABLE_TITLE = "临皋文创园区运营有限公司股东出资变更公告"
_TABLE_HEAD = ("临皋文创园区运营有限公司\n关于股东出资变更事项的公告\n经股东会审议，股权变更前后本司出资情况列示如下：\n"
               "股东名称　　　　　　　　变更前出资比例　　　变更后出资比例\n")
_TABLE = (_TABLE_HEAD + "松涛贸易有限公司　　　　　40%　　　　　　　　—\n"
          "白沙湾港务集团有限公司　　—　　　　　　　　　40%\n"
          "临皋文旅发展有限公司　　　60%　　　　　　　　60%\n")


def test_our_company_is_the_notice_issuer_in_a_sale() -> None:
    text = ("砚溪支付科技有限公司关于股东转让所持股权的公告\n"
            "经友好协商，我公司原股东栖霞湾创业投资有限公司于2024年9月17日与鹭门控股有限公司签署《股权转让协议》，"
            "将其所持我公司22%股权全部转让给鹭门控股有限公司。")
    facts = facts_of(text, title="砚溪支付科技有限公司关于股东转让所持股权的公告")
    assert ("栖霞湾创业投资有限公司", "砚溪支付科技有限公司", 22.0, "鹭门控股有限公司") in _of(facts, "SOLD_STAKE")


def test_capital_share_columns_before_and_after_a_transfer() -> None:
    facts = facts_of(_TABLE, title=_TABLE_TITLE)
    now = {(f.subject.name, f.qualifiers.get("percent")) for f in facts
           if str(f.predicate) == "HOLDS_STAKE" and not f.qualifiers.get("former")}
    assert ("白沙湾港务集团有限公司", 40.0) in now and ("临皋文旅发展有限公司", 60.0) in now


def test_a_rating_agencys_chief_rating_officer() -> None:
    got = posts("衡岳信用评级有限公司的董事会通过决议，聘任陶景明先生担任公司首席评级官。")
    assert ("陶景明", "衡岳信用评级有限公司", "other") in got


def test_joint_venture_partners_each_hold_their_figure() -> None:
    text = ("枫桥财富管理有限公司由日本券商三岛证券株式会社与白鹭信托有限责任公司（“白鹭信托”）全资子公司白鹭信科有限公司"
            "联合设立，股东分别认缴55%及45%。")
    facts = facts_of(text)
    stakes = _of(facts, "HOLDS_STAKE")
    assert ("三岛证券株式会社", "枫桥财富管理有限公司", 55.0, None) in stakes
    assert ("白鹭信科有限公司", "枫桥财富管理有限公司", 45.0, None) in stakes
    assert quals(facts, "白鹭信科有限公司", "SUBSIDIARY_OF", "白鹭信托有限责任公司")["kind"] == "wholly_owned"


def test_a_founder_that_controls_and_the_rest_held_by_another() -> None:
    text = ("澜沧汽车金融有限公司由滇洱汽车集团股份有限公司出资设立并控股，出资比例为65%，"
            "其余35%股权由两家外部投资者持有，是滇洱汽车集团股份有限公司的控股子公司。")
    facts = facts_of(text)
    assert quals(facts, "滇洱汽车集团股份有限公司", "HOLDS_STAKE", "澜沧汽车金融有限公司", percent=65.0)
    assert quals(facts, "澜沧汽车金融有限公司", "SUBSIDIARY_OF", "滇洱汽车集团股份有限公司")


def test_a_founder_written_in_latin_letters() -> None:
    facts = facts_of("峡湾投资顾问有限公司由Marta Lindqvist于1992年在斯德哥尔摩创立，目前管理资产约40亿美元。")
    assert quals(facts, "Marta Lindqvist", "FOUNDED", "峡湾投资顾问有限公司")["date"] == "1992"


def test_a_post_held_by_the_parents_officer_and_the_next_post_at_the_company() -> None:
    text = "沐阳金融资产投资有限公司董事长严知秋先生由母公司沐阳银行执行董事、副行长兼任，总经理为温启航先生。"
    got = posts(text)
    assert ("严知秋", "沐阳银行", "vice_president") in got
    assert ("温启航", "沐阳金融资产投资有限公司", "general_manager") in got and ("温启航", "沐阳银行", "general_manager") not in got


def test_a_post_at_an_unnamed_bank_is_no_post_here() -> None:
    got = posts("嵩阳期货有限公司现任总经理施岱，金融学硕士，此前担任某城商行苏州分行副行长。")
    assert got == {("施岱", "嵩阳期货有限公司", "general_manager")}


def test_an_underwriters_name_keeps_its_first_words() -> None:
    facts = facts_of("海岳债券承销有限公司于2017年8月更名为海岳承销保荐有限公司。")
    assert quals(facts, "海岳债券承销有限公司", "RENAMED_TO", "海岳承销保荐有限公司")


def test_a_subsidiary_obtained_from_its_seller_in_a_note() -> None:
    text = "（3）青垣保理有限公司（“青垣保理”）系本公司于2019年8月从宏沣物产有限公司处收购其持有的60%股权后取得。"
    facts = facts_of(text, title="东湄金融控股有限公司2023年半年度报告")
    assert ("宏沣物产有限公司", "青垣保理有限公司", 60.0, "东湄金融控股有限公司") in _of(facts, "SOLD_STAKE")


def test_a_share_the_change_left_as_it_was_is_held_still() -> None:
    facts = facts_of(_TABLE, title=_TABLE_TITLE)
    assert not quals(facts, "临皋文旅发展有限公司", "HOLDS_STAKE", "临皋文创园区运营有限公司", percent=60.0).get("former")


def test_the_controller_after_the_change_is_the_tables_holding_after_it() -> None:
    text = (_TABLE_HEAD + "松涛贸易有限公司　　　　　58%　　　　　　　　—\n"
            "白沙湾港务集团有限公司　　—　　　　　　　　　58%\n"
            "临皋文旅发展有限公司　　　42%　　　　　　　　42%\n"
            "转让完成后，白沙湾港务集团有限公司成为我司的控股股东。\n")
    facts = facts_of(text, title=_TABLE_TITLE)
    held = [f.qualifiers for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "白沙湾港务集团有限公司"]
    assert held == [{"percent": 58.0, "controlling": True}] or (len(held) == 1 and held[0].get("percent") == 58.0
                                                              and held[0].get("controlling"))


def test_a_rating_agency_is_called_by_its_brand() -> None:
    from text.abridged import shortens
    assert shortens("衡岳", "衡岳资信评级有限公司") and shortens("北辰中诚", "北辰中诚信用评估股份有限公司")
    assert not shortens("衡岳", "衡岳资本有限公司")
