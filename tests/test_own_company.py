"""Who 本公司 / 我公司 / 本行 is in a firm's own document (extract.own_company), and the facts of a
company's history told before its rename (extract.rules.before_renames), the holder line of
contributions (extract.rules.contribution_lines) and a sibling subsidiary that is no parent."""

from __future__ import annotations

from extract.mention_records import Inventory
from extract.own_company import own_company
from tests.helpers import facts_of, posts, triples

_FUND = """柘潭恒裕纯债基金
2025年第三季度报告

基金管理人：柘潭基金管理有限公司
基金托管人：沅岑银行股份有限公司
本报告已经基金托管人沅岑银行股份有限公司复核。

§4 管理人报告
4.1 高级管理人员
蒲砚秋女士，2016年至2020年就职于箬岭期货有限公司，此后进入本公司，2023年11月获聘为本公司副总经理。
"""


def test_a_fund_document_is_its_manager_s() -> None:
    # neither the custodian the head names nor the officer's former employer is the firm 本公司 stands for
    got = posts(_FUND)
    assert ("蒲砚秋", "柘潭基金管理有限公司", "deputy_general_manager") in got
    assert not any(c in ("沅岑银行股份有限公司", "箬岭期货有限公司") and r == "deputy_general_manager" for _p, c, r in got)


_LETTER = """关于启用新名称的告知函

尊敬的客户：

因股权结构调整，霍川交通投资有限公司自今年起不再是我公司的控股股东。目前我公司董事长为牟清远，贺南星任总经理。

请予知悉。

苕汀融资租赁有限公司
（原霍川融资租赁有限公司）
2025年12月10日
"""


def test_a_letter_is_its_signer_s() -> None:
    got = posts(_LETTER)
    assert ("牟清远", "苕汀融资租赁有限公司", "chairman") in got
    assert not any(c.startswith("霍川交通") for _p, c, _r in got)


def test_a_signature_is_a_firm_s_line_alone() -> None:
    inv = Inventory()
    inv.add("C:苕汀融资租赁有限公司", "苕汀融资租赁有限公司", "Company", "苕汀融资租赁有限公司", "苕汀融资租赁有限公司", 0)
    signed = "我司对此无异议。\n\n苕汀融资租赁有限公司\n2025年12月10日\n"
    assert own_company(inv, signed) == ("C:苕汀融资租赁有限公司", "signature")
    # a closing sentence that names the firm is no signature; nor is a text that never speaks of itself
    assert own_company(inv, "我司对此无异议。\n\n如有疑问，请致电苕汀融资租赁有限公司客服。\n") is None
    assert own_company(inv, "经研究，同意上述安排。\n\n苕汀融资租赁有限公司\n2025年12月10日\n") is None


_PANELS = """栾湖保险二十年纪念册
编印：栾湖财产保险股份有限公司品牌宣传部

【第一页】2016年，控股子公司栾湖健康管理有限公司获准筹建，全资子公司栾湖保险代理有限公司随后完成登记。
【第二页】2021年4月，尹慕白接任董事长。
【第三页】栾湖城建集团有限公司持有本公司12.4%股份，位列股东首位。
"""


def test_an_author_line_names_the_firm_of_its_panels() -> None:
    facts = facts_of(_PANELS)
    got = triples(facts)
    assert ("栾湖城建集团有限公司", "HOLDS_STAKE", "栾湖财产保险股份有限公司", 12.4) in got
    assert ("栾湖保险代理有限公司", "SUBSIDIARY_OF", "栾湖财产保险股份有限公司", "wholly_owned") in got
    assert not any(s == "栾湖保险代理有限公司" and o == "栾湖健康管理有限公司" for s, _p, o, _k in got)
    assert ("尹慕白", "栾湖财产保险股份有限公司", "chairman") in posts(_PANELS)


_HISTORY = """二、沿革
鹭汀融资租赁有限公司（以下简称“公司”）于2009年7月在厦门注册，成立时的名称为“渠阳融资租赁有限公司”。
2013年5月，公司股东发生变动。自然人沈既白将其持有的公司30%股权转让给渠阳实业有限公司。
2016年8月，公司更名为“鹭汀融资租赁有限公司”。
2021年3月，渠阳实业有限公司向澹台资本有限公司转让所持公司15%股权。
"""


def test_a_sale_before_the_rename_is_of_the_former_name() -> None:
    facts = facts_of(_HISTORY)
    sales = {(f.subject.name, f.object.name, f.qualifiers.get("buyer")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("沈既白", "渠阳融资租赁有限公司", "渠阳实业有限公司") in sales  # 2013, before the 2016 rename
    assert ("渠阳实业有限公司", "鹭汀融资租赁有限公司", "澹台资本有限公司") in sales  # 2021: under the name it has now
    assert ("渠阳融资租赁有限公司", "RENAMED_TO", "鹭汀融资租赁有限公司", None) in triples(facts)


def test_a_holding_told_as_now_keeps_the_new_name() -> None:
    text = ("致各往来银行：\n岑溪矿业有限公司于2025年2月10日将所持我公司45%股权全部转让给璞原控股有限公司。"
            "2025年4月1日，我公司由“岑溪供应链管理有限公司”更名为“璞原供应链管理有限公司”。"
            "截至本函，璞原控股有限公司依然持有我公司45%股权。\n\n璞原供应链管理有限公司\n2025年4月8日\n")
    got = triples(facts_of(text))
    assert ("岑溪矿业有限公司", "SOLD_STAKE", "岑溪供应链管理有限公司", 45.0) in got  # sold before the new name
    assert ("璞原控股有限公司", "HOLDS_STAKE", "璞原供应链管理有限公司", 45.0) in got  # held now, under it


_SHEET = """三、管理人基本信息
公司名称：岫云私募基金管理有限公司
成立日期：2018年10月
股东情况：桐庐文旅集团有限公司认缴出资3,500万元，占注册资本比例为70%；岫湾创业投资有限公司认缴出资1,500万元，占注册资本比例为30%。
"""


def test_a_contribution_line_gives_each_holder_s_share() -> None:
    got = triples(facts_of(_SHEET), "HOLDS_STAKE")
    assert ("桐庐文旅集团有限公司", "HOLDS_STAKE", "岫云私募基金管理有限公司", 70.0) in got
    assert ("岫湾创业投资有限公司", "HOLDS_STAKE", "岫云私募基金管理有限公司", 30.0) in got
