"""A firm's own notice calling itself 我公司, founding and joint-venture stakes in one clause, a subsidiary's history in a
notice, and posts the prose gives elsewhere: on sentences written for these tests (invented firms and people)."""

from __future__ import annotations

from .helpers import facts_of, posts, quals


def _of(facts, predicate):
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("buyer"))
            for f in facts if str(f.predicate) == predicate}


#: a notice's table of capital shares before and after a transfer, drawn with full-width spaces
_TABLE_TITLE = "南屏征信服务有限公司关于出资人变更的公告"
_TABLE = ("南屏征信服务有限公司\n关于出资人变更的公告\n本次转让完成前后，我司出资结构如下：\n"
          "出资人名称　　　　　　　转让前出资比例　　　转让后出资比例\n"
          "青枫创投有限公司　　　　35%　　　　　　　　—\n"
          "岚山产业投资集团有限公司　—　　　　　　　　35%\n"
          "北岙实业有限公司　　　　65%　　　　　　　　65%\n")


def test_our_company_is_the_notice_issuer_in_a_sale() -> None:
    text = ("南屏征信服务有限公司关于股权变更的公告\n"
            "2023年5月8日，我公司原股东青枫创投有限公司与岚山产业投资集团有限公司签订协议，"
            "将其所持有的我公司35%股权转让给岚山产业投资集团有限公司。")
    facts = facts_of(text, title="南屏征信服务有限公司关于股权变更的公告")
    assert ("青枫创投有限公司", "南屏征信服务有限公司", 35.0, "岚山产业投资集团有限公司") in _of(facts, "SOLD_STAKE")


def test_capital_share_columns_before_and_after_a_transfer() -> None:
    facts = facts_of(_TABLE, title=_TABLE_TITLE)
    now = {(f.subject.name, f.qualifiers.get("percent")) for f in facts
           if str(f.predicate) == "HOLDS_STAKE" and not f.qualifiers.get("former")}
    assert ("岚山产业投资集团有限公司", 35.0) in now and ("北岙实业有限公司", 65.0) in now


def test_a_rating_agencys_chief_rating_officer() -> None:
    assert ("韩立川", "东屏资信评级有限公司", "other") in posts("东屏资信评级有限公司董事会决定聘任韩立川为公司首席评级官。")


def test_joint_venture_partners_each_hold_their_figure() -> None:
    text = ("云岫保险经纪有限公司由欧洲保险集团韦斯特纳集团和青岚银行股份有限公司（“青岚银行”）控股子公司青岚投资有限公司"
            "共同出资组建，两家分别出资60%、40%。")
    facts = facts_of(text)
    stakes = _of(facts, "HOLDS_STAKE")
    assert ("韦斯特纳集团", "云岫保险经纪有限公司", 60.0, None) in stakes
    assert ("青岚投资有限公司", "云岫保险经纪有限公司", 40.0, None) in stakes
    assert quals(facts, "青岚投资有限公司", "SUBSIDIARY_OF", "青岚银行股份有限公司")["kind"] == "subsidiary"


def test_a_founder_that_controls_and_the_rest_held_by_another() -> None:
    text = ("岷江消费金融有限公司系由四川岷江农村商业银行股份有限公司作为主发起人设立并控股，持股比例为70%，"
            "其余30%股份由成都锦里投资有限公司持有，为四川岷江农村商业银行股份有限公司的控股子公司。")
    facts = facts_of(text)
    assert quals(facts, "四川岷江农村商业银行股份有限公司", "HOLDS_STAKE", "岷江消费金融有限公司", percent=70.0)
    assert quals(facts, "岷江消费金融有限公司", "SUBSIDIARY_OF", "四川岷江农村商业银行股份有限公司")


def test_a_founder_written_in_latin_letters() -> None:
    facts = facts_of("海岬资本管理有限公司由Henry Caldwell于1985年在伦敦创办，如今已是欧洲知名的私募机构。")
    assert quals(facts, "Henry Caldwell", "FOUNDED", "海岬资本管理有限公司")["date"] == "1985"


def test_a_post_held_by_the_parents_officer_and_the_next_post_at_the_company() -> None:
    text = "澄湖金融租赁有限公司董事长郑北辰同志由母行临川银行党委副书记、行长兼任，总经理为余望舒同志。"
    got = posts(text)
    assert ("郑北辰", "临川银行", "president") in got
    assert ("余望舒", "澄湖金融租赁有限公司", "general_manager") in got and ("余望舒", "临川银行", "general_manager") not in got


def test_a_post_at_an_unnamed_bank_is_no_post_here() -> None:
    got = posts("朗石信托有限公司总裁柯远舟，经济学博士，曾任某国有银行省分行副行长。")
    assert not any(company == "朗石信托有限公司" and "副行长" in role for _p, company, role in got)
    assert {(p, c) for p, c, _r in got} == {("柯远舟", "朗石信托有限公司")}


def test_an_underwriters_name_keeps_its_first_words() -> None:
    facts = facts_of("2020年3月，澄江证券承销有限公司更名为东林承销保荐有限公司。")
    assert quals(facts, "澄江证券承销有限公司", "RENAMED_TO", "东林承销保荐有限公司")


def test_a_subsidiary_obtained_from_its_seller_in_a_note() -> None:
    text = "注2：岱山小额贷款有限公司系本公司于2021年4月自舟岚实业有限公司受让其所持51%股权取得。"
    facts = facts_of(text, title="东屿融资担保有限公司2022年度财务报表附注")
    assert ("舟岚实业有限公司", "岱山小额贷款有限公司", 51.0, "东屿融资担保有限公司") in _of(facts, "SOLD_STAKE")


def test_a_share_the_change_left_as_it_was_is_held_still() -> None:
    facts = facts_of(_TABLE, title=_TABLE_TITLE)
    assert not quals(facts, "北岙实业有限公司", "HOLDS_STAKE", "南屏征信服务有限公司", percent=65.0).get("former")


def test_the_controller_after_the_change_is_the_tables_holding_after_it() -> None:
    text = ("南屏征信服务有限公司\n关于出资人变更的公告\n本次转让完成前后，我司出资结构如下：\n"
            "出资人名称　　　　　　　转让前出资比例　　　转让后出资比例\n"
            "青枫创投有限公司　　　　55%　　　　　　　　—\n"
            "岚山产业投资集团有限公司　—　　　　　　　　55%\n"
            "北岙实业有限公司　　　　45%　　　　　　　　45%\n"
            "本次变更后，岚山产业投资集团有限公司成为我司控股股东。\n")
    facts = facts_of(text, title="南屏征信服务有限公司关于出资人变更的公告")
    held = [f.qualifiers for f in facts if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "岚山产业投资集团有限公司"]
    assert held == [{"percent": 55.0, "controlling": True}] or (len(held) == 1 and held[0].get("percent") == 55.0
                                                              and held[0].get("controlling"))


def test_a_rating_agency_is_called_by_its_brand() -> None:
    from text.abridged import shortens
    assert shortens("东屏", "东屏资信评级有限公司") and shortens("南屏信和", "南屏信和信用评估股份有限公司")
    assert not shortens("东屏", "东屏资本有限公司")
