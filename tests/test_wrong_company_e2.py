"""Facts bound to the right company in filings about another: a glossary drawn as a table, a filer's
officers and signature, a sponsor's look-through report, a group's own notice, a firm's in-house paper."""

from extract.mention_records import Inventory
from extract.own_company import own_company
from tests.helpers import facts_of, posts, quals, triples

_GLOSSARY = ("第一节　释义\n"
             "收购人、峦川实业　指　峦川实业集团有限公司\n"
             "被收购公司、汐禾数据　指　汐禾数据技术股份有限公司\n\n"
             "上市公司名称：汐禾数据技术股份有限公司\n股票上市地点：上交所\n股票简称：汐禾数据\n股票代码：603871\n\n"
             "本次收购前，收购人的一致行动人汐禾投资已持有汐禾数据7.25%的股份。汐禾投资控股有限公司由峦川实业全资设立。")


def test_a_glossary_drawn_as_a_table_names_the_listed_company() -> None:
    facts = facts_of(_GLOSSARY)
    assert ("汐禾数据技术股份有限公司", "LISTED_ON", "SSE") in {(s, p, o) for s, p, o, *_ in triples(facts)}
    assert quals(facts, "汐禾投资控股有限公司", "HOLDS_STAKE", "汐禾数据技术股份有限公司")["percent"] == 7.25


_FILING_TITLE = "汐禾电子：收购报告书摘要"
_FILING = ("汐禾电子股份有限公司\n收购报告书摘要\n\n上市公司名称：汐禾电子股份有限公司\n股票代码：603871\n"
           "收购人：峦川实业集团有限公司\n\n"
           "第二节　收购人介绍\n一、基本情况\n峦川实业集团有限公司成立于2004年，主营建材贸易。\n"
           "三、主要管理人员\n姓名　　性别　　职务\n汤慕远　　男　　　董事长\n柯婉清　　女　　　总经理\n\n"
           "收购人（盖章）：峦川实业集团有限公司\n法定代表人：汤慕远\n签署日期：2025年9月3日")


def test_a_filers_officer_table_under_its_section_is_the_filers() -> None:
    got = posts(_FILING, _FILING_TITLE)
    assert ("汤慕远", "峦川实业集团有限公司", "chairman") in got
    assert ("柯婉清", "峦川实业集团有限公司", "general_manager") in got
    assert not any(c == "汐禾电子股份有限公司" for _p, c, _r in got)


_AGREEMENT = ("汐禾电子股份有限公司关于与峦川实业集团有限公司签订采购框架协议的公告\n\n"
              "2025年7月21日，公司与峦川实业集团有限公司签订《采购框架协议》，有效期三年。\n\n"
              "甲方：汐禾电子股份有限公司\n法定代表人：纪南星\n\n"
              "乙方（盖章）：峦川实业集团有限公司\n法定代表人：汤慕远\n")


def test_a_representative_under_a_partys_signature_is_the_partys() -> None:
    facts = facts_of(_FILING, _FILING_TITLE)
    assert quals(facts, "汤慕远", "HOLDS_POSITION", "峦川实业集团有限公司", role="other")["title"] == "法定代表人"
    facts = facts_of(_AGREEMENT)
    assert quals(facts, "汤慕远", "HOLDS_POSITION", "峦川实业集团有限公司", role="other")["title"] == "法定代表人"
    assert quals(facts, "纪南星", "HOLDS_POSITION", "汐禾电子股份有限公司", role="other")["title"] == "法定代表人"


_SPONSOR = ("岭澄证券股份有限公司\n关于禾沐生物科技股份有限公司\n股东核查事项的补充意见\n\n"
            "禾沐生物科技股份有限公司（以下简称“禾沐生物”）正在申请上市。\n"
            "截至2025年3月31日，禾沐生物的股东名单如下：\n"
            "序号　股东名称　　　　　　　　　　　　持股比例\n"
            "1　　纪南星　　　　　　　　　　　　　　43.60%\n"
            "2　　嘉兴淇岳股权投资合伙企业（有限合伙）　6.40%\n\n"
            "岑峰科技有限公司系禾沐生物的股东，成立于2012年，马骥鸣持有其70%股权。"
            "纪南星持有淇岳合伙15%的出资额。")


def test_a_sponsors_report_lists_the_issuers_holders() -> None:
    facts = facts_of(_SPONSOR)
    assert quals(facts, "纪南星", "HOLDS_STAKE", "禾沐生物科技股份有限公司")["percent"] == 43.6
    assert not [f for f in facts if f.object.name == "岭澄证券股份有限公司"]


def test_a_partnership_is_called_by_its_brand_and_partnership() -> None:
    facts = facts_of(_SPONSOR)
    assert quals(facts, "纪南星", "HOLDS_STAKE", "嘉兴淇岳股权投资合伙企业（有限合伙）")["percent"] == 15


def test_its_after_a_description_by_another_company_is_the_described() -> None:
    facts = facts_of(_SPONSOR)
    assert quals(facts, "马骥鸣", "HOLDS_STAKE", "岑峰科技有限公司")["percent"] == 70


_GROUP_NOTICE = ("峦川实业集团有限公司\n峦川实业〔2025〕21号\n\n关于开展2025年度安全生产专项检查的通知\n\n各成员单位：\n"
                 "为压实安全责任，集团决定于9月至10月开展安全生产专项检查，检查的技术支持由岭安消防技术有限公司承担。"
                 "岭安消防技术有限公司隶属于汀屿安全集团有限公司，检测报告由其出具。"
                 "9月5日，岭安消防技术有限公司副总经理邬晓明到场讲解检测方案，集团副总裁蒋立群主持启动会。\n\n"
                 "峦川实业集团有限公司安全生产委员会办公室\n2025年8月28日\n峦川实业集团有限公司工程管理部")


def test_the_bare_group_in_a_groups_notice_is_the_group() -> None:
    assert ("蒋立群", "峦川实业集团有限公司", "vice_president") in posts(_GROUP_NOTICE)


_NEWSLETTER = ("岚汀信托通讯（内部资料）\n2025年第2期（总第17期）　主办：岚汀信托有限责任公司综合管理部\n\n【人事速递】\n"
               "●董事会完成换届\n3月26日，我司董事会换届后首次开会，选举钟立衡同志为董事长。会议同时聘任俞嘉树同志为总经理。"
               "原董事长方致远同志因工作调整，调任汀屿创投副总经理。\n")


def test_a_periodicals_publisher_is_the_firm_it_calls_we() -> None:
    inv = Inventory()
    inv.add("C:岚汀信托有限责任公司", "岚汀信托有限责任公司", "Company", "岚汀信托有限责任公司", "岚汀信托有限责任公司", 0)
    assert own_company(inv, _NEWSLETTER) == ("C:岚汀信托有限责任公司", "author")
    # (a publisher named on no issue's line is an event's organiser, not the writer)
    assert own_company(inv, "我司员工参加了读书会。\n主办：岚汀信托有限责任公司\n") is None
    assert ("钟立衡", "岚汀信托有限责任公司", "chairman") in posts(_NEWSLETTER)
