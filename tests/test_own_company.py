"""Who 本公司 / 我公司 / 本行 is in a firm's own document (extract.own_company), and the facts of a
company's history told before its rename (extract.rules.before_renames), the holder line of
contributions (extract.rules.contribution_lines) and a sibling subsidiary that is no parent."""

from __future__ import annotations

from extract.mention_records import Inventory
from extract.own_company import own_company
from tests.helpers import facts_of, posts, triples

_FUND = """青杉灵活配置混合型证券投资基金
更新招募说明书

基金管理人：青杉基金管理有限公司
基金托管人：北原银行股份有限公司

第三部分 基金管理人
一、主要人员情况
韩柏舟先生，曾在南屿证券股份有限公司任职投资经理多年，2018年加入本公司，2021年5月起任本公司副总经理。
"""


def test_a_fund_document_is_its_manager_s() -> None:
    # the broker named last before 本公司 is where the officer came from, not the firm 本公司 stands for
    assert ("韩柏舟", "青杉基金管理有限公司", "deputy_general_manager") in posts(_FUND)
    assert not any(c == "南屿证券股份有限公司" and r == "deputy_general_manager" for _p, c, r in posts(_FUND))


_LETTER = """致各合作单位的函

各合作单位：

我公司控股股东北汀能源集团有限公司去年已将所持股份全部转让。本函发出之日，我公司董事长为钟若谷，总经理为葛一帆。

特此函告。

澜岸商业保理有限公司
（原北汀商业保理有限公司）
2025年11月3日
"""


def test_a_letter_is_its_signer_s() -> None:
    got = posts(_LETTER)
    assert ("钟若谷", "澜岸商业保理有限公司", "chairman") in got
    assert not any(c.startswith("北汀能源") for _p, c, _r in got)


def test_a_signature_is_a_firm_s_line_alone() -> None:
    inv = Inventory()
    inv.add("C:澜岸商业保理有限公司", "澜岸商业保理有限公司", "Company", "澜岸商业保理有限公司", "澜岸商业保理有限公司", 0)
    assert own_company(inv, "本公司同意。\n\n澜岸商业保理有限公司\n2025年11月3日\n") == ("C:澜岸商业保理有限公司", "signature")
    # a closing sentence that names the firm is no signature; nor is a text that never speaks of itself
    assert own_company(inv, "本公司同意。\n\n以上信息由澜岸商业保理有限公司提供。\n") is None
    assert own_company(inv, "董事会同意。\n\n澜岸商业保理有限公司\n2025年11月3日\n") is None


_PANELS = """西陵农商银行四十年图文回顾
编写：西陵农村商业银行股份有限公司宣传部

【图一】2019年5月，本行发起设立的全资子公司西陵村镇服务有限公司挂牌，控股子公司西陵金融科技有限公司同期迁址。
【图二】2022年8月，董事会选举邬启明为董事长。
【图三】截至2024年末，荆门产业投资集团有限公司持有本行9.15%股份，为本行第一大股东。
"""


def test_an_author_line_names_the_firm_of_its_panels() -> None:
    facts = facts_of(_PANELS)
    got = triples(facts)
    assert ("荆门产业投资集团有限公司", "HOLDS_STAKE", "西陵农村商业银行股份有限公司", 9.15) in got
    assert ("西陵金融科技有限公司", "SUBSIDIARY_OF", "西陵农村商业银行股份有限公司", "subsidiary") in got
    assert not any(s == "西陵金融科技有限公司" and o == "西陵村镇服务有限公司" for s, _p, o, _k in got)
    assert ("邬启明", "西陵农村商业银行股份有限公司", "chairman") in posts(_PANELS)


_HISTORY = """（三）被评估单位沿革
名称：海屿融资担保有限公司（以下简称“公司”）
1. 2011年4月设立
公司设立时名称为“苍梧融资担保有限公司”，注册资本2,000万元。
2. 2014年9月股权转让
自然人费承宇将其持有的公司25%股权转让给苍梧控股有限公司。
3. 2017年2月更名
2017年2月，公司名称变更为“海屿融资担保有限公司”。
4. 2020年6月股权转让
苍梧控股有限公司将其持有的公司10%股权转让给岚台投资有限公司。
"""


def test_a_sale_before_the_rename_is_of_the_former_name() -> None:
    facts = facts_of(_HISTORY)
    sales = {(f.subject.name, f.object.name, f.qualifiers.get("buyer")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("费承宇", "苍梧融资担保有限公司", "苍梧控股有限公司") in sales  # 2014, before the 2017 rename
    assert ("苍梧控股有限公司", "海屿融资担保有限公司", "岚台投资有限公司") in sales  # 2020: under the name it has now
    assert ("苍梧融资担保有限公司", "RENAMED_TO", "海屿融资担保有限公司", None) in triples(facts)


def test_a_holding_told_as_now_keeps_the_new_name() -> None:
    text = ("经核准，我公司名称自2025年9月1日起由“丹枫小额贷款有限公司”变更为“霁川小额贷款有限公司”。"
            "2025年6月18日，丹枫实业有限公司将所持我公司60%股权转让予霁川集团有限公司。"
            "目前霁川集团有限公司持有我公司60%股权。\n\n霁川小额贷款有限公司\n2025年9月5日\n")
    got = triples(facts_of(text))
    assert ("丹枫实业有限公司", "SOLD_STAKE", "丹枫小额贷款有限公司", 60.0) in got  # sold before the new name
    assert ("霁川集团有限公司", "HOLDS_STAKE", "霁川小额贷款有限公司", 60.0) in got  # held now, under it


_SHEET = """一、基金管理人概况
名称：松澜资产管理有限公司
法定代表人：裴知行
股权结构：北辰信托股份有限公司出资2亿元，占注册资本的40%；南汇实业有限公司出资3亿元，占注册资本的60%。
"""


def test_a_contribution_line_gives_each_holder_s_share() -> None:
    got = triples(facts_of(_SHEET), "HOLDS_STAKE")
    assert ("北辰信托股份有限公司", "HOLDS_STAKE", "松澜资产管理有限公司", 40.0) in got
    assert ("南汇实业有限公司", "HOLDS_STAKE", "松澜资产管理有限公司", 60.0) in got
