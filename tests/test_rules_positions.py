"""Positions and successions on sentences written for these tests (not
gold text): verbs and shapes news uses, the roles they map to, and what is
not a position (acting duties, nominations, rumours)."""

from __future__ import annotations

import pytest

from .helpers import facts_of, quals, triples


def _positions(text: str, **kw: str) -> set[tuple]:
    return triples(facts_of(text, **kw), "HOLDS_POSITION")


@pytest.mark.parametrize(("text", "role"), [
    ("东海银行监事长刘建华先生表示，今年资产质量稳定。", "supervisor"),
    ("东海银行监事会主席刘建华先生表示，今年资产质量稳定。", "supervisor"),
    ("东海银行常务副行长刘建华先生表示，今年资产质量稳定。", "vice_president"),
    ("东海科技有限公司执行长刘建华先生表示，今年营收增长。", "ceo"),
    ("东海银行党委书记刘建华先生表示，今年资产质量稳定。", "other"),
])
def test_titles_map_to_roles(text: str, role: str) -> None:
    assert ("刘建华", "HOLDS_POSITION", role) in {(s, p, r) for s, p, _o, r in _positions(text)}


def test_acting_duties_are_not_positions() -> None:
    fs = facts_of("行长空缺期间，由东海银行董事长刘建华代为履行行长职责。")
    roles = {f.qualifiers["role"] for f in fs if f.subject.name == "刘建华"}
    assert roles == {"chairman"}
    assert not _positions("东海银行代理行长刘建华先生表示，今年资产质量稳定。")


def test_removal_and_appointment_verbs() -> None:
    fs = facts_of("2023年5月，东海银行董事会同意免去刘建华先生行长、董事职务。")
    assert quals(fs, "刘建华", "HOLDS_POSITION", "东海银行", role="president")["end"] == "2023-05"
    fs = facts_of("陈志远先生于2023年3月获聘任为东海银行行长。")
    assert quals(fs, "陈志远", "HOLDS_POSITION", "东海银行", role="president")["start"] == "2023-03"
    fs = facts_of("东海银行股东大会上，陈志远先生被选举为东海银行第五届董事会执行董事。")
    assert ("陈志远", "HOLDS_POSITION", "东海银行", "executive_director") in triples(fs)


def test_latter_refers_to_the_last_person_named() -> None:
    fs = facts_of("东海银行行长陈志远与副行长刘建华出席了会议，后者还担任东海银行执行董事、董事会秘书。")
    assert ("刘建华", "HOLDS_POSITION", "东海银行", "board_secretary") in triples(fs)
    assert ("陈志远", "HOLDS_POSITION", "东海银行", "board_secretary") not in triples(fs)


def test_committee_seats_do_not_break_a_list_of_posts() -> None:
    fs = facts_of("2018年6月，青禾银行披露，陈启明因工作调动辞去执行董事、董事会战略委员会委员及副行长等职务。")
    assert quals(fs, "陈启明", "HOLDS_POSITION", "青禾银行", role="executive_director")["end"] == "2018-06"
    assert quals(fs, "陈启明", "HOLDS_POSITION", "青禾银行", role="vice_president")["end"] == "2018-06"


def test_departure_written_after_the_name() -> None:
    fs = facts_of("2024年3月，东海证券前董事长陈志远日前闪电请辞。")
    assert quals(fs, "陈志远", "HOLDS_POSITION", "东海证券", role="chairman")["end"] == "2024-03"


def test_successor_naming_a_described_predecessor() -> None:
    fs = facts_of("西山集团原副总裁张建国接替到龄退休的董事长王志明，出任东海银行董事长。")
    assert ("张建国", "SUCCEEDED", "王志明", "chairman") in triples(fs, "SUCCEEDED")
    assert ("张建国", "HOLDS_POSITION", "东海银行", "chairman") in triples(fs)


def test_founder_with_a_chain_of_titles() -> None:
    fs = facts_of("东海科技有限公司创始人、董事长兼CEO 张建国表示，公司将继续投入研发。")
    assert ("张建国", "FOUNDED", "东海科技有限公司", None) in triples(fs, "FOUNDED")
    assert {("chairman"), ("ceo")} <= {r for _s, _p, _o, r in _positions("东海科技有限公司创始人、董事长兼CEO 张建国表示，公司将继续投入研发。")}


def test_rumours_and_nominations_are_not_positions() -> None:
    assert not _positions("有消息指，西山集团副总裁张建国将出任东海银行行长。") - {("张建国", "HOLDS_POSITION", "西山集团", "vice_president")}
    fs = facts_of("青禾银行董事会同意聘请陈启明担任该行行长，同时提名他为执行董事候选人。")
    assert ("陈启明", "HOLDS_POSITION", "青禾银行", "executive_director") not in triples(fs)
    assert ("陈启明", "HOLDS_POSITION", "青禾银行", "president") in triples(fs)


def test_span_with_a_start_verb_gives_both_ends() -> None:
    fs = facts_of("张建国先生2014年3月至2016年6月出任东海银行行长。")
    q = quals(fs, "张建国", "HOLDS_POSITION", "东海银行", role="president")
    assert (q.get("start"), q.get("end")) == ("2014-03", "2016-06")


def test_several_people_in_one_post() -> None:
    fs = facts_of("公开资料显示，张建国先生、王志明先生都在东海银行担任董事。")
    assert {s for s, _p, _o, _r in triples(fs, "HOLDS_POSITION")} == {"张建国", "王志明"}


def test_company_describing_the_person_is_not_the_posts_company() -> None:
    fs = facts_of("据报道，东海科技有限公司发生工商变更，西山集团董事长张建国退出法定代表人职务。")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海科技有限公司", role="other")["title"] == "法定代表人"


def test_qi_before_a_title_is_the_company_just_named() -> None:
    fs = facts_of("东海银行近日公布年报。其行政总裁张建国表示，净利润增长。")
    assert ("张建国", "HOLDS_POSITION", "东海银行", "ceo") in triples(fs)


def test_role_first_enumeration_of_holders() -> None:
    fs = facts_of("东海银行开业至今共有三任董事长：2009年至2013年由西山集团董事张建国先生出任，"
                  "2013年至2019年由王志明先生接任，2019年起由前行长李卫东先生接任。")
    q = quals(fs, "张建国", "HOLDS_POSITION", "东海银行", role="chairman")
    assert (q.get("start"), q.get("end")) == ("2009", "2013")
    assert quals(fs, "李卫东", "HOLDS_POSITION", "东海银行", role="chairman")["start"] == "2019"
    succ = triples(fs, "SUCCEEDED")
    assert succ == {("王志明", "SUCCEEDED", "张建国", "chairman"), ("李卫东", "SUCCEEDED", "王志明", "chairman")}
    assert quals(fs, "李卫东", "SUCCEEDED", "王志明")["date"] == "2019"


def test_first_holder_then_the_next() -> None:
    fs = facts_of("东海银行首任总经理张建国于2011年上任，任期至2015年；此后该职由原副总经理王志明先生升任。")
    q = quals(fs, "张建国", "HOLDS_POSITION", "东海银行", role="general_manager")
    assert (q.get("start"), q.get("end")) == ("2011", "2015")
    assert ("王志明", "SUCCEEDED", "张建国", "general_manager") in triples(fs, "SUCCEEDED")


def test_post_named_then_who_left_and_who_came() -> None:
    fs = facts_of("2019年6月，东海基金董事长职位发生变动。在任两年的张建国先生离任，转而换上了北林证券副总裁王志明。")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海基金", role="chairman")["end"] == "2019-06"
    assert ("王志明", "HOLDS_POSITION", "东海基金", "chairman") in triples(fs)
    assert ("王志明", "SUCCEEDED", "张建国", "chairman") in triples(fs, "SUCCEEDED")


def test_post_given_after_a_departure() -> None:
    fs = facts_of("东海科技有限公司发布公告称，张建国先生离职后，CEO一职将由王志明先生兼任。")
    assert ("王志明", "SUCCEEDED", "张建国", "ceo") in triples(fs, "SUCCEEDED")


def test_new_and_former_holders_in_one_sentence() -> None:
    fs = facts_of("东海证券10月8日公告，新任董事长张建国的任职资格已获核准，原董事长王志明任职仅一年多。")
    assert ("张建国", "SUCCEEDED", "王志明", "chairman") in triples(fs, "SUCCEEDED")


def test_title_owned_by_an_unknown_name_gets_no_company() -> None:
    fs = facts_of("东海证券发布研报。翊朗睿通合规负责人张建国表示，监管趋严。")
    assert not [f for f in fs if f.subject.name == "张建国" and f.object.name == "东海证券"]
    fs = facts_of("东海基金公告，因工作安排董事长张建国于3月2日离任。")
    assert ("张建国", "HOLDS_POSITION", "东海基金", "chairman") in triples(fs)


def test_unknown_organisation_after_zai_gives_no_company() -> None:
    fs = facts_of("东海基金公告称，张建国先生出任公司总经理。他曾在华融金控担任首席风险官。")
    assert ("张建国", "HOLDS_POSITION", "东海基金", "general_manager") in triples(fs)
    assert ("张建国", "HOLDS_POSITION", "东海基金", "cro") not in triples(fs)


def test_partner_after_a_group_member_is_not_a_member() -> None:
    fs = facts_of("上周，北林集团旗下东海金服与中国工商银行签署了全面合作协议。")
    assert {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "SUBSIDIARY_OF"} == {("东海金服", "北林集团")}


def test_respectively_pairs_people_and_posts_in_order() -> None:
    fs = facts_of("张建国先生和王志明先生分别担任东海银行董事长和行长。")
    assert triples(fs, "HOLDS_POSITION") == {("张建国", "HOLDS_POSITION", "东海银行", "chairman"),
                                             ("王志明", "HOLDS_POSITION", "东海银行", "president")}


def test_long_career_list_keeps_each_company() -> None:
    fs = facts_of("张建国先生历任东海银行行长、西山证券总经理、北林保险董事长等职务。")
    assert triples(fs, "HOLDS_POSITION") == {("张建国", "HOLDS_POSITION", "东海银行", "president"),
                                             ("张建国", "HOLDS_POSITION", "西山证券", "general_manager"),
                                             ("张建国", "HOLDS_POSITION", "北林保险", "chairman")}


def test_relative_clause_attaches_to_its_own_person() -> None:
    fs = facts_of("对于即将卸任东海银行董事长的张建国，行长王志明表示感谢。")
    assert triples(fs, "HOLDS_POSITION") == {("张建国", "HOLDS_POSITION", "东海银行", "chairman"),
                                             ("王志明", "HOLDS_POSITION", "东海银行", "president")}


def test_founders_lists_passive_founding_and_the_founding_team() -> None:
    fs = facts_of("东海科技的联合创始人包括张建国、王志明和李卫东。")
    assert {f.subject.name for f in fs if str(f.predicate) == "FOUNDED"} == {"张建国", "王志明", "李卫东"}
    fs = facts_of("东海科技由张建国先生和王志明先生于2015年共同创立。")
    assert quals(fs, "王志明", "FOUNDED", "东海科技")["date"] == "2015"
    fs = facts_of("作为创始团队核心成员之一，张建国先生于2015年出任东海科技首席技术官。")
    assert ("张建国", "FOUNDED", "东海科技", None) in triples(fs, "FOUNDED")


def test_department_between_company_and_title_and_a_bracketed_second_title() -> None:
    fs = facts_of("张建国先生原是东海银行支付结算司司长。")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海银行")["role"] == "other"
    fs = facts_of("2021年9月30日起，张建国先生不再担任东海人寿总经理（首席执行官）职务。")
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海人寿", role="ceo")["end"] == "2021-09-30"
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海人寿", role="general_manager")["end"] == "2021-09-30"


def test_posts_before_retirement_and_at_a_subsidiary() -> None:
    fs = facts_of("简历显示，陈启明生于1958年，退任前为沐川保险董事长、党委书记，并兼任子公司沐川财险董事长。")
    assert ("陈启明", "HOLDS_POSITION", "沐川保险", "chairman") in triples(fs)
    assert ("陈启明", "HOLDS_POSITION", "沐川财险", "chairman") in triples(fs)
    assert not triples(facts_of("简历显示，该人生于1958年，退任前为沐川保险党委书记。"), "HOLDS_POSITION")


def test_handing_over_and_who_succeeds() -> None:
    fs = facts_of("2022年6月，张建国先生将东海银行董事长一职交棒给王志明先生。")
    assert quals(fs, "王志明", "SUCCEEDED", "张建国")["date"] == "2022-06"
    assert quals(fs, "张建国", "HOLDS_POSITION", "东海银行", role="chairman")["end"] == "2022-06"
    fs = facts_of("接替张建国先生担任东海银行行长的是王志明先生。")
    assert ("王志明", "SUCCEEDED", "张建国", "president") in triples(fs, "SUCCEEDED")


def test_approved_qualification_is_a_position() -> None:
    fs = facts_of("张建国先生的东海银行行长任职资格已获监管核准。")
    assert ("张建国", "HOLDS_POSITION", "东海银行", "president") in triples(fs)
    assert not triples(facts_of("张建国先生拟任东海银行行长，任职资格尚待核准。"), "HOLDS_POSITION")


def test_a_latin_name_after_a_title_is_a_person() -> None:
    fs = facts_of("远澄科技首席运营官Daniel Moss在发布会上介绍了新产品。")
    assert ("Daniel Moss", "HOLDS_POSITION", "远澄科技", "coo") in {
        (f.subject.name, str(f.predicate), f.object.name, f.qualifiers.get("role")) for f in fs}


def test_the_founder_named_as_a_companys_main_shareholder() -> None:
    fs = facts_of("远澄科技的大股东是创始人兼董事长陈启明，他个人持有远澄科技约三成股份。")
    assert ("陈启明", "FOUNDED", "远澄科技", None) in triples(fs, "FOUNDED")


def test_the_latter_is_the_subject_of_a_post() -> None:
    fs = facts_of("由周明远主持南山银行工作，后者现为南山银行执行董事、副行长兼董事会秘书。")
    roles = {f.qualifiers.get("role") for f in fs if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "周明远"}
    assert {"executive_director", "vice_president", "board_secretary"} <= roles


def test_a_change_from_one_holder_to_another_is_a_succession() -> None:
    fs = facts_of("今年3月，南山基金董事长一职发生变动，由原董事长周明远变更为现任董事长柯庆丰。")
    assert ("柯庆丰", "SUCCEEDED", "周明远", "chairman") in triples(fs, "SUCCEEDED")


def test_a_name_does_not_swallow_the_verb_after_it() -> None:
    fs = facts_of("东海银行董事长柯崎表示业绩稳健。因年龄原因，柯崎申请辞去东海银行董事长职务。")
    assert {f.subject.name for f in fs if str(f.predicate) == "HOLDS_POSITION"} == {"柯崎"}


def test_a_known_name_does_not_swallow_a_common_word_after_it() -> None:
    fs = facts_of("京东方面表示，京东科技首席执行官张建国将主持日常工作。")
    assert "京东方" not in {f.object.name for f in fs}


def test_a_title_is_not_filed_at_the_partnership_the_person_runs_as_general_partner() -> None:
    """A chairman P who runs a vehicle X (其 + 作为 + the post + 的 + X) through which he holds Y: P is X's general
    partner, not its chairman."""
    text = "董事长龚叙白通过其作为执行事务合伙人的云杉众创投资合伙企业（有限合伙）控制云杉银行股份有限公司。"
    at_firm = [f for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION" and f.object.name.startswith("云杉众创")]
    assert not [f for f in at_firm if f.qualifiers.get("role") == "chairman"]
    text = "云杉银行股份有限公司董事长龚叙白经由其作为执行事务合伙人的云杉众创投资合伙企业（有限合伙）间接持有该行9%的股份。"
    assert ("龚叙白", "HOLDS_POSITION", "云杉银行股份有限公司", "chairman") in triples(facts_of(text))


def test_a_unit_named_like_a_company_after_the_company_is_part_of_the_title() -> None:
    fs = facts_of("云岭银行普惠金融事业部总经理助理吕思远表示，小微贷款增长较快。")
    assert triples(fs) == {("吕思远", "HOLDS_POSITION", "云岭银行", "other")}
    assert quals(fs, "吕思远", "HOLDS_POSITION", "云岭银行")["title"] == "普惠金融事业部总经理助理"
    fs = facts_of("青禾证券投资银行部总经理孙浩然介绍了项目进展。")
    assert quals(fs, "孙浩然", "HOLDS_POSITION", "青禾证券")["title"] == "投资银行部总经理"


def test_where_someone_holds_a_post_is_named_by_in_x_serving_as() -> None:
    """"P在X担任T": X is an employer even with no suffix, and P a person even
    with no title before the name; a unit or a span of time is neither."""
    fs = facts_of("此后，王立新在百盛中国担任首席财务官及司库，负责财务工作。")
    assert {("王立新", "HOLDS_POSITION", "百盛中国", "cfo"), ("王立新", "HOLDS_POSITION", "百盛中国", "other")} <= triples(fs)
    assert quals(fs, "王立新", "HOLDS_POSITION", "百盛中国", role="other")["title"] == "司库"
    assert not triples(facts_of("王立新曾在上海分公司担任总经理。"), "HOLDS_POSITION")
    assert not [t for t in triples(facts_of("王立新在任期内担任董事长。")) if t[2] == "任期内"]


def test_taking_up_a_post_elsewhere_is_a_start() -> None:
    """"…离任，后赴任X高级副总裁": 赴任 takes a new post, dated like 出任."""
    fs = facts_of("2021年，联席总经理王立新离任，后赴任东海银行高级副总裁兼中国区首席执行官。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海银行", role="vice_president")["start"] == "2021"
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海银行", role="other", title="中国区首席执行官")


def test_a_department_of_a_regulator_is_part_of_the_title_of_its_head() -> None:
    """"支付结算司司长": 支付 is a word of the department's name, not a
    company suffix ("央行支付"), and the unit stays in the title."""
    fs = facts_of("王立新曾任中国人民银行金融稳定局副局长。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "中国人民银行")["title"] == "金融稳定局副局长"
    fs = facts_of("东海银行行长王立新早年曾是央行支付结算司副司长。")
    assert not [f for f in fs if "支付" in f.object.name]


def test_a_former_post_of_someone_else_does_not_place_the_next_title() -> None:
    """"A原是C司长，副总裁B原是…": B's 副总裁 is at the company the sentence
    is about, not at C where A used to work."""
    fs = facts_of("中国银联的几位高管都出自中国人民银行：总裁王立新原是中国人民银行货币政策司处长，"
                  "常务副总裁赵一鸣原是中国人民银行国际司副司长。")
    assert ("赵一鸣", "HOLDS_POSITION", "中国银联", "vice_president") in triples(fs)
    assert ("赵一鸣", "HOLDS_POSITION", "中国人民银行", "vice_president") not in triples(fs)
    assert quals(fs, "赵一鸣", "HOLDS_POSITION", "中国人民银行")["title"] == "国际司副司长"


def test_a_verb_of_leaving_is_not_part_of_the_company_name_after_it() -> None:
    fs = facts_of("王立新已请辞东海科技总经理。")
    assert ("王立新", "HOLDS_POSITION", "东海科技", "general_manager") in triples(fs)


def test_a_name_in_a_list_of_posts_is_where_that_post_is() -> None:
    """"曾先后担任C T、X T兼T、…": X between two posts is a place of work even
    with no suffix; a department, a region or a common word is not."""
    fs = facts_of("王立新曾先后担任东海银行副行长、青禾好车董事长兼CEO、东海财险总经理等职务。")
    assert {("王立新", "HOLDS_POSITION", "青禾好车", "chairman"), ("王立新", "HOLDS_POSITION", "青禾好车", "ceo"),
            ("王立新", "HOLDS_POSITION", "东海财险", "general_manager")} <= triples(fs)
    fs = facts_of("王立新曾任东海银行副行长、个人金融部总经理、华东区总经理。")
    assert {t[2] for t in triples(fs, "HOLDS_POSITION")} == {"东海银行"}
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海银行", title="个人金融部总经理")


def test_a_clause_that_adds_a_post_with_tongshi_wei_keeps_the_subject() -> None:
    """"P出任C T，同时为D T、T": the second clause's posts are P's too."""
    fs = facts_of("现年53岁的王立新已在今年3月出任东海集团副总经理，同时为东海集团上海管理总部党委书记、总经理。")
    assert ("王立新", "HOLDS_POSITION", "东海集团上海管理总部", "general_manager") in triples(fs)
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海集团上海管理总部", role="other")["title"] == "党委书记"


def test_a_latin_name_between_a_verb_of_taking_a_post_and_a_title_is_the_employer() -> None:
    fs = facts_of("东海科技近年高管变动频繁。2021年，联席总经理王立新离任，后赴任Stripe高级副总裁兼中国区首席执行官。")
    assert "start" not in quals(fs, "王立新", "HOLDS_POSITION", "Stripe", role="vice_president")  # 后赴任: later, date unknown
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海科技", title="联席总经理")["end"] == "2021"
    assert not triples(facts_of("王立新曾任CEO兼CFO。"), "HOLDS_POSITION")


def test_posts_given_as_what_someones_position_is() -> None:
    """"P…，职位为“C T、T”": the quoted chain is P's posts."""
    fs = facts_of("王立新表示，他已离开东海银行。东海控股网站的高管名单中，王立新已经在列，"
                  "职位为“东海控股副董事长、党委委员（兼工会主席）”。")
    assert ("王立新", "HOLDS_POSITION", "东海控股", "vice_chairman") in triples(fs)
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海控股", role="other")["title"] == "党委委员"


def test_a_bracketed_aside_does_not_end_a_list_of_former_posts() -> None:
    """"历任C T，D T（主持工作）、…": the post with the aside is in the list too."""
    fs = facts_of("王立新表示，债市仍有机会。王立新是清华大学金融学硕士，历任东海基金固定收益部副总监，"
                  "沐川基金权益投资部总监（主持工作）、资产配置委员会委员。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "沐川基金")["title"] == "权益投资部总监"
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海基金")["title"] == "固定收益部副总监"


@pytest.mark.parametrize(("text", "person", "company", "role"), [
    ("李华曾任北林集团副总裁。", "李华", "北林集团", "vice_president"),
    ("张强曾任北林集团董事长。", "张强", "北林集团", "chairman"),
    ("此前，王立明曾任北林集团副总裁。", "王立明", "北林集团", "vice_president"),
])
def test_the_ren_of_a_post_verb_glued_to_the_company_name(text: str, person: str, company: str, role: str) -> None:
    """jieba cuts "曾任北林集团" as 曾 / 任北林 / 集团: the 任 belongs to the verb, not to the name."""
    assert (person, "HOLDS_POSITION", company, role) in triples(facts_of(text), "HOLDS_POSITION")


@pytest.mark.parametrize(("text", "company", "role"), [
    ("时任北林集团副总裁的王立明表示，转型仍需时间。", "北林集团", "vice_president"),
    ("前任北林集团董事长王立明已于去年退休。", "北林集团", "chairman"),
    ("新任北林集团总裁王立明今日首次公开亮相。", "北林集团", "president"),
])
def test_a_post_verb_before_the_company_is_not_part_of_its_name(text: str, company: str, role: str) -> None:
    """时任, 前任, 新任 open a title: the company named after them does not begin with them."""
    assert ("王立明", "HOLDS_POSITION", company, role) in triples(facts_of(text), "HOLDS_POSITION")


@pytest.mark.parametrize("text", [
    "陈志远此前任北林证券总经理，分管投行业务。",
    "陈志远之前任北林证券总经理。",
    "陈志远目前任北林证券总经理。",
])
def test_a_time_word_ending_in_qian_leaves_ren_the_verb(text: str) -> None:
    """此前任 is 此前 + 任 (held the post), not 前任 (the former holder)."""
    assert ("陈志远", "HOLDS_POSITION", "北林证券", "general_manager") in _positions(text)


def test_a_name_set_off_by_a_comma_before_a_resume_verb() -> None:
    assert _positions("陈志远，现任北林证券总经理。") == {("陈志远", "HOLDS_POSITION", "北林证券", "general_manager")}
    assert {o for _s, _p, o, _r in _positions("陈志远，曾任北林证券总经理、南山科技董事。")} == {"北林证券", "南山科技"}
    assert not _positions("北林证券，现任管理层稳定。")  # no name: nothing holds the post


def test_a_third_letter_before_a_word_of_time_stays_in_the_name() -> None:
    # 远近 is a word, but 近日 after the three letters closes the name
    assert {s for s, *_ in _positions("南山科技首席技术官陈志远近日离职。")} == {"陈志远"}
    assert {s for s, *_ in _positions("南山科技首席技术官张伟近日离职。")} == {"张伟"}


def test_bank_names_the_segmenter_cuts_at_a_numeral() -> None:
    # "南岭华" + "一" + "银行": the numeral is part of the name, not a count of banks
    assert ("刘建华", "HOLDS_POSITION", "南岭华一银行", "president") in _positions("刘建华于2023年3月出任南岭华一银行行长。")


def test_compass_words_open_firm_names() -> None:
    assert _positions("张伟出任北方集团董事长。") == {("张伟", "HOLDS_POSITION", "北方集团", "chairman")}
    assert not _positions("张伟出任西方银行董事长。")  # the West's banks: no one firm


def test_the_one_replaced_leaves_the_posts_the_successor_takes() -> None:
    fs = facts_of("东海银行董事会近日选举张伟为董事长，张伟接替到龄退休的陈志远。")
    assert quals(fs, "张伟", "SUCCEEDED", "陈志远", role="chairman")["company"] == "东海银行"
    fs = facts_of("张伟接替陈志远，出任东海银行行长。")
    assert quals(fs, "张伟", "SUCCEEDED", "陈志远", role="president")["company"] == "东海银行"
    # a post the successor already holds (a title before the name) is not the one taken
    fs = facts_of("来自北林集团的总裁助理张伟，接替到龄退休的陈志远，已出任东海银行党委书记。")
    assert {(f.object.name, f.qualifiers.get("title")) for f in fs if f.subject.name == "陈志远"} == {("东海银行", "党委书记")}


def test_a_post_named_after_a_clause_of_retiring() -> None:
    for text in ("刘建华退休后，北林证券总经理由陈志远担任。", "刘建华因年龄原因退休后，北林证券总经理一职由陈志远接任。"):
        fs = facts_of(text)
        assert quals(fs, "陈志远", "SUCCEEDED", "刘建华", role="general_manager")["company"] == "北林证券"
    assert not [f for f in facts_of("刘建华退休后，陈志远表示将继续推进改革。") if str(f.predicate) == "SUCCEEDED"]


def test_an_insurers_statutory_posts() -> None:
    assert _positions("北林人寿总精算师刘建华表示，将稳健经营。") == {("刘建华", "HOLDS_POSITION", "北林人寿", "chief_actuary")}
    fs = facts_of("北林保险审计责任人刘建华表示，将加强内控。")
    assert quals(fs, "刘建华", "HOLDS_POSITION", "北林保险")["title"] == "审计责任人"


def test_a_verb_of_being_appointed_ends_the_name_before_it() -> None:
    # jieba does not know 获任: it must not join the person's name to the company's
    assert _positions("刘建华获任北林人寿总精算师。") == {("刘建华", "HOLDS_POSITION", "北林人寿", "chief_actuary")}
    # nor 据 (according to) the company's name after it
    assert ("刘建华", "HOLDS_POSITION", "北林银行", "vice_president") in _positions("据北林银行官网，刘建华现为该行副行长。")


def test_a_post_held_once_is_marked_left() -> None:
    """曾任, 历任, 此前任: over by the article's day (the graph ends the term,
    date unknown); 现任 and a bare 先后担任 list are not."""
    for text in ("陈志远曾任北林证券总经理。", "陈志远此前任北林证券总经理。", "陈志远历任北林证券副总经理、总经理。"):
        assert quals(facts_of(text), "陈志远", "HOLDS_POSITION", "北林证券", role="general_manager").get("left") is True
    for text in ("陈志远现任北林证券总经理。", "陈志远先后担任北林证券副总经理、总经理。"):
        assert "left" not in quals(facts_of(text), "陈志远", "HOLDS_POSITION", "北林证券", role="general_manager")


def test_one_space_between_a_title_and_the_name() -> None:
    # sentences written for this test: web pages often set a space after a Latin title ("CEO 赵一鸣")
    assert ("赵一鸣", "HOLDS_POSITION", "云杉科技", "ceo") in triples(facts_of("云杉科技创始人兼CEO 赵一鸣出席了论坛。"))
    assert ("周明远", "HOLDS_POSITION", "北林科技", "chairman") in triples(facts_of("北林科技董事长 周明远出席了论坛。"))


def test_a_batch_approval_gives_each_person_their_own_post() -> None:
    posts = triples(facts_of("监管局核准王立群、赵德海青溪农商银行副行长的任职资格。"), "HOLDS_POSITION")
    assert {("王立群", "HOLDS_POSITION", "青溪农商银行", "vice_president"),
            ("赵德海", "HOLDS_POSITION", "青溪农商银行", "vice_president")} <= posts
    posts = triples(facts_of("监管局还核准王立群南湖财险首席精算师、赵德海南湖财险独立董事的任职资格。"), "HOLDS_POSITION")
    assert posts == {("王立群", "HOLDS_POSITION", "南湖财险", "chief_actuary"),
                     ("赵德海", "HOLDS_POSITION", "南湖财险", "independent_director")}


def test_an_apposition_after_a_name_gives_its_founding_and_posts() -> None:
    fs = facts_of("赵德海，青溪科技联合创始人、首席技术官，毕业于南湖大学。")
    quals(fs, "赵德海", "FOUNDED", "青溪科技")
    assert quals(fs, "赵德海", "HOLDS_POSITION", "青溪科技", role="cto")
    fs = facts_of("赵德海，青溪科技首席财务官，负责融资。")
    assert quals(fs, "赵德海", "HOLDS_POSITION", "青溪科技", role="cfo")


@pytest.mark.parametrize(("text", "company", "succ", "pred", "role"), [
    ("北林证券董事会决议，李建华退休后空缺的董事长职位由王启明出任。", "北林证券", "王启明", "李建华", "chairman"),
    ("北林银行公告，周明远辞任后遗留的总经理一职由陈思远升任。", "北林银行", "陈思远", "周明远", "general_manager"),
    ("南岭保险公告称，张凯文辞去副总经理职务，其遗缺由刘佳宁递补。", "南岭保险", "刘佳宁", "张凯文", "deputy_general_manager"),
    ("南岭证券总经理李建华退休后留下的总经理空缺由王启明填补。", "南岭证券", "王启明", "李建华", "general_manager"),
])
def test_a_post_left_vacant_and_filled_is_a_succession(text: str, company: str, succ: str, pred: str, role: str) -> None:
    fs = facts_of(text)
    assert quals(fs, succ, "SUCCEEDED", pred, role=role)["company"] == company
    assert quals(fs, succ, "HOLDS_POSITION", company, role=role)


def test_a_leaving_dated_between_the_name_and_the_verb() -> None:
    fs = facts_of("北林证券董事长李建华已于2024年2月退休。空缺的董事长职位由王启明出任。")
    assert quals(fs, "李建华", "HOLDS_POSITION", "北林证券", role="chairman")["end"] == "2024-02"
    assert quals(fs, "王启明", "SUCCEEDED", "李建华", role="chairman")["date"] == "2024-02"


def test_the_board_chooses_the_successor_before_the_verb_of_taking_over() -> None:
    fs = facts_of("北林证券董事长周明远因年龄原因辞任，董事会推举陈思远接任董事长一职。")
    assert quals(fs, "陈思远", "SUCCEEDED", "周明远", role="chairman")["company"] == "北林证券"
    assert not [f for f in fs if f.subject.name == "周明远" and "start" in f.qualifiers]
    fs = facts_of("南岭保险董事会选举王启明接任李建华的董事长职务。")
    assert quals(fs, "王启明", "SUCCEEDED", "李建华", role="chairman")["company"] == "南岭保险"


@pytest.mark.parametrize("text", [
    "北林银行公告，董事会聘任陈思远为副行长，聘任王启明为首席风险官。上述人事变动的生效日均为2024年3月1日。",
    "北林银行董事会聘任陈思远为副行长，聘任王启明为首席风险官。上述高管的任期均自2024年3月1日起计算。",
    "北林银行董事会聘任陈思远为副行长、王启明为首席风险官，均自2024年3月1日起生效。",
])
def test_one_effective_date_for_several_appointments(text: str) -> None:
    fs = facts_of(text)
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林银行", role="vice_president")["start"] == "2024-03-01"
    assert quals(fs, "王启明", "HOLDS_POSITION", "北林银行", role="cro")["start"] == "2024-03-01"


def test_an_effective_date_sentence_dates_a_leaving_and_its_succession() -> None:
    fs = facts_of("南岭证券公告，周明远辞去总经理职务；董事会聘任陈思远为总经理。以上任免均自2024年3月1日起生效。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭证券", role="general_manager")["end"] == "2024-03-01"
    assert quals(fs, "陈思远", "SUCCEEDED", "周明远", role="general_manager")["date"] == "2024-03-01"
    fs = facts_of("南岭证券董事会同意聘任陈思远为总经理，上述聘任自董事会审议通过之日起生效。")
    assert "start" not in quals(fs, "陈思远", "HOLDS_POSITION", "南岭证券", role="general_manager")


def test_a_start_date_stated_after_the_post_beats_the_notices_date_before_it() -> None:
    fs = facts_of("10月9日，远澄基金公告聘任陈启明担任公司总经理，任职日期为2023年9月27日。")
    assert quals(fs, "陈启明", "HOLDS_POSITION", "远澄基金", role="general_manager")["start"] == "2023-09-27"


def test_a_regulator_approves_several_people_in_one_list() -> None:
    fs = facts_of("批复显示，核准周明远、陈思远北林农商银行副行长的任职资格。")
    assert {("周明远", "HOLDS_POSITION", "北林农商银行", "vice_president"),
            ("陈思远", "HOLDS_POSITION", "北林农商银行", "vice_president")} <= triples(fs, "HOLDS_POSITION")
    fs = facts_of("南岭监管局核准王启明北林财险首席精算师、李建华北林财险独立董事的任职资格。")
    assert {("王启明", "HOLDS_POSITION", "北林财险", "chief_actuary"),
            ("李建华", "HOLDS_POSITION", "北林财险", "independent_director")} <= triples(fs, "HOLDS_POSITION")


def test_a_post_at_the_parent_company_moved_to() -> None:
    fs = facts_of("北林消费金融原董事长周明远调任母公司北林银行副行长。")
    assert ("周明远", "HOLDS_POSITION", "北林银行", "vice_president") in triples(fs, "HOLDS_POSITION")


def test_an_approval_with_le_lists_several_posts_and_takes_no_carried_date() -> None:
    fs = facts_of("9月10日，北林银行发布公告。公告显示，监管部门同时核准了周明远北林理财董事长、陈思远北林理财总经理的任职资格。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林理财", role="chairman") == {"role": "chairman"}
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林理财", role="general_manager") == {"role": "general_manager"}


def test_shi_ren_heads_a_clause_of_a_penalty_notices_party() -> None:
    text = ("当事人：澄江新材料股份有限公司（以下简称澄江新材），住所：湖南省衡阳市。"
            "孙晓晨，男，1971年6月出生，时任澄江新材董事长、总经理，住址：湖南省衡阳市。"
            "邹嘉木，女，1983年2月出生，时任澄江新材监事会主席，住址：湖南省衡阳市。")
    got = _positions(text)
    assert ("孙晓晨", "HOLDS_POSITION", "澄江新材料股份有限公司", "chairman") in got
    assert ("孙晓晨", "HOLDS_POSITION", "澄江新材料股份有限公司", "general_manager") in got
    assert ("邹嘉木", "HOLDS_POSITION", "澄江新材料股份有限公司", "supervisor") in got


def _successions(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("role"), f.qualifiers.get("title"))
            for f in facts_of(text) if str(f.predicate) == "SUCCEEDED"}


def test_a_post_given_by_you_and_its_former_holder() -> None:
    got = _successions("澄江人寿公告，董事会同意由孙晓晨担任公司总经理，原总经理吕文涛因工作调整卸任。")
    assert got == {("孙晓晨", "吕文涛", "general_manager", None)}
    got = _successions("澄江人寿董事会推选总经理吕文涛接任董事长，自5月1日起生效；总经理一职则由副总经理孙晓晨升任。")
    assert ("孙晓晨", "吕文涛", "general_manager", None) in got
    got = _successions("工商信息显示，澄江支付法定代表人由孙晓晨担任，原法定代表人吕文涛卸任。")
    assert got == {("孙晓晨", "吕文涛", "other", "法定代表人")}


def test_every_name_of_a_list_of_independent_directors() -> None:
    for text in ("澄江人寿第二届董事会独立董事为孙晓晨、吕文涛和邹嘉木。",
                 "澄江银行股东大会选举产生新一届董事会，孙晓晨、吕文涛、邹嘉木当选独立董事。",
                 "澄江银行公告，独立董事为孙晓晨、吕文涛及邹嘉木三人。"):
        got = {(s, r) for s, _p, _o, r in _positions(text)}
        assert got == {("孙晓晨", "independent_director"), ("吕文涛", "independent_director"),
                       ("邹嘉木", "independent_director")}, text


def test_rumours_and_proposals_awaiting_the_shareholders_are_no_change_of_post() -> None:
    assert not _positions("董事會建議委任孫曉晨為澄江銀行獨立非執行董事，尚須經股東大會批准。")
    assert not _positions("据知情人士透露，孙晓晨将出任澄江银行行长，目前尚未获得官方确认。")
    assert not _positions("澄江银行董事会审议通过选举孙晓晨为非执行董事的议案，将提请股东大会审议。")
    fs = facts_of("澄江银行董事会同意聘任吕文涛为行长，并提名孙晓晨为董事，后者尚需提请股东大会审议。")
    assert triples(fs, "HOLDS_POSITION") == {("吕文涛", "HOLDS_POSITION", "澄江银行", "president")}
    got = _positions("近日，有业内传闻称澄江人寿董事长孙晓晨将调任澄江集团副总裁。")
    assert {(o, r) for _s, _p, o, r in got} == {("澄江人寿", "chairman")}
    fs = facts_of("澄江银行昨日公告，董事会已同意聘任孙晓晨为行长，任职资格还有待监管部门核准。")
    assert ("孙晓晨", "HOLDS_POSITION", "澄江银行", "president") in triples(fs)


def test_latin_names_in_brackets_after_a_title_or_a_name() -> None:
    fs = facts_of("澄江科技公告，首席财务官（CFO）孙晓晨（Kevin Sun）辞职，吕文涛（Amy Lyu）获委任为首席财务官。")
    assert ("孙晓晨", "HOLDS_POSITION", "澄江科技", "cfo") in triples(fs)
    assert ("吕文涛", "HOLDS_POSITION", "澄江科技", "cfo") in triples(fs)
    assert ("吕文涛", "SUCCEEDED", "孙晓晨", "cfo") in triples(fs)
    fs = facts_of("澄江科技首席运营官(COO)邹嘉木(Steven Zou)于近日离职。")
    assert ("邹嘉木", "HOLDS_POSITION", "澄江科技", "coo") in triples(fs)


def test_an_approval_with_its_day_between() -> None:
    fs = facts_of("鹿鸣消金公告，金文涛的董事长任职资格已于2024年3月8日获监管核准，接替退休的孙晓晨。")
    assert quals(fs, "金文涛", "HOLDS_POSITION", "鹿鸣消金", role="chairman")["start"] == "2024-03-08"
    assert ("金文涛", "SUCCEEDED", "孙晓晨", "chairman") in triples(fs)


def test_founders_with_the_place_of_founding_and_the_founders_posts() -> None:
    fs = facts_of("北林云算科技有限公司（以下简称“北林云算”）由周明远、陈立德于2016年在杭州共同创立。周明远现任公司创始人兼CEO。")
    assert quals(fs, "周明远", "FOUNDED", "北林云算")["date"] == "2016"
    assert quals(fs, "陈立德", "FOUNDED", "北林云算")["date"] == "2016"
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林云算")["role"] == "ceo"


def test_a_founding_by_two_parties_and_the_first_chairman() -> None:
    # the date the sentence opens with dates the founding; 首任董事长 is the chairman's post
    fs = facts_of("1992年，西州市财政局与港商周明远共同出资，创办了西州国际信托投资公司，周明远出任首任董事长。")
    assert quals(fs, "周明远", "FOUNDED", "西州国际信托投资公司")["date"] == "1992"
    assert quals(fs, "周明远", "HOLDS_POSITION", "西州国际信托投资公司")["role"] == "chairman"
    assert quals(facts_of("周明远曾任北林银行首任董事长。"), "周明远", "HOLDS_POSITION", "北林银行")["role"] == "chairman"


@pytest.mark.parametrize("text", [
    "北林金融另外宣布，独立非执行董事周明远因希望专注个人业务，已辞任董事职务，由陈怀礼接替。",
    "北林金融宣布，独立董事周明远因个人原因辞去董事职务，由陈怀礼接任。",
])
def test_the_plain_director_seat_left_is_the_kind_of_seat_named_before_and_its_successor_takes_it(text: str) -> None:
    fs = facts_of(text)
    held = {(f.subject.name, f.qualifiers["role"]) for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert held == {("周明远", "independent_director"), ("陈怀礼", "independent_director")}
    assert {f.qualifiers["role"] for f in fs if str(f.predicate) == "SUCCEEDED"} == {"independent_director"}

def test_a_branch_carries_to_every_title_of_its_party_and_executive_pair() -> None:
    """"P任C江南省分行党委书记、行长": both posts are the branch's (filed at
    C, role other, the branch in the title), and so is the succession."""
    fs = facts_of("5月8日，周明远接替李国华出任东海银行江南省分行党委书记、行长。")
    assert {q["title"] for f in fs if f.subject.name == "周明远" and str(f.predicate) == "HOLDS_POSITION"
            for q in (f.qualifiers,)} == {"江南省分行党委书记", "江南省分行行长"}
    assert quals(fs, "周明远", "SUCCEEDED", "李国华", title="江南省分行行长")["company"] == "东海银行"
    fs = facts_of("东海银行西川分行行长、党委副书记王立新表示，今年贷款增长较快。")
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海银行", title="西川分行党委副书记")["role"] == "other"
    fs = facts_of("王立新曾任东海银行江南省分行副行长、首席风险官。")  # no party post: the second is the bank's
    assert quals(fs, "王立新", "HOLDS_POSITION", "东海银行", role="cro")


def test_a_post_after_founding_a_company_is_at_that_company() -> None:
    """"A与P共同出资，创办了C，P出任首任董事长": the post with no company is at C, just founded."""
    fs = facts_of("1987年，北林集团与商人周明远共同出资，创办了北林国际信托投资公司，周明远出任首任董事长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林国际信托投资公司")["role"] == "chairman"
    assert not [f for f in fs if f.object.name == "北林集团" and str(f.predicate) == "HOLDS_POSITION"]

def test_a_branch_leading_a_list_of_posts_owns_its_leadership_posts() -> None:
    """"X分行党委书记、行长": the 行长 is the branch's, not the bank's (role
    other, the branch in the title); a career going on after a branch post
    ("深圳分公司总经理、高级副总裁") is the company's."""
    def titles(text: str) -> set[tuple[str, str, str]]:
        return {(f.object.name, f.qualifiers["role"], f.qualifiers.get("title", "")) for f in facts_of(text)
                if f.predicate == "HOLDS_POSITION" and f.subject.name == "周明远"}

    assert titles("北林银行江西省分行党委书记、行长周明远表示，将加大对小微企业的投放。") == {
        ("北林银行", "other", "江西省分行党委书记"), ("北林银行", "other", "江西省分行行长")}
    assert titles("北林证券上海分公司总经理、党委书记周明远介绍了业务情况。") == {
        ("北林证券", "other", "上海分公司总经理"), ("北林证券", "other", "上海分公司党委书记")}
    assert "深圳分公司高级副总裁" not in {t for _o, _r, t in titles("周明远曾任北林软件深圳分公司总经理、高级副总裁。")}


@pytest.mark.parametrize(("text", "role", "title"), [
    ("北林数科技术副总裁周明远表示，公司将加大研发投入。", "vice_president", "技术副总裁"),
    ("周明远出任北林数科财务副总裁。", "vice_president", "财务副总裁"),
    ("北林数科高级副总裁周明远表示，公司将加大研发投入。", "vice_president", "高级副总裁"),
])
def test_a_title_that_says_more_than_its_role_is_kept_beside_it(text: str, role: str, title: str) -> None:
    """A field or a rank before a role's word: the role, and the title as written."""
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", "北林数科", role=role).get("title") == title
    assert "title" not in quals(facts_of("北林数科副总裁周明远表示，公司将加大研发投入。"), "周明远", "HOLDS_POSITION", "北林数科")


def test_a_reappointment_states_the_post_without_a_new_start() -> None:
    # 续聘: the post goes on, so no start is read from the meeting's day
    fs = facts_of("2024年6月27日，北林银行董事会续聘周明远为行长，并聘任吴思齐为董事会秘书。")
    assert "start" not in quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林银行")["start"] == "2024-06-27"


def test_a_post_given_by_the_board_to_a_described_holder_starts() -> None:
    # "决定由合规总监P兼任T": the post is given now, so it starts, and succeeds the one who left it
    fs = facts_of("北林证券9月3日晚间披露，周明远因年龄原因不再担任首席风险官，董事会决定由合规总监吴思齐兼任首席风险官。", date="2024-09-04")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林证券", role="cro")["start"] == "2024-09-03"
    assert quals(fs, "吴思齐", "SUCCEEDED", "周明远")["role"] == "cro"


def test_a_post_held_after_an_election_clause_starts() -> None:
    # "经股东会选举，P担任C T": an elected post, taken now
    fs = facts_of("北林期货9月5日公告，经股东会选举，吴思齐担任北林期货董事长，董事长周明远辞任。", date="2024-09-06")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林期货", role="chairman")["start"] == "2024-09-05"
    assert quals(fs, "吴思齐", "SUCCEEDED", "周明远")["role"] == "chairman"


def test_an_election_of_the_one_just_named_starts_the_post() -> None:
    # "随后董事会选举其为董事长": 其 is the person the clause before elected, and the post starts then
    fs = facts_of("北林银行12月1日召开临时股东大会选举周明远为董事；随后董事会选举其为董事长。", date="2024-12-02")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="chairman")["start"] == "2024-12-01"


def test_a_name_approved_before_the_word_for_the_bank() -> None:
    # "核准P该行行长的任职资格": the name between the verb and 该行 is the person approved
    fs = facts_of("北林银行3月5日公告称，监管局已核准蔡立衡该行行长的任职资格。", date="2024-03-06")
    assert quals(fs, "蔡立衡", "HOLDS_POSITION", "北林银行")["role"] == "president"


def test_one_seat_left_by_one_and_taken_by_another_sentences_apart_is_a_succession() -> None:
    text = ("北林银行6月27日召开股东大会。董事会选举周明远为该行董事长。周明远此前担任北林集团总经理。"
            "北林集团是北林银行第一大股东。北林银行原董事长王志诚已于今年3月因到龄退休辞去董事长职务。")
    fs = facts_of(text, date="2024-06-28")
    assert quals(fs, "周明远", "SUCCEEDED", "王志诚")["role"] == "chairman"
    # a seat taken before the other left it is another tenure, not the one after it
    text = ("北林银行董事长王志诚已于今年3月辞去董事长职务。北林集团是北林银行第一大股东。北林集团持股20%。"
            "周明远自2019年起担任北林银行董事长。")
    assert not [f for f in facts_of(text, date="2024-06-28") if str(f.predicate) == "SUCCEEDED"]


def test_the_new_bank_is_the_bank_the_article_is_about() -> None:
    # 新行 after a merger: the bank just opened, not the former one named before it (新行长 is a title)
    text = "2025年5月8日，北林农商银行在六安市正式挂牌开业。原南岭农商银行监事长吴思齐出任新行监事长。"
    assert quals(facts_of(text), "吴思齐", "HOLDS_POSITION", "北林农商银行")["start"] == "2025-05-08"
    assert quals(facts_of("北林银行召开董事会，新行长周明远表示将推进创新行动。"), "周明远", "HOLDS_POSITION", "北林银行")["role"] == "president"


def test_a_stock_code_between_the_company_and_the_title() -> None:
    # "C（600999.SH）副行长": the bracketed code does not cut the company from its title
    fs = facts_of("北林银行公告，周明远出任行长。周明远此前担任南岭银行（601999.SH）副行长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭银行")["role"] == "vice_president"
    assert quals(facts_of("周明远现任南岭证券（600999）董事长。"), "周明远", "HOLDS_POSITION", "南岭证券")["role"] == "chairman"


def test_a_post_given_to_a_person_described_by_another_post() -> None:
    # "董事长为C副总裁P", "董事长仍由原C董事长P担任": the first post is the company's the clause speaks of
    fs = facts_of("北林基金成立于2010年，现任董事长为南岭证券副总裁周明远。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林基金")["role"] == "chairman"
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭证券")["role"] == "vice_president"
    fs = facts_of("北林期货完成合并，公司董事长仍由原南岭期货董事长周明远担任。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林期货")["role"] == "chairman"
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭期货")["role"] == "chairman"


def test_a_post_at_the_controlling_shareholder_named_as_such() -> None:
    # "P现任C控股股东C2 T", "P此前为C控股股东——C2的T": the post is at the shareholder C2
    fs = facts_of("北林消费金融公告，吴思齐现任北林消金控股股东南岭银行股份有限公司（简称“南岭银行”）副行长。")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "南岭银行")["role"] == "vice_president"
    fs = facts_of("北林金租公告，周明远出任总经理。周明远此前为北林金租控股股东——南岭银行股份有限公司的公司金融部总经理。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭银行股份有限公司")["title"] == "公司金融部总经理"


def test_a_title_before_a_list_of_names_closing_the_clause_is_each_ones() -> None:
    # "董事会包括执行董事A先生及B先生；": a board seat's list; one seat (董事长) has one holder
    text = "南岭银行股份有限公司公告。於本公告日期，董事會包括執行董事吴思齐先生及周明远先生；獨立非執行董事林书航先生及蔡立衡女士。"
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭银行股份有限公司")["role"] == "executive_director"
    assert quals(fs, "蔡立衡", "HOLDS_POSITION", "南岭银行股份有限公司")["role"] == "independent_director"
    assert quals(facts_of("北林银行公告，董事会包括执行董事吴思齐、周明远；独立董事蔡立衡。"),
                 "周明远", "HOLDS_POSITION", "北林银行")["role"] == "executive_director"
    assert not [f for f in facts_of("北林银行董事长吴思齐和周明远。") if f.subject.name == "周明远"]


def test_a_signature_gives_its_title_to_the_name_on_the_next_line() -> None:
    # "承董事會命\nC\n主席\nP": the signer holds the title at the company on the line before
    text = "北林金融集团有限公司公告，本公司將於6月召開股東大會。\n承董事會命\n北林金融集团有限公司\n主席\n蔡立衡\n香港，2025年4月10日"
    assert quals(facts_of(text), "蔡立衡", "HOLDS_POSITION", "北林金融集团有限公司")["role"] == "chairman"
    # with no company line: the announcer's
    text = "北林證券股份有限公司2024年年度報告摘要。\n報告期內，本公司控股股東未發生變更。\n董事長\n祁懷遠\n2025年3月27日"
    assert quals(facts_of(text), "祁懷遠", "HOLDS_POSITION", "北林證券股份有限公司")["role"] == "chairman"


def test_an_approval_list_whose_next_name_has_only_its_title() -> None:
    # "核准A C董事长、B行长的任职资格": B is a person, and B's post is at C (not at the regulator)
    fs = facts_of("北林金融监管局同时核准周明远北林农商银行董事长、吴思齐行长的任职资格。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林农商银行")["role"] == "chairman"
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林农商银行")["role"] == "president"


def test_the_post_taken_on_joining_with_shi_ren() -> None:
    # sentences written for this test: 时 closes the clause of joining, 任 is the verb of the post taken then
    fs = triples(facts_of("北林科技首席执行官周明远接受专访。周明远2016年加入北林科技时任首席财务官，负责融资。"))
    assert ("周明远", "HOLDS_POSITION", "北林科技", "cfo") in fs
    # 时任 before a name stays a modifier of that name's title
    fs = triples(facts_of("南岭证券今日公告，吴思源加入南岭证券时任副总裁的郑启明已离职。"))
    assert ("吴思源", "HOLDS_POSITION", "南岭证券", "vice_president") not in fs


def test_a_data_sheet_line_gives_its_posts_to_the_names_after_the_colon() -> None:
    # sentences written for this test: a company's data sheet, a line the posts alone, a colon, then only names
    text = ("北林银行股份有限公司（“本行”）公司资料\n董事会\n董事长兼非执行董事：周明远\n副董事长：陈思远\n"
            "独立非执行董事：李文涛、赵海宁\n公司秘书：吴思齐")
    fs = triples(facts_of(text, title="北林银行2024年年报：公司资料"), "HOLDS_POSITION")
    for who, role in (("周明远", "chairman"), ("周明远", "non_executive_director"), ("陈思远", "vice_chairman"),
                      ("李文涛", "independent_director"), ("赵海宁", "independent_director"), ("吴思齐", "other")):
        assert (who, "HOLDS_POSITION", "北林银行股份有限公司", role) in fs
    # a colon inside prose is not a sheet: what follows it is a quote, not a name
    fs = facts_of("北林银行董事长周明远表示：陈述清楚的方案更好。")
    assert not [f for f in fs if f.subject.name == "陈述清"]


def test_a_resume_heading_line_gives_its_name_the_posts_after_it() -> None:
    # sentences written for this test: a heading line with a number, the name and its posts, then the résumé
    text = ("北林银行股份有限公司（以下简称“北林银行”）官网更新了领导团队栏目。\n01 周明远　党委书记、董事长\n1970年出生，研究生学历。\n"
            "02 曾思远　副行长\n女，1976年出生。\n")
    fs = facts_of(text, title="北林银行领导团队履历一览")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="chairman")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="other")["title"] == "党委书记"
    assert quals(fs, "曾思远", "HOLDS_POSITION", "北林银行", role="vice_president")  # 曾 a surname: the heading frames it
    # the name and a colon: "P：T"
    text = "北林银行股份有限公司（以下简称“北林银行”）公布新一届经营班子。\n吴思齐：行长\n1972年出生。\n"
    assert quals(facts_of(text), "吴思齐", "HOLDS_POSITION", "北林银行", role="president")


def test_a_pronoun_then_the_years_of_a_post() -> None:
    # sentences written for this test: "他D1至D2任C T" — 他 is the person just spoken of
    fs = facts_of("北林银行董事长周明远今年上任。此前，他2016年至2024年2月任南岭投资集团有限公司总经理。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭投资集团有限公司") == {"role": "general_manager", "start": "2016", "end": "2024-02"}


def test_a_regulator_approving_qi_for_a_post() -> None:
    # sentences written for this test: 核准其T任职资格 — 其 is the person spoken of, the post at the company spoken of
    text = "北林银行2018年聘任陈思远为副行长。2024年4月，国家金融监督管理总局核准其行长任职资格，接替调任他职的吴思齐。"
    fs = facts_of(text)
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林银行", role="president")["start"] == "2024-04"
    assert ("陈思远", "SUCCEEDED", "吴思齐", "president") in triples(fs, "SUCCEEDED")
    assert ("陈思远", "SUCCEEDED", "吴思齐", "vice_president") not in triples(fs, "SUCCEEDED")


def test_a_kind_of_supervisor_seat_is_a_supervisor() -> None:
    # sentences written for this test: 职工监事, 职工代表监事 and 外部监事 are seats of the board of supervisors
    fs = facts_of("2023年4月，北林银行职工代表大会选举周明远先生为北林银行职工监事。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行")["role"] == "supervisor"
    fs = facts_of("北林银行外部监事吴思齐表示，资产质量稳定。")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林银行")["role"] == "supervisor"


def test_appointed_to_hold_a_second_post_with_jian_ren() -> None:
    # sentences written for this test: 聘任副行长P兼任T — the verb of holding two posts between the name and the post
    fs = facts_of("2023年7月，吴思齐女士辞去北林银行董事会秘书职务；同月，董事会聘任副行长周明远先生兼任董事会秘书。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="board_secretary")
    assert ("周明远", "SUCCEEDED", "吴思齐", "board_secretary") in triples(fs, "SUCCEEDED")


def test_a_post_is_given_to_the_holder_of_a_company() -> None:
    # sentences written for this test: "另一位新任董事长为C的P" — the post is at the company the holder is of
    fs = facts_of("本月共有三家险企迎来新董事长。另一位新任董事长为南岭人寿保险股份有限公司的周明远。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭人寿保险股份有限公司")["role"] == "chairman"


def test_a_post_taken_over_from_the_one_who_held_it_before() -> None:
    # sentences written for this test: "A此前担任C总经理。…C总经理一职由B接任" — B succeeds A
    fs = facts_of("北林人寿董事长吴思齐此前担任北林人寿总经理。另有两家公司换帅。总经理层面，北林人寿总经理一职由周明远接任。")
    assert ("周明远", "SUCCEEDED", "吴思齐", "general_manager") in triples(fs, "SUCCEEDED")
    # two former holders: no one to pick
    fs = facts_of("北林人寿董事长吴思齐此前担任北林人寿总经理，副董事长陈思远也曾担任北林人寿总经理。北林人寿总经理一职由周明远接任。")
    assert not triples(fs, "SUCCEEDED")


def test_a_post_given_then_approved_starts_on_its_approval() -> None:
    # sentences written for this test: "…聘任P为T，其任职资格已于D获核准" and "T一职由P接任，其任职资格于D获批"
    fs = facts_of("北林银行董事会于2022年11月聘任周明远为董事会秘书，其任职资格已于2023年2月获核准。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="board_secretary")["start"] == "2023-02"
    fs = facts_of("2024年8月，北林人寿总经理一职由周明远接任，其任职资格于2024年8月26日获批。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林人寿", role="general_manager")["start"] == "2024-08-26"


@pytest.mark.parametrize(("text", "company", "role"), [
    # sentences written for this test: the post, 由, then the holder — with a time word, a sender or a verb of moving
    ("北林银行公布人事变动。行长一职目前由周明远担任。", "北林银行", "president"),
    ("北林汽车金融有限公司完成新一届董事会换届。人事方面，总经理由南岭银行派驻的周明远继续担任。", "北林汽车金融有限公司", "general_manager"),
    ("北林人寿召开董事会。总经理则由北林金控副总经理周明远转任。", "北林人寿", "general_manager"),
])
def test_a_post_then_by_its_holder_with_more_between(text: str, company: str, role: str) -> None:
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", company, role=role)


def test_posts_taken_with_a_rename_are_at_the_new_name() -> None:
    # sentences written for this test: a rename done, the legal representative changed with it, then the new officers
    text = ("据天眼查，北林支付有限公司于3月18日办理了工商变更登记，名称变更为南岭支付有限公司，法定代表人由周明远变更为吴思齐。"
            "主要人员方面，周明远卸任董事长，吴思齐新任执行董事兼总经理；原监事陈思远退出，新增监事李文涛。")
    fs = facts_of(text, date="2024-03-20")
    for role in ("executive_director", "general_manager", "other"):
        assert quals(fs, "吴思齐", "HOLDS_POSITION", "南岭支付有限公司", role=role)
    assert quals(fs, "李文涛", "HOLDS_POSITION", "南岭支付有限公司", role="supervisor")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林支付有限公司", role="chairman")  # the post left: at the old name
    assert quals(fs, "吴思齐", "SUCCEEDED", "周明远")["company"] == "南岭支付有限公司"


def test_xin_ren_after_a_name_is_the_verb_of_taking_a_post() -> None:
    # sentences written for this test: "P新任T兼T"; before a title with no name ahead, 新任 stays a modifier
    fs = facts_of("北林支付有限公司变更主要人员，董事长周明远卸任，吴思齐新任执行董事兼总经理。")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林支付有限公司", role="general_manager")
    assert quals(fs, "吴思齐", "HOLDS_POSITION", "北林支付有限公司", role="executive_director")


def test_personnel_paragraph_is_about_the_articles_company() -> None:
    # sentences written for this test: "人事方面，…" after a sentence about a shareholder of the article's company
    text = ("北林银行的股权结构近年有所变化。\n东川实业集团有限公司（“东川实业”）将所持2.5%的股份转让给南岭投资，转让后东川实业持股降至6.1%。\n"
            "人事方面，2023年5月，原董事长周明远因年龄原因辞任，吴思齐接任董事长。")
    fs = facts_of(text, title="北林银行股权生变", date="2024-03-20")
    assert ("吴思齐", "HOLDS_POSITION", "北林银行", "chairman") in triples(fs)
    assert ("吴思齐", "HOLDS_POSITION", "东川实业", "chairman") not in triples(fs)


def test_the_company_after_its_rename_is_the_new_name_not_the_holders_company() -> None:
    # sentences written for this test: "C1更名为C2。C3副总经理P出任更名后公司的T"
    fs = facts_of("北林网络科技有限公司近日更名为南岭数智科技有限公司。东川资本副总经理周明远出任更名后公司的执行董事兼总经理。")
    assert ("周明远", "HOLDS_POSITION", "南岭数智科技有限公司", "executive_director") in triples(fs)
    assert ("周明远", "HOLDS_POSITION", "南岭数智科技有限公司", "general_manager") in triples(fs)
    assert ("周明远", "HOLDS_POSITION", "东川资本", "general_manager") not in triples(fs)


def test_an_issuers_own_officer_in_its_notice_is_its_whatever_was_named_last() -> None:
    # "关联董事P…回避表决" / "联系人：董事会秘书P": posts a notice names of its issuer only, though the
    # sentence before spoke of another company; the header's 证券简称 field says which company issues it
    text = ("证券代码：002999　　证券简称：北林银行　　公告编号：2025-037\n关于关联交易的公告\n"
            "1. 南山集团有限公司：注册资本8亿元，董事长兼法定代表人为周明远。\n"
            "2. 南山物流有限公司：原名南山货运有限公司，为南山集团旗下物流平台。\n"
            "本行独立董事专门会议审议通过该议案。关联董事吴启航（现任南山集团总裁）回避表决。")
    fs = facts_of(text)
    assert ("吴启航", "HOLDS_POSITION", "北林银行", "director") in triples(fs)
    assert not [f for f in fs if f.subject.name == "吴启航" and f.object.name == "南山物流有限公司"]


def test_a_notices_contact_secretary_is_the_issuers_not_the_holders_named_before() -> None:
    text = ("北林证券股份有限公司（以下简称“公司”）披露了权益变动公告。\n一、持股比例\n南山投资通过大宗交易减持公司股份2%。\n"
            "二、联系人\n董事会秘书吴启航")
    assert ("吴启航", "HOLDS_POSITION", "北林证券股份有限公司", "board_secretary") in triples(facts_of(text))


def test_a_line_a_correction_notice_withdraws_gives_no_fact() -> None:
    # "更正前：董事会秘书P / 更正后：董事会秘书Q": P was written in error; Q holds the post
    text = ("北林证券股份有限公司（以下简称“公司”）披露了权益变动公告。现更正如下：\n三、联系人\n"
            "更正前：董事会秘书周明远\n更正后：董事会秘书吴启航\n特此公告。")
    fs = facts_of(text)
    assert ("吴启航", "HOLDS_POSITION", "北林证券股份有限公司", "board_secretary") in triples(fs)
    assert not [f for f in fs if f.subject.name == "周明远"]


def test_a_post_left_with_no_company_is_at_the_company_the_text_placed_its_holder() -> None:
    # a roster gave P the chair at C; the sentence before the leaving spoke of C's holder, not of C
    text = ("当事人：\n李佳，北林科技股份有限公司董事长；\n周明远，北林科技股份有限公司董事长；\n"
            "经查明，南山投资持有北林科技股份有限公司29.83%的股份，违规占用资金。\n周明远于2024年11月辞去董事长职务。")
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林科技股份有限公司", role="chairman")["end"] == "2024-11"
    assert not [f for f in fs if f.subject.name == "周明远" and f.object.name == "南山投资"]


def test_a_post_after_a_roster_lines_second_comma_is_at_its_company() -> None:
    # a line "P，C＋a word of control，时任＋title；": the title after the second comma is at the C of the apposition
    text = ("当事人：\n南山投资有限公司，北林科技股份有限公司控股股东；\n周明远，北林科技股份有限公司实际控制人，时任董事长、法定代表人；\n"
            "经查明，南山投资持有北林科技股份有限公司29.83%的股份。\n周明远于2024年11月辞去董事长职务，由李佳接任。")
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林科技股份有限公司", role="chairman")["end"] == "2024-11"
    assert quals(fs, "李佳", "SUCCEEDED", "周明远", company="北林科技股份有限公司") is not None
    assert not [f for f in fs if f.subject.name == "周明远" and f.object.name == "南山投资有限公司"]


def test_a_founder_is_a_company_whose_short_name_is_defined_between() -> None:
    # "P是C（以下简称“Y”）的创始人、董事长": the bracket that defines C's short name stands between C and 的
    text = "周明远是北林市青禾小额贷款有限公司（以下简称“青禾小贷”）的创始人、董事长。"
    fs = facts_of(text)
    assert ("周明远", "FOUNDED", "北林市青禾小额贷款有限公司") in {(f.subject.name, str(f.predicate), f.object.name) for f in fs}
    assert ("周明远", "HOLDS_POSITION", "北林市青禾小额贷款有限公司", "chairman") in triples(fs)


def test_a_post_changed_already_from_one_holder_to_another_and_the_latters_other_post() -> None:
    # "C执行董事已由A变更为B，后者同时为D副总经理": 已 before 由; 后者同时 heads B's other post
    text = "工商信息显示，青禾支付执行董事已由周明远变更为吴启航，后者同时为北林科技副总经理。"
    fs = facts_of(text)
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="青禾支付", role="executive_director") is not None
    assert ("吴启航", "HOLDS_POSITION", "北林科技", "deputy_general_manager") in triples(fs)


def test_gaixuan_elects_a_new_holder_who_succeeds_the_former_one() -> None:
    # "改选A为董事长，原董事长B卸任": 改选 (re-elect) appoints like 选举
    text = "北林人寿同日召开临时董事会，改选吴启航为董事长，原董事长周明远卸任。"
    assert quals(facts_of(text), "吴启航", "SUCCEEDED", "周明远", company="北林人寿", role="chairman") is not None


def test_mianqu_p_de_post_ends_it_and_a_post_changed_after_zhiwu() -> None:
    # "免去P的行长职务，任命Q为行长": P's post ends, Q succeeds; "C总经理职务由A变更为B": 职务 before 由
    fs = facts_of("北林银行董事会决定免去周明远的行长职务，任命吴启航为行长。")
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="北林银行", role="president") is not None
    fs = facts_of("北林科技总经理职务由周明远变更为吴启航。")
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="北林科技", role="general_manager") is not None


def test_she_hands_the_burden_of_a_post_to_her_son() -> None:
    # "她把总经理的担子交给了儿子B": 她 is the person just named; 的担子 is the post; 儿子 is no part of the name
    text = "北林小贷董事长李佳表示，要做好服务。2024年起，她把总经理的担子交给了儿子吴启航，自己专注董事长工作。"
    fs = facts_of(text)
    assert quals(fs, "吴启航", "SUCCEEDED", "李佳", company="北林小贷", role="general_manager")["date"] == "2024"
    assert quals(fs, "吴启航", "HOLDS_POSITION", "北林小贷", role="general_manager")["start"] == "2024"


def test_a_post_taken_over_jiezhang_and_a_predecessor_named_without_a_verb_of_replacing() -> None:
    # "T一职由B接掌"; "新任T B，其前任A…"; "B的前任是A"; "B从A手中接过C T一职"
    fs = facts_of("周明远退休后，北林银行行长一职由吴启航接掌。")
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="北林银行", role="president") is not None
    fs = facts_of("北林银行新任行长吴启航，其前任周明远已于3月退休。")
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="北林银行", role="president") is not None
    fs = facts_of("北林银行行长吴启航的前任是周明远。")
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="北林银行", role="president") is not None
    fs = facts_of("2023年，吴启航从周明远手中接过北林银行董事长一职。")
    assert quals(fs, "吴启航", "SUCCEEDED", "周明远", company="北林银行", role="chairman")["date"] == "2023"
    assert quals(fs, "吴启航", "HOLDS_POSITION", "北林银行", role="chairman")["start"] == "2023"


def test_a_roster_table_row_gives_each_post_and_its_tenure() -> None:
    # "姓名 | 职务 | 任期" rows: the name, the posts, "2018.06—至今" (a start) or "2016.05—2022.05" (a start and an end)
    text = ("北林银行董事会成员如下：\n姓名 | 职务 | 任期\n周明远 | 董事长、执行董事 | 2018.06—至今\n"
            "吴启航 | 行长 | 2020.03—至今\n李佳 | 独立董事 | 2016.05—2022.05")
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="executive_director")["start"] == "2018-06"
    assert quals(fs, "吴启航", "HOLDS_POSITION", "北林银行", role="president")["start"] == "2020-03"
    assert quals(fs, "李佳", "HOLDS_POSITION", "北林银行", role="independent_director")["end"] == "2022-05"


def test_names_under_a_headings_title_hold_it_and_their_bracketed_posts() -> None:
    # "执行董事\nA（主席）、B（行长）\n非执行董事\nC、D": the heading's post for each name below, and the one in brackets
    text = "北林银行董事会\n执行董事\n周明远（主席）、吴启航（行长）\n非执行董事\n李佳、王立新\n独立非执行董事\n陈思远"
    fs = facts_of(text)
    got = triples(fs)
    assert ("周明远", "HOLDS_POSITION", "北林银行", "executive_director") in got
    assert ("周明远", "HOLDS_POSITION", "北林银行", "chairman") in got
    assert ("吴启航", "HOLDS_POSITION", "北林银行", "president") in got
    assert ("王立新", "HOLDS_POSITION", "北林银行", "non_executive_director") in got


def test_posts_in_brackets_after_a_name_each_held() -> None:
    # "P（本公司主席兼执行董事）": both titles of the bracket, at the company 本公司 is
    fs = facts_of("北林控股有限公司董事会宣布，周明远（本公司主席兼执行董事）将出席会议。")
    got = triples(fs)
    assert ("周明远", "HOLDS_POSITION", "北林控股有限公司", "chairman") in got
    assert ("周明远", "HOLDS_POSITION", "北林控股有限公司", "executive_director") in got


def test_a_term_that_ran_out_before_the_articles_day_ends_the_post() -> None:
    # "…担任C董事长，任期至D": D before the article's day is the post's end; a term still running gives none
    text = "吴启航自2021年6月起担任北林科技董事长，任期至2024年6月。"
    assert quals(facts_of(text, date="2025-05-01"), "吴启航", "HOLDS_POSITION", "北林科技", role="chairman")["end"] == "2024-06"
    assert "end" not in quals(facts_of(text, date="2024-03-01"), "吴启航", "HOLDS_POSITION", "北林科技", role="chairman")


def test_a_post_held_now_after_a_rename_is_at_the_new_name() -> None:
    # "公司名称由A变更为B。…P现任董事会主席": with no company named, the post is at the name the company has now
    text = ("Beilin Holdings Limited于2018年在纳斯达克上市。2021年5月，公司名称由Beilin Holdings Limited变更为"
            "Nanshan Technology Inc.，中文名称为南山科技。周明远现任董事会主席兼首席执行官。首席财务官为吴启航。")
    got = triples(facts_of(text))
    assert ("周明远", "HOLDS_POSITION", "Nanshan Technology Inc.", "chairman") in got
    assert ("吴启航", "HOLDS_POSITION", "Nanshan Technology Inc.", "cfo") in got
    # a change of post the rename's own notice gives stays at the old name
    text = "3月18日，钱塘支付有限公司发生工商变更，企业名称变更为北林支付有限公司。主要人员方面，周明远卸任董事长。"
    assert ("周明远", "HOLDS_POSITION", "钱塘支付有限公司", "chairman") in triples(facts_of(text))
