"""Proposals read as done appointments, 合伙人 as a relation between people, and documents the rules never read:
a book's author note with its bracketed years, a preface's dashed signature, an afterword's first-person successor,
a university's own officers and the titles it confers (rules.agenda_motions.proposed_motion, rules.partner_posts,
rules.bracketed_terms, rules.own_successors, rules.school_officers, person_cues' signature and résumé cues)."""

from __future__ import annotations

from tests.helpers import facts_of


def _posts(text: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("title") or f.qualifiers.get("role")))
            for f in facts_of(text, title) if str(f.predicate) == "HOLDS_POSITION"}


def test_a_motion_put_to_the_meeting_gives_no_post() -> None:
    text = ("东岚科技股份有限公司关于股东提请召开临时股东大会的公告\n"
            "持股7%的股东苍梧资本向董事会提交函件，提请股东大会审议以下议案：\n"
            "1. 关于选举顾望舒为公司第三届董事会董事的议案；\n"
            "2. 关于聘任冷秋白为公司副总经理的议案。\n")
    got = _posts(text)
    assert not any(p in ("顾望舒", "冷秋白") for p, _c, _t in got)
    passed = ("西陵银行股份有限公司第二届董事会第九次会议于2024年9月3日召开，会议审议通过了以下议案：\n"
              "一、关于聘任贺知行先生为本行副行长的议案\n表决结果：同意9票，反对0票，弃权0票。\n")
    assert ("贺知行", "西陵银行股份有限公司", "vice_president") in _posts(passed)  # a motion the meeting passed
    decided = ("南岭保险经纪股份有限公司董事会于2025年2月10日以通讯方式召开，会议决定以下事项：\n"
               "1. 聘任缪青禾女士为公司总经理；\n2. 聘任单于飞先生为公司财务负责人。\n")
    assert ("缪青禾", "南岭保险经纪股份有限公司", "general_manager") in _posts(decided)  # what the board decided


def test_a_requisition_listing_resolutions_gives_no_post() -> None:
    text = ("北港資本控股有限公司\n公告\n本公司於二零二五年三月二日接獲股東之請求書，要求於股東特別大會上提呈以下決議案：\n"
            "(1) 罷免林一峯先生之非執行董事職務；\n(2) 委任祝文樂先生為本公司獨立非執行董事。\n")
    assert not any(p == "祝文樂" for p, _c, _t in _posts(text))



def test_a_partner_beside_a_person_holds_no_post() -> None:
    text = "去年成立的云杉数据有限公司，由程一舟与合伙人白露分别出资七成和三成，主营数据标注。"
    assert not any(p == "白露" and t == "合伙人" for p, _c, t in _posts(text))
    firm = "本轮融资由青岩资本领投，青岩资本合伙人季远山将出任北辰智能有限公司董事。"
    assert ("季远山", "青岩资本", "合伙人") in _posts(firm)  # a firm's partner keeps the post



_BOOK = ("作者简介\n"
         "穆青岚，管理学博士，正高级会计师。现任澄江农村商业银行股份有限公司党委书记、董事长。"
         "曾任澄江农村商业银行股份有限公司副行长（2010—2016年）、澄江县农村信用合作联社主任（2004—2009年）。\n\n"
         "序\n这是一本值得细读的书。\n——钟离远（原江南省财政厅副厅长）\n\n"
         "后记\n感谢我的继任者、澄江农村商业银行股份有限公司现任董事长安若素，2023年她接手以后给了我写作的时间。\n"
         "穆青岚\n2024年5月\n")


def test_an_author_note_closes_its_items_with_a_full_stop() -> None:
    got = _posts(_BOOK)
    assert ("穆青岚", "澄江农村商业银行股份有限公司", "chairman") in got


def test_past_posts_take_the_years_in_their_brackets() -> None:
    spans = {(f.object.name, f.qualifiers.get("start"), f.qualifiers.get("end")) for f in facts_of(_BOOK)
             if f.subject.name == "穆青岚" and str(f.predicate) == "HOLDS_POSITION"}
    assert ("澄江县农村信用合作联社", "2004", "2009") in spans
    assert ("澄江农村商业银行股份有限公司", "2010", "2016") in spans


def test_a_prefaces_dashed_signature_names_the_signer() -> None:
    assert ("钟离远", "江南省财政厅", "副厅长") in _posts(_BOOK)


def test_an_afterwords_successor_succeeds_its_signer() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(_BOOK) if str(f.predicate) == "SUCCEEDED"}
    assert ("安若素", "穆青岚", "2023") in got


_CAMPUS = ("南湖理工大学新闻网　发布时间：2025-04-30\n\n我校举行特聘专家聘任仪式\n\n"
           "4月29日上午，我校客座教授聘任仪式在图书馆报告厅举行。校长詹慕白出席并致辞，副校长韦清和主持仪式。\n"
           "本次受聘为我校客座教授的两位专家分别是：西岭证券股份有限公司董事长邝其昌，以及北辰信托有限责任公司总经理房一鸣。"
           "聘期自2025年5月起，为期两年。\n管理学院党委书记、院长沙晴出席仪式。\n")


def test_a_universitys_own_officers_are_at_the_university() -> None:
    got = _posts(_CAMPUS)
    assert {("詹慕白", "南湖理工大学", "校长"), ("韦清和", "南湖理工大学", "副校长"),
            ("沙晴", "南湖理工大学", "管理学院院长"), ("沙晴", "南湖理工大学", "管理学院党委书记")} <= got


def test_a_conferred_title_is_held_at_the_conferring_university() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("title"), f.qualifiers.get("start")) for f in facts_of(_CAMPUS)
           if str(f.predicate) == "HOLDS_POSITION"}
    assert ("邝其昌", "南湖理工大学", "客座教授", "2025-05") in got
    assert ("房一鸣", "南湖理工大学", "客座教授", "2025-05") in got


def test_a_bracketed_note_on_a_person_names_them() -> None:
    text = ("青川消费金融股份有限公司关于收到股东临时提案的公告\n"
            "股东提议罢免关平董事职务（关平现任公司董事、副总经理），理由是其长期未履职。\n")
    assert ("关平", "青川消费金融股份有限公司", "deputy_general_manager") in _posts(text)
