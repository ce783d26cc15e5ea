"""Overseas leads and forms, on sentences written for these tests (not gold text): the one replaced described by two
clauses of leaving ("接替任满、调回总部的A") or with his post before his name ("接替请辞的董事长A"); a bank's two
classes of shares listed on two exchanges ("A股及H股分别在X和Y上市"); Taiwan's short name and stock code in brackets
("X金融控股公司（X金，2899）") and its ministry's ranks (常务次长); a personnel-change form whose change field
gives only a kind of post (the post is after the newcomer's slash) and its undated 经历 field; a child kept
abroad ("C在港的全资子公司A"); a short name in brackets after a quoted full name; 其 after a listing the sentence
opens with ("C于X主板上市（…），其主席P"); a counted colon list of subsidiaries, one an item; a regulator whose licence a
firm holds is no company of the post the clause gives; founders each described by where they came from
("C于D由来自甲地的A及来自乙地的B共同创办"); a company held whole, then called its holder's subsidiary
("由A持有100%股权，属于其全资子公司")."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts, quals


def test_the_one_replaced_described_by_two_clauses_of_leaving() -> None:
    text = ("上月底，鹿鸣证券新加坡有限公司（下称“鹿鸣新加坡”）举行换届会议。鹿鸣证券投行部总经理顾承泽获委任为鹿鸣新加坡CEO，"
            "以接替届龄卸任、转赴集团研究院任职的潘远舟。潘远舟掌舵鹿鸣新加坡已有八年。")
    assert ("顾承泽", "潘远舟") in pairs(text, "SUCCEEDED")


def test_the_one_replaced_with_his_post_before_his_name() -> None:
    text = "嘉禾商業銀行董事會週五推選前經濟部常務次長江承宇為董事長，接替因病請辭的董事長吳明哲。"
    assert ("江承宇", "吳明哲") in pairs(text, "SUCCEEDED")
    assert ("江承宇", "經濟部", "other") in posts(text)


def test_two_classes_of_shares_on_two_exchanges() -> None:
    text = "南屿银行总部位于厦门，A股及H股分别在深交所与港交所上市交易，是一家全国性股份制商业银行。"
    got = {o for s, o in pairs(text, "LISTED_ON") if s == "南屿银行"}
    assert {"SZSE", "HKEX"} <= got


def test_a_short_name_and_stock_code_in_brackets() -> None:
    text = "經濟部是國泓金融控股公司（國泓金，5860）單一最大股東，目前持股約12.5%，國泓金旗下另有證券及投信子公司。"
    facts = facts_of(text)
    assert quals(facts, "經濟部", "HOLDS_STAKE", "國泓金融控股公司")["percent"] == 12.5


def test_a_form_whose_change_field_gives_only_a_kind_of_post() -> None:
    text = ("公司代號：5860　公司簡稱：國泓金\n主旨：代子公司國泓銀行公告新任副總經理一名\n"
            "1.人員變動別：重要營運主管\n4.新任者姓名、級職及簡歷：高思妤／國泓銀行副總經理\n"
            "7.新任生效日期：113/10/21\n(1)高思妤學歷：國立清華大學經濟學系學士。\n"
            "經歷：國泓銀行稽核長、國泓金融控股公司財務長。")
    facts = facts_of(text, date="2024-10-18")
    assert quals(facts, "高思妤", "HOLDS_POSITION", "國泓銀行", role="deputy_general_manager")["start"] == "2024-10-21"
    assert quals(facts, "高思妤", "HOLDS_POSITION", "國泓金融控股公司", role="cfo")


def test_a_child_kept_abroad_and_a_counted_colon_list() -> None:
    text = ("广东粤泰控股集团有限公司（粤泰控股）在港的全资子公司粤泰国际投资有限公司（粤泰国际）今日公布新一届管理层名单。"
            "粤泰国际2015年开业，旗下现有两家持牌公司：粤泰证券（香港）有限公司主营证券交易及孖展融资，"
            "由总经理梁启文带领；粤泰资产管理（香港）有限公司专注基金业务，主管为何诗敏。")
    got = pairs(text, "SUBSIDIARY_OF")
    assert ("粤泰国际投资有限公司", "广东粤泰控股集团有限公司") in got
    assert ("粤泰证券（香港）有限公司", "粤泰国际投资有限公司") in got
    assert ("粤泰资产管理（香港）有限公司", "粤泰国际投资有限公司") in got


def test_a_regulator_whose_licence_is_held_is_no_company_of_the_post() -> None:
    text = "粤泰证券（香港）有限公司获证监会发出第1、4类牌照，由执行董事梁启文统筹运作。"
    got = {(c, r) for p, c, r in posts(text) if p == "梁启文"}
    assert ("粤泰证券（香港）有限公司", "executive_director") in got
    assert not any("证监会" in c or "證監會" in c for c, _r in got)


def test_founders_each_described_by_where_they_came_from() -> None:
    text = ("枫湾融资有限公司于2009年由来自台北的罗世英及来自大连的钟可欣共同创办，起初只做汽车贷款。"
            "罗世英现任枫湾融资董事长，钟可欣担任总经理。")
    assert {("罗世英", "枫湾融资有限公司"), ("钟可欣", "枫湾融资有限公司")} <= pairs(text, "FOUNDED")


def test_a_short_name_in_brackets_after_a_quoted_full_name() -> None:
    text = ("澳门嘉濠保险有限公司日前把澳门业务转入新公司「嘉濠财险（澳门）股份有限公司」（嘉濠澳门）。"
            "嘉濠澳门由嘉濠保险全资拥有，卢振邦获委任为董事长。")
    got = posts(text)
    assert ("卢振邦", "嘉濠财险（澳门）股份有限公司", "chairman") in got


def test_its_officer_after_a_listing_the_sentence_opens_with() -> None:
    text = ("滨海证券有限公司由滨海金融集团有限公司（滨海金融）全资持有。"
            "滨海金融在港交所主板挂牌上市（股票代码：6618），其主席林启源持有该公司约48%股份。")
    assert ("林启源", "滨海金融", "chairman") in posts(text)


def test_a_company_held_whole_then_called_its_holders_subsidiary() -> None:
    text = "嘉濠财险（澳门）股份有限公司注册资本为澳门币三亿元，由嘉濠保险有限公司持有100%股权，属于其全资子公司。"
    assert ("嘉濠财险（澳门）股份有限公司", "嘉濠保险有限公司") in pairs(text, "SUBSIDIARY_OF")
