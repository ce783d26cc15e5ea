"""Posts given with no verb, on texts written for these tests (not gold text): a forum's agenda (a role label before
the name, a spaced two-letter name, an aside in brackets after the firm, a bank's department, a society), a journal's
notes on its authors, a judgment's list of parties and its findings."""

from __future__ import annotations

from .helpers import facts_of, quals, triples

_AGENDA = ("第三届江淮供应链金融研讨会议程\n"
           "主　持：滕北溟　汇溪基金管理有限公司首席策略师\n"
           "14:00—14:15　开幕致辞\n"
           "　　　　葛南枝　临湖信托有限责任公司董事长\n"
           "14:15—15:00　主旨演讲：票据市场的数字化转型\n"
           "　　　　阮素衣　泊舟银行股份有限公司普惠金融部副总经理\n"
           "特邀嘉宾：甘　棠　栖梧保理有限公司（由泊舟银行发起设立）总经理\n"
           "点评人：缪秋实　江淮数字金融学会会长\n"
           "　　　　卓望川　云帆智研有限公司（原名“云帆数科”）联合创始人、董事长\n")


def test_an_agenda_line_after_a_role_label_gives_its_posts() -> None:
    got = triples(facts_of(_AGENDA))
    assert ("滕北溟", "HOLDS_POSITION", "汇溪基金管理有限公司", "other") in got  # "主　持：P　C T" (a spaced label)
    assert ("甘棠", "HOLDS_POSITION", "栖梧保理有限公司", "general_manager") in got  # spaced name, then C（aside）T
    assert ("卓望川", "HOLDS_POSITION", "云帆智研有限公司", "chairman") in got
    assert ("卓望川", "FOUNDED", "云帆智研有限公司", None) in got  # "联合创始人" among the line's posts


def test_a_banks_department_and_a_society_are_no_firms_of_their_own() -> None:
    fs = facts_of(_AGENDA)
    assert quals(fs, "阮素衣", "HOLDS_POSITION", "泊舟银行股份有限公司")["title"] == "普惠金融部副总经理"
    assert quals(fs, "缪秋实", "HOLDS_POSITION", "江淮数字金融学会")["title"] == "会长"
    assert not any(f.object.name == "普惠金融" or f.subject.name == "普惠金融" for f in fs)


_NOTES = ("作者简介：韦遥岑（1978—），男，江西九江人，高级经济师，统计学博士，临渊证券股份有限公司董事会秘书、合规总监；"
          "宣晚亭（1990—），女，福建泉州人，法学硕士，泊岸银行研究院资深分析师。\n"
          "摘要：近年来，泊岸银行持续扩大绿色信贷规模。\n")


def test_an_authors_note_gives_the_posts_after_the_resume_items() -> None:
    fs = facts_of(_NOTES)
    got = triples(fs)
    assert ("韦遥岑", "HOLDS_POSITION", "临渊证券股份有限公司", "board_secretary") in got
    assert quals(fs, "韦遥岑", "HOLDS_POSITION", "临渊证券股份有限公司", role="other")["title"] == "合规总监"
    # a firm's research unit: the post is at the firm, titled with the unit (宣, a surname of the Hundred Families)
    assert quals(fs, "宣晚亭", "HOLDS_POSITION", "泊岸银行")["title"] == "研究院资深分析师"


_JUDGMENT = ("临江市中级人民法院\n民事裁定书\n"
             "申请人：沧澜租赁股份有限公司，住所地临江市滨河区。\n"
             "法定代表人：牟怀川，董事长。\n"
             "委托诉讼代理人：汤若谷，该公司风险合规部总经理。\n"
             "被申请人：吕怀舟，男，1976年8月出生。\n"
             "申请人沧澜租赁股份有限公司（以下简称沧澜租赁）与被申请人吕怀舟融资租赁合同纠纷一案，本院依法进行了审查。\n"
             "经审查查明，沧澜租赁系北交所上市公司（证券代码873416），控股股东为岫云控股，持股比例为26.45%。\n")


def test_a_judgments_party_lines_give_the_representatives_posts() -> None:
    fs = facts_of(_JUDGMENT)
    got = triples(fs)
    assert ("牟怀川", "HOLDS_POSITION", "沧澜租赁股份有限公司", "chairman") in got
    assert quals(fs, "汤若谷", "HOLDS_POSITION", "沧澜租赁股份有限公司")["title"] == "风险合规部总经理"


def test_a_finding_of_fact_gives_the_listing_and_the_controlling_holder() -> None:
    fs = facts_of(_JUDGMENT)
    assert quals(fs, "沧澜租赁股份有限公司", "LISTED_ON", "BSE")["ticker"] == "873416"
    assert quals(fs, "岫云控股", "HOLDS_STAKE", "沧澜租赁股份有限公司")["percent"] == 26.45
