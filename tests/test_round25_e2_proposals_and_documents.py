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
    text = ("鹤汀冷链股份有限公司关于增加临时提案的说明\n"
            "2025年11月4日，单独持有公司3.2%股份的股东衡川投资来函，要求在年度股东大会上增加以下议案：\n"
            "（一）关于聘任岑北望为公司财务总监的议案；\n"
            "（二）关于选举郁小棠为公司监事的议案。\n")
    got = _posts(text)
    assert not any(p in ("岑北望", "郁小棠") for p, _c, _t in got)
    passed = ("2025年6月18日，栖筠期货有限公司在杭州召开第六次董事会，经与会董事表决，通过以下议案：\n"
              "（一）关于聘任柴望秋为公司副总经理的议案，表决结果：7票同意、0票反对、0票弃权。\n")
    assert ("柴望秋", "栖筠期货有限公司", "deputy_general_manager") in _posts(passed)  # a motion the meeting passed
    decided = ("琅岫咨询有限公司（以下简称公司）全体董事书面签字确认，董事会决定以下事项：\n"
               "一、免去葛听澜的公司合规负责人职务；\n二、聘任俞映川为公司总经理。\n")
    assert ("俞映川", "琅岫咨询有限公司", "general_manager") in _posts(decided)  # what the board decided


def test_a_requisition_listing_resolutions_gives_no_post() -> None:
    text = ("澄霄數碼集團有限公司\n"
            "董事會宣佈，本公司已收到若干股東發出之書面要求，要求於二零二五年十月之股東週年大會審議以下決議案：\n"
            "（一）委任司马霁為非執行董事；\n（二）批准續聘核數師。\n")
    assert not any(p == "司马霁" for p, _c, _t in _posts(text))


def test_a_partner_beside_a_person_holds_no_post() -> None:
    text = "橙野餐饮管理有限公司的创始人是邬川。邬川的合伙人黎照负责采购和账目。"
    assert not any(p == "黎照" and t == "合伙人" for p, _c, t in _posts(text))
    firm = "玄鸟创投合伙人鄢子期在发布会上说，这笔投资将分两期到位。"
    assert ("鄢子期", "玄鸟创投", "合伙人") in _posts(firm)  # a firm's partner keeps the post


_BOOK = ("作者简介\n"
         "蓝予安，高级经济师，注册会计师。现任澹岚信托有限公司董事长。"
         "历任鹤汀证券有限公司副总裁（2011—2017年）、澹岚信托有限公司总经理（2017—2022年）。\n\n"
         "序\n书里讲的多是作者亲手办过的案子。\n——祁砚秋（原鹤汀证券有限公司研究所所长）\n\n"
         "后记\n2022年春天，季澄接替我出任公司总经理，我才有空把这些年的讲稿整理成书。\n"
         "蓝予安\n2025年1月\n")


def test_an_author_note_closes_its_items_with_a_full_stop() -> None:
    got = _posts(_BOOK)
    assert ("蓝予安", "澹岚信托有限公司", "chairman") in got


def test_past_posts_take_the_years_in_their_brackets() -> None:
    spans = {(f.object.name, f.qualifiers.get("start"), f.qualifiers.get("end")) for f in facts_of(_BOOK)
             if f.subject.name == "蓝予安" and str(f.predicate) == "HOLDS_POSITION"}
    assert ("鹤汀证券有限公司", "2011", "2017") in spans
    assert ("澹岚信托有限公司", "2017", "2022") in spans


def test_a_prefaces_dashed_signature_names_the_signer() -> None:
    assert ("祁砚秋", "鹤汀证券有限公司", "研究所所长") in _posts(_BOOK)


def test_an_afterwords_successor_succeeds_its_signer() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(_BOOK) if str(f.predicate) == "SUCCEEDED"}
    assert ("季澄", "蓝予安", "2022") in got


_CAMPUS = ("沅湘工商大学新闻网　2025-06-12\n\n产业教授聘书颁发仪式举行\n\n"
           "本网讯　6月11日，学校举行产业教授聘书颁发仪式。校党委书记柯砚舟为受聘者颁发聘书，常务副校长庞屹主持。\n"
           "本次聘任的我校产业教授为：鹤汀证券有限公司副总裁侯知远，澹岚信托有限公司合规总监阮清越。"
           "聘期从2025年7月起计算，共三年。\n金融学院副院长练晓岚介绍了双方的合作计划。\n")


def test_a_universitys_own_officers_are_at_the_university() -> None:
    got = _posts(_CAMPUS)
    assert {("柯砚舟", "沅湘工商大学", "党委书记"), ("庞屹", "沅湘工商大学", "常务副校长"),
            ("练晓岚", "沅湘工商大学", "金融学院副院长")} <= got


def test_a_conferred_title_is_held_at_the_conferring_university() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("title"), f.qualifiers.get("start")) for f in facts_of(_CAMPUS)
           if str(f.predicate) == "HOLDS_POSITION"}
    assert ("侯知远", "沅湘工商大学", "产业教授", "2025-07") in got
    assert ("阮清越", "沅湘工商大学", "产业教授", "2025-07") in got


def test_a_bracketed_note_on_a_person_names_them() -> None:
    text = ("琅岫担保有限公司重要事项公告\n"
            "公司获悉，有关监察机关已对邝以宁（邝以宁现任公司副总经理）实施留置措施，公司经营不受影响。\n")
    assert ("邝以宁", "琅岫担保有限公司", "deputy_general_manager") in _posts(text)
