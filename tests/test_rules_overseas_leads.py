"""Overseas leads and forms, on sentences written for these tests (not gold text): the one replaced described by two
clauses of leaving ("接替驻外期满、转往他处的A") or with his post before his name ("接替因故辞职的董事长A"); a bank's two
classes of shares listed on two exchanges ("H股及A股分别在X与Y上市"); Taiwan's short name and stock code in brackets
("X金融控股公司（X金，5874）") and its ministry's ranks (常务次长); a personnel-change form whose change field
gives only a kind of post (the post is after the newcomer's slash) and its undated 经历 field; a child kept
abroad ("C在英国的全资子公司A"); a short name in brackets after a quoted full name; 其 after a listing the sentence
opens with ("C于X上市（…），其董事长P"); a counted colon list of subsidiaries, one an item; a regulator whose licence a
firm holds is no company of the post the clause gives; founders each described by where they came from
("C于D由来自甲地的A及来自乙地的B共同创办"); a company held whole, then called its holder's subsidiary
("由A持有100%股权，是其全资子公司")."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts, quals


def test_the_one_replaced_described_by_two_clauses_of_leaving() -> None:
    text = ("环屿财产保险股份有限公司东京代表处本周完成人事交接。集团国际业务部副主任祁望舒出任东京代表处首席代表，"
            "接替驻外期满、转往里斯本分部的葛怀瑾。葛怀瑾在东京一共待了五年。")
    assert ("祁望舒", "葛怀瑾") in pairs(text, "SUCCEEDED")


def test_the_one_replaced_with_his_post_before_his_name() -> None:
    text = "瀚岳產物保險公司週四董事會中推舉前經濟部常務次長邱允澄為新任董事長，接替因家庭因素辭職的董事長沈柏霖。"
    assert ("邱允澄", "沈柏霖") in pairs(text, "SUCCEEDED")
    assert ("邱允澄", "經濟部", "other") in posts(text)


def test_two_classes_of_shares_on_two_exchanges() -> None:
    text = "北溟银行成立于2002年，总行设在青岛，H股及A股分别在港交所与深交所挂牌，网点遍布山东半岛。"
    got = {o for s, o in pairs(text, "LISTED_ON") if s == "北溟银行"}
    assert {"SZSE", "HKEX"} <= got


def test_a_short_name_and_stock_code_in_brackets() -> None:
    text = "最新股東名冊顯示，經濟部為澄遠金融控股公司（澄遠金，5874）第一大股東，截至上月底持股約9.8%，澄遠金另有壽險與創投子公司。"
    facts = facts_of(text)
    assert quals(facts, "經濟部", "HOLDS_STAKE", "澄遠金融控股公司")["percent"] == 9.8


def test_a_form_whose_change_field_gives_only_a_kind_of_post() -> None:
    text = ("主旨：代子公司聯晟銀行公告副總經理人事案\n公司代號：6012　公司簡稱：聯晟金\n"
            "1.人員變動別：重要營運主管\n4.新任者姓名、級職及簡歷：韋芷晴／聯晟銀行副總經理\n"
            "7.新任生效日期：112/06/05\n(1)韋芷晴之學歷：國立中興大學會計學系碩士。\n"
            "經歷：聯晟金融控股公司財務長、聯晟銀行稽核長。")
    facts = facts_of(text, date="2023-06-02")
    assert quals(facts, "韋芷晴", "HOLDS_POSITION", "聯晟銀行", role="deputy_general_manager")["start"] == "2023-06-05"
    assert quals(facts, "韋芷晴", "HOLDS_POSITION", "聯晟金融控股公司", role="cfo")


def test_a_child_kept_abroad_and_a_counted_colon_list() -> None:
    text = ("总部在成都的四川蜀岚实业集团有限公司（蜀岚实业）在英国的全资子公司蜀岚环球资本有限公司（蜀岚环球）上周完成董事会改组。"
            "蜀岚环球设立于2016年，旗下目前设有两家持牌机构：蜀岚资本市场（英国）有限公司从事证券经纪与企业融资，"
            "首席执行官为严晓楠；蜀岚基金管理（英国）有限公司管理私募基金，由董事总经理戚闻溪负责。")
    got = pairs(text, "SUBSIDIARY_OF")
    assert ("蜀岚环球资本有限公司", "四川蜀岚实业集团有限公司") in got
    assert ("蜀岚资本市场（英国）有限公司", "蜀岚环球资本有限公司") in got
    assert ("蜀岚基金管理（英国）有限公司", "蜀岚环球资本有限公司") in got


def test_a_regulator_whose_licence_is_held_is_no_company_of_the_post() -> None:
    text = "锦川期货有限公司持有证监会核发的期货经营许可证，由执行董事闵书航主持日常经营。"
    got = {(c, r) for p, c, r in posts(text) if p == "闵书航"}
    assert ("锦川期货有限公司", "executive_director") in got
    assert not any("证监会" in c or "證監會" in c for c, _r in got)


def test_founders_each_described_by_where_they_came_from() -> None:
    text = ("岩屿物联科技有限公司于2017年由来自兰州的钱书翊及来自温州的柯语桐共同创办，主营冷链温控传感器。"
            "钱书翊现任岩屿物联董事长，柯语桐担任首席技术官。")
    assert {("钱书翊", "岩屿物联科技有限公司"), ("柯语桐", "岩屿物联科技有限公司")} <= pairs(text, "FOUNDED")


def test_a_short_name_in_brackets_after_a_quoted_full_name() -> None:
    text = ("广州的鹏岳再保险有限公司宣布，新设的「鹏岳再保险（香港）有限公司」（鹏岳香港）本月起开展业务。"
            "鹏岳香港由母公司全额出资，聂承远出任该公司主席。")
    got = posts(text)
    assert ("聂承远", "鹏岳再保险（香港）有限公司", "chairman") in got


def test_its_officer_after_a_listing_the_sentence_opens_with() -> None:
    text = ("岭峤控股股份有限公司（岭峤控股）全资拥有岭峤期货有限公司。"
            "岭峤控股于深交所上市（证券代码：002917），其董事长韩予舟持有公司三成左右的股份。")
    assert ("韩予舟", "岭峤控股", "chairman") in posts(text)


def test_a_company_held_whole_then_called_its_holders_subsidiary() -> None:
    text = "鹏岳再保险（香港）有限公司实缴资本港币五亿元，由鹏岳再保险有限公司持有100%股权，是其全资子公司，去年起盈利。"
    assert ("鹏岳再保险（香港）有限公司", "鹏岳再保险有限公司") in pairs(text, "SUBSIDIARY_OF")
