"""Facts bound to the right company in filings about another: a glossary drawn as a table, a filer's
officers and signature, a sponsor's look-through report, a group's own notice, a firm's in-house paper."""

from extract.mention_records import Inventory
from extract.own_company import own_company
from tests.helpers import facts_of, posts, quals, triples

_GLOSSARY = ("第一节　释义\n"
             "收购人、远帆控股　指　远帆控股集团有限公司\n"
             "目标公司、青石智能　指　青石智能科技股份有限公司\n\n"
             "上市公司名称：青石智能科技股份有限公司\n股票上市地点：上海证券交易所\n股票简称：青石智能\n股票代码：688123\n\n"
             "截至目前，青石投资持有青石智能12.5%股份。青石投资控股有限公司为收购人的一致行动人。")


def test_a_glossary_drawn_as_a_table_names_the_listed_company() -> None:
    facts = facts_of(_GLOSSARY)
    assert ("青石智能科技股份有限公司", "LISTED_ON", "SSE") in {(s, p, o) for s, p, o, *_ in triples(facts)}
    assert quals(facts, "青石投资控股有限公司", "HOLDS_STAKE", "青石智能科技股份有限公司")["percent"] == 12.5


_FILING_TITLE = "青石智能：收购报告书摘要"
_FILING = ("青石智能科技股份有限公司\n收购报告书摘要\n\n上市公司名称：青石智能科技股份有限公司\n股票代码：688123\n"
           "收购人：远帆控股集团有限公司\n\n"
           "第二节　收购人介绍\n一、收购人的股权结构\n远帆控股集团有限公司由江川市国资委全资持有。\n"
           "二、董事、监事及高级管理人员\n姓名　　职务　　　国籍\n张立山　　董事长　　中国\n何佩文　　总经理　　中国\n\n"
           "收购人（盖章）：远帆控股集团有限公司\n法定代表人：张立山\n二〇二五年一月八日")


def test_a_filers_officer_table_under_its_section_is_the_filers() -> None:
    got = posts(_FILING, _FILING_TITLE)
    assert ("张立山", "远帆控股集团有限公司", "chairman") in got
    assert ("何佩文", "远帆控股集团有限公司", "general_manager") in got
    assert not any(c == "青石智能科技股份有限公司" for _p, c, _r in got)


_AGREEMENT = ("青石智能科技股份有限公司关于签署战略合作协议的公告\n\n"
              "本公司于2025年2月10日与远帆控股集团有限公司签署《战略合作协议》，协议主要内容如下。\n\n"
              "甲方：青石智能科技股份有限公司\n法定代表人：李明哲\n\n"
              "乙方（盖章）：远帆控股集团有限公司\n法定代表人：张立山\n")


def test_a_representative_under_a_partys_signature_is_the_partys() -> None:
    facts = facts_of(_FILING, _FILING_TITLE)
    assert quals(facts, "张立山", "HOLDS_POSITION", "远帆控股集团有限公司", role="other")["title"] == "法定代表人"
    facts = facts_of(_AGREEMENT)
    assert quals(facts, "张立山", "HOLDS_POSITION", "远帆控股集团有限公司", role="other")["title"] == "法定代表人"
    assert quals(facts, "李明哲", "HOLDS_POSITION", "青石智能科技股份有限公司", role="other")["title"] == "法定代表人"


_SPONSOR = ("华岳证券股份有限公司\n关于青石智能科技股份有限公司\n股东穿透情况的核查意见\n\n"
            "青石智能科技股份有限公司（以下简称“青石智能”）拟申请在北京证券交易所上市。\n"
            "截至本核查意见出具日，青石智能股东持股情况如下：\n"
            "序号　股东名称　　　　　　　　　　　　持股比例\n"
            "1　　张立山　　　　　　　　　　　　　　41.20%\n"
            "2　　宁波青禾投资管理合伙企业（有限合伙）　9.80%\n\n"
            "北林咨询有限公司是青石智能的第一大股东，王海峰持有其60%股权。"
            "青禾合伙的执行事务合伙人为张立山，张立山持有青禾合伙20%的财产份额。")


def test_a_sponsors_report_lists_the_issuers_holders() -> None:
    facts = facts_of(_SPONSOR)
    assert quals(facts, "张立山", "HOLDS_STAKE", "青石智能科技股份有限公司")["percent"] == 41.2
    assert not [f for f in facts if f.object.name == "华岳证券股份有限公司"]


def test_a_partnership_is_called_by_its_brand_and_partnership() -> None:
    facts = facts_of(_SPONSOR)
    assert quals(facts, "张立山", "HOLDS_STAKE", "宁波青禾投资管理合伙企业（有限合伙）")["percent"] == 20


def test_its_after_a_description_by_another_company_is_the_described() -> None:
    facts = facts_of(_SPONSOR)
    assert quals(facts, "王海峰", "HOLDS_STAKE", "北林咨询有限公司")["percent"] == 60


_GROUP_NOTICE = ("远帆控股集团有限公司\n远帆办〔2024〕8号\n\n关于更换员工补充医疗保险承保机构的通知\n\n"
                 "经集团研究，员工补充医疗保险自2024年7月起改由华东健康保险股份有限公司承保。"
                 "华东健康保险股份有限公司为华东保险集团股份有限公司控股的专业健康险公司，理赔时效由其负责。"
                 "6月20日，华东健康保险股份有限公司副总经理林晓到场致辞，集团副总裁郑一鸣主持签约仪式。\n\n"
                 "远帆控股集团有限公司人力资源部\n远帆控股集团有限公司工会委员会\n2024年6月25日")


def test_the_bare_group_in_a_groups_notice_is_the_group() -> None:
    assert ("郑一鸣", "远帆控股集团有限公司", "vice_president") in posts(_GROUP_NOTICE)


_NEWSLETTER = ("青川农商（内部刊物）\n2024年第5期（总第21期）　主办：青川农村商业银行股份有限公司办公室\n\n"
               "【班子动态】\n\n●联社党委宣读我行领导班子调整决定\n"
               "5月8日，江川省农村信用社联合社党委委员、副主任马涛到我行宣读联社党委的任职决定：刘志远同志任青川农商银行党委书记。"
               "原党委书记赵启明同志调任江川省农村信用社联合社财务部总经理。\n"
               "6月10日，我行召开董事会会议，选举刘志远同志为董事长。\n\n"
               "●经营班子调整\n经董事会聘任，孙倩同志任我行副行长。")


def test_a_periodicals_publisher_is_the_firm_it_calls_we() -> None:
    inv = Inventory()
    inv.add("C:青川农村商业银行股份有限公司", "青川农村商业银行股份有限公司", "Company", "青川农村商业银行股份有限公司",
            "青川农村商业银行股份有限公司", 0)
    assert own_company(inv, _NEWSLETTER) == ("C:青川农村商业银行股份有限公司", "author")
    # (a publisher named on no issue's line is an event's organiser, not the writer)
    assert own_company(inv, "我行参加了论坛。\n主办：青川农村商业银行股份有限公司\n") is None
    assert ("刘志远", "青川农村商业银行股份有限公司", "chairman") in posts(_NEWSLETTER)
