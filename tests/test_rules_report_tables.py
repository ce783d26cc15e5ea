"""An annual report's shareholder table and the reporter its title names (invented firms): the
title's legal name is the company the text calls 公司, though the text writes only its short
name; the rows put each holder's nature before its share and the year's change after it."""

from __future__ import annotations

from .helpers import facts_of

_REPORT = ("第七节 股份变动及股东情况\n"
           "1、报告期末前十名股东持股情况\n"
           "股东名称｜股东性质｜报告期末持股比例｜报告期内增减变动\n"
           "溯川投资控股集团有限公司｜国有法人｜41.30%｜不变\n"
           "南郊城建资本管理有限公司｜国有法人｜8.20%｜增加3.10个百分点\n"
           "东栅实业有限公司｜境内非国有法人｜2.75%｜减少3.10个百分点\n"
           "二、公司股票上市情况\n"
           "公司股票于2003年在上海证券交易所主板上市，证券简称“溯川信托”。\n")


def test_report_rows_are_holdings_of_the_company_its_title_names() -> None:
    facts = facts_of(_REPORT, title="溯川信托股份有限公司2024年年度报告（节选）")
    held = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "HOLDS_STAKE"}
    owner = {n for f in facts if str(f.predicate) == "HOLDS_STAKE" for n in (f.object.name, *f.object.aliases)}
    assert "溯川信托" in owner
    assert ("溯川投资控股集团有限公司", "溯川信托", 41.3) in held
    assert ("南郊城建资本管理有限公司", "溯川信托", 8.2) in held  # (资本 whole: its 本 no pronoun)
    assert ("东栅实业有限公司", "溯川信托", 2.75) in held


def test_a_sale_whose_seller_is_given_a_short_name_before_the_verb() -> None:
    text = ("2、报告期内股东变动说明\n2024年9月，东栅实业有限公司（以下简称“东栅实业”）通过协议转让方式将其所持公司3.10%股份"
            "转让给南郊城建资本管理有限公司（以下简称“南郊资本”），过户登记手续于2024年11月4日办妥。\n")
    facts = facts_of(text, title="溯川信托股份有限公司2024年年度报告（节选）")
    sold = {(f.subject.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("东栅实业有限公司", 3.1) in sold


def test_a_digest_s_paragraphs_headed_by_their_bank_keep_its_words_for_that_bank() -> None:
    text = ("本周共有3家上市银行召开股东大会。\n"
            "溯川银行：6月24日，溯川银行股份有限公司（简称“溯川银行”）股东大会选举闵若川为独立董事。\n"
            "南汀银行：南汀银行股东大会选举桑予宁为非执行董事。年报显示，南汀城投持有该行11.25%股份，为第一大股东。\n"
            "北篱银行：6月27日，北篱银行召开股东大会，独立董事鞠远帆获得连任。\n")
    facts = facts_of(text, title="上市银行股东大会周报")
    held = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts if str(f.predicate) == "HOLDS_STAKE"}
    assert ("南汀城投", "南汀银行", 11.25) in held
