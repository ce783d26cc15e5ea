"""Stakes told in prose clauses, on sentences written for these tests: a holding through a foreign vehicle with a
Latin legal form, a subsidiary's share told after its name, a projected stake, the share of a firm that is only
a reinvestment, the word for shares before the figure, the rest held by a firm its head is named with, two
owners one named as the other's partner, a description glued to the holder's name, and a notice's own word
for itself (我司) defined in a bracket."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str, title: str = "", date: str = "") -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
            for f in facts_of(text, title, date) if str(f.predicate) == "HOLDS_STAKE"}


def test_a_holding_through_a_vehicle_with_an_italian_or_brazilian_legal_form() -> None:
    text = ("都灵的公司登记显示，榆林保险经纪有限公司的股东有三名：Tessitura Partecipazioni S.r.l.持股38%，"
            "热那亚的Vela Assicurazioni S.p.A.持股14%，陶立山本人持股48%。Tessitura Partecipazioni S.r.l.由陶立山全资持有。")
    got = _stakes(text)
    assert ("Tessitura Partecipazioni S.r.l.", "榆林保险经纪有限公司", 38.0) in got
    assert ("陶立山", "Tessitura Partecipazioni S.r.l.", 100.0) in got
    assert ("Vela Assicurazioni S.p.A.", "榆林保险经纪有限公司", 14.0) in got
    text = "据巴西公司登记，Cerrado Agronegocios Ltda.目前持有柏溪期货经纪有限公司40%的股权。"
    assert ("Cerrado Agronegocios Ltda.", "柏溪期货经纪有限公司", 40.0) in _stakes(text)


def test_a_share_told_right_after_the_subsidiary_it_is_of() -> None:
    text = "芦洲证券股份有限公司于2021年在深圳注册成立附属公司芦洲资本管理有限公司，持股70%，负责另类投资业务。"
    assert ("芦洲证券股份有限公司", "芦洲资本管理有限公司", 70.0) in _stakes(text)
    text = "桐江控股有限公司还设立了全资子公司桐江物业服务有限公司（注册于杭州），持股100%。"
    assert ("桐江控股有限公司", "桐江物业服务有限公司", 100.0) in _stakes(text)


def test_a_stake_the_deal_is_projected_to_leave_is_not_held() -> None:
    text = "澜湄生物科技股份有限公司拟发行新股。发行完成后（预计），蔡明远持股约41.5%。"
    assert not any(p == 41.5 for _s, _o, p in _stakes(text))
    text = "倘若这次并购顺利落地，澧川物流有限公司持有海宁冷链股份有限公司31%的股份。"
    assert not any(p == 31.0 for _s, _o, p in _stakes(text))
    text = "预计交易完成后，澧川物流有限公司持有海宁冷链股份有限公司31%的股份。"
    assert not any(p == 31.0 for _s, _o, p in _stakes(text))


def test_a_share_of_a_reinvested_firm_and_the_word_for_shares_before_the_figure() -> None:
    text = "另據了解，嘉禾期貨股份有限公司為北港產物保險股份有限公司轉投資持股百分之三十八之公司，總部設於台中。"
    assert ("北港產物保險股份有限公司", "嘉禾期貨股份有限公司", 38.0) in _stakes(text)
    text = ("根據登記資料，創辦人施文彬持有鹿港紡織股份有限公司股份百分之五十一，"
            "剩餘股份百分之三十由施文彬出任負責人之鹿港創投有限公司持有。")
    got = _stakes(text)
    assert ("施文彬", "鹿港紡織股份有限公司", 51.0) in got
    assert ("鹿港創投有限公司", "鹿港紡織股份有限公司", 30.0) in got


def test_two_owners_the_second_named_as_the_first_ones_partner() -> None:
    text = ("莲溪餐饮管理有限公司的总经理方柏舟、财务总监钱晓棠昨日接受了采访。"
            "莲溪餐饮管理有限公司由方柏舟及其创业伙伴钱晓棠分别持有70%、30%的股权。")
    got = _stakes(text)
    assert ("方柏舟", "莲溪餐饮管理有限公司", 70.0) in got
    assert ("钱晓棠", "莲溪餐饮管理有限公司", 30.0) in got


def test_a_description_written_before_the_holder_is_not_the_company_held() -> None:
    text = "榉溪保险代理有限公司由叶晨于2019年创办，叶晨持股55%。德国租赁公司Kessler Leasing GmbH持股30%，为第二大股东。"
    got = _stakes(text)
    assert ("Kessler Leasing GmbH", "榉溪保险代理有限公司", 30.0) in got
    assert not any(o.startswith("德国") for _s, o, _p in got)


def test_our_own_word_defined_in_a_bracket_and_a_new_name_that_takes_effect_after_the_notice() -> None:
    text = ("各位投保人：\n感谢大家对杞山保险代理有限公司（以下简称“我司”）的支持。"
            "经股东会决议，我司名称将自2026年3月1日起由“杞山保险代理有限公司”变更为“杞山保险经纪有限公司”。"
            "芷江实业股份有限公司收购我司28%股权一事，工商登记已于2025年9月完成。"
            "收购完成后，我司股东结构为：芷江实业股份有限公司持股58%，石门创投有限公司持股17%。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
           for f in facts_of(text, date="2025-12-05") if str(f.predicate) == "HOLDS_STAKE"}
    assert ("芷江实业股份有限公司", "杞山保险代理有限公司", 58.0, "2025-09") in got
    assert ("石门创投有限公司", "杞山保险代理有限公司", 17.0, "2025-09") in got
    assert not any(o == "杞山保险经纪有限公司" for _s, o, _p, _d in got)  # the new name is not yet the firm's


def test_a_rename_applied_for_is_no_rename() -> None:
    text = "蓬山典当有限公司董事会已决议申请更名为蓬山资产管理有限公司，材料已经递交，结果要等到明年。"
    assert not [f for f in facts_of(text) if str(f.predicate) == "RENAMED_TO"]
    text = "蓬山典当有限公司申请更名为蓬山资产管理有限公司一事已获核准。"
    assert [f for f in facts_of(text) if str(f.predicate) == "RENAMED_TO"]


def test_a_holding_that_fell_to_a_figure_told_with_wei() -> None:
    text = "經過上週的減持，青峰國際股份有限公司對澄海人壽保險股份有限公司持股降為4.7%。"
    assert ("青峰國際股份有限公司", "澄海人壽保險股份有限公司", 4.7) in _stakes(text)


def test_the_part_held_before_told_in_a_bracket_after_the_new_total() -> None:
    text = "经过这轮协议受让，白沙港务集团有限公司目前共持有临川物流股份有限公司35.2%股权（其中原持有12.5%），稳居第一大股东。"
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), bool(f.qualifiers.get("former")))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("白沙港务集团有限公司", "临川物流股份有限公司", 35.2, False) in got
    assert ("白沙港务集团有限公司", "临川物流股份有限公司", 12.5, True) in got


def test_a_controlling_holder_told_without_its_company_in_a_directory_entry() -> None:
    text = ("供应商编号：S-0415\n公司名称：鄞川软件股份有限公司\n"
            "公司概况：主营保险理赔系统研发，控股股东是云帆控股有限公司。\n对接人：邬若川\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("controlling"))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("云帆控股有限公司", "鄞川软件股份有限公司", True) in got
