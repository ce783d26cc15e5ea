"""Posts, promotions, resignations and founders in wordings the older rules
missed, on sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from extract.lexicon import get_lexicon
from extract.persons import plausible_person
from extract.sentences import split_sentences

from .helpers import facts_of, quals, triples


def _posts(text: str) -> set[tuple]:
    return triples(facts_of(text), "HOLDS_POSITION")


def test_a_post_kept_with_jixu_or_rengran_belongs_to_the_name_before() -> None:
    assert ("韩立群", "HOLDS_POSITION", "南岭科技", "chairman") in _posts("韩立群继续担任南岭科技董事长。")
    assert ("韩立群", "HOLDS_POSITION", "南岭科技", "cfo") in _posts("韩立群仍然担任南岭科技首席财务官。")
    posts = _posts("郑嘉航担任南岭科技总裁。此外，韩立群继续担任公司董事长。")
    assert ("韩立群", "HOLDS_POSITION", "南岭科技", "chairman") in posts
    assert ("郑嘉航", "HOLDS_POSITION", "南岭科技", "chairman") not in posts


def test_promotion_verbs_start_a_post() -> None:
    fs = facts_of("2023年6月，郑嘉航晋升为东川证券总经理。")
    assert quals(fs, "郑嘉航", "HOLDS_POSITION", "东川证券", role="general_manager")["start"] == "2023-06"
    assert ("郑嘉航", "HOLDS_POSITION", "东川证券", "cto") in _posts("郑嘉航被提拔为东川证券首席技术官。")


def test_a_post_kept_while_promoted_and_the_promotion_after_a_comma() -> None:
    posts = _posts("东川证券公布了新总裁的人选。郑嘉航在保留首席运营官职位的同时，晋升为总裁。")
    assert ("郑嘉航", "HOLDS_POSITION", "东川证券", "president") in posts
    assert ("郑嘉航", "HOLDS_POSITION", "东川证券", "coo") in posts


def test_a_paragraph_after_a_quoted_report_does_not_take_the_reporter_as_its_topic() -> None:
    text = ("南岭科技宣布了新董事长的任命。韩立群在保留首席执行官职位的同时，晋升为董事长。  "
            "北辰证券在其研报中称：“南岭科技的增长还会继续。”  南岭科技的产品帮助银行控制风险。  "
            "韩立群在电话会议中首次作为董事长讲话时说，客户还在增加。")
    assert [text[s:e] for s, e in split_sentences(text)][2] == "北辰证券在其研报中称：“南岭科技的增长还会继续。”"
    companies = {o for _s, _p, o, _r in _posts(text)}
    assert companies == {"南岭科技"}


def _founded(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}


def test_a_person_as_a_founder_of_a_company() -> None:
    assert _founded("东川证券对韩立群先生作为公司创始人在过去十年里的付出表示感谢。") == {("韩立群", "东川证券")}
    assert _founded("韩立群作为东川证券创始人，在过去十年里付出很多。") == {("韩立群", "东川证券")}


def test_a_founding_team_member_in_a_clause_after_the_post() -> None:
    assert _founded("韩立群在2012年5月出任东川证券总经理，是公司创始团队核心成员之一。") == {("韩立群", "东川证券")}
    assert _founded("韩立群于2012年加入东川证券，成为创始团队成员之一。") == {("韩立群", "东川证券")}
    # a fronted capacity names the person after it, not one of an earlier sentence
    assert _founded("郑嘉航担任南岭科技董事。作为东川证券创始团队成员之一，韩立群于2012年出任东川证券总经理。") == {
        ("韩立群", "东川证券")}
    assert not _founded("韩立群于2012年加入东川证券，但不是创始团队成员。")


def test_a_person_who_sets_up_a_company() -> None:
    fs = facts_of("2019年，韩立群成立了南岭数科。")
    assert quals(fs, "韩立群", "FOUNDED", "南岭数科").get("date") == "2019"
    fs = facts_of("南岭数科由韩立群于2019年成立。")
    assert quals(fs, "韩立群", "FOUNDED", "南岭数科").get("date") == "2019"
    assert not _founded("2019年，东川证券成立了南岭数科。")  # a company setting one up: a subsidiary


def test_a_fronted_date_dates_the_founding() -> None:
    fs = facts_of("2019年，韩立群创立了南岭数科。")
    assert quals(fs, "韩立群", "FOUNDED", "南岭数科").get("date") == "2019"


def test_a_surname_with_an_honorific_is_no_name() -> None:
    text = "南岭数科董事长韩立群表示，业务在增长。韩博士于2019年加入南岭数科，是公司创始团队核心成员之一。"
    assert "韩博士" not in {f.subject.name for f in facts_of(text)}
    assert not plausible_person("韩博士", get_lexicon(), strong=False)
    assert plausible_person("韩博文", get_lexicon(), strong=False)


@pytest.mark.parametrize(("text", "role", "key", "value"), [
    # a resignation tendered ends the post
    ("2023年4月，韩立群提出辞去南岭科技首席风险官职务。", "cro", "end", "2023-04"),
    ("2023年4月，南岭科技董事会同意韩立群提出的辞去总经理职务的请求。", "general_manager", "end", "2023-04"),
    # posts at a former place of work are over
    ("韩立群曾就职于南岭科技有限公司，先后担任高级副总裁、总裁。", "vice_president", "left", True),
    ("韩立群曾就职于南岭科技有限公司，先后担任高级副总裁、总裁。", "president", "left", True),
    ("韩立群曾任职于南岭科技有限公司，担任首席技术官。", "cto", "left", True),
])
def test_a_resignation_tendered_or_a_former_workplace_ends_the_post(text: str, role: str, key: str, value: object) -> None:
    fs = facts_of(text)
    company = next(f.object.name for f in fs if str(f.predicate) == "HOLDS_POSITION")
    assert company.startswith("南岭科技")
    assert quals(fs, "韩立群", "HOLDS_POSITION", company, role=role).get(key) == value


def test_the_same_day_reaches_back_to_the_last_full_date() -> None:
    text = ("2023年3月28日，南岭科技发布2022年年度业绩。全年收入为18亿元；毛利率为31%。这是南岭科技上市后的第二份年报。"
            "同日，南岭科技宣布韩立群不再担任董事长职务，郑嘉航获委任董事长职务。")
    fs = facts_of(text)
    assert quals(fs, "韩立群", "HOLDS_POSITION", "南岭科技", role="chairman").get("end") == "2023-03-28"
    assert quals(fs, "郑嘉航", "HOLDS_POSITION", "南岭科技", role="chairman").get("start") == "2023-03-28"


def test_a_post_kept_gets_no_start_and_a_post_given_with_zeyou_does() -> None:
    fs = facts_of("自2023年3月28日起，韩立群不再担任南岭科技董事长，但仍保留非执行董事职务。")
    assert "start" not in quals(fs, "韩立群", "HOLDS_POSITION", "南岭科技", role="non_executive_director")
    fs = facts_of("自2023年3月28日起，韩立群不再担任南岭科技总裁，总裁一职则由郑嘉航担任。")
    assert quals(fs, "郑嘉航", "HOLDS_POSITION", "南岭科技", role="president").get("start") == "2023-03-28"


def test_a_succession_pairs_by_role_across_another_appointment() -> None:
    text = ("2023年5月，南岭科技聘任郑嘉航担任公司首席财务官，任期三年；聘任韩博文担任公司首席技术官，任期三年。"
            "原首席财务官韩立群因个人原因辞任公司首席财务官的职务。")
    assert quals(facts_of(text), "郑嘉航", "SUCCEEDED", "韩立群")["role"] == "cfo"
    assert ("韩博文", "韩立群") not in {(f.subject.name, f.object.name) for f in facts_of(text)}


def test_a_founder_described_before_the_name() -> None:
    # sentences written for this test: who the founder is stands between 由 and the name
    assert ("李小雨", "FOUNDED", "海风科技", None) in triples(facts_of("海风科技由资深媒体人李小雨创办。"))
    assert quals(facts_of("海风科技由连续创业者李小雨于2015年创立。"), "李小雨", "FOUNDED", "海风科技")["date"] == "2015"


def test_each_founder_described_before_the_name() -> None:
    # sentences written for this test: a description before each founder of a list, one naming a company of the past
    fs = facts_of("海风科技由前某银行风控专家周明远与某大学副教授林小雨共同创立。")
    assert {("周明远", "FOUNDED", "海风科技", None), ("林小雨", "FOUNDED", "海风科技", None)} <= triples(fs)
    fs = facts_of("海风科技成立于2016年，由前东湖银行高管周明远与连续创业者林小雨共同创立。")
    assert quals(fs, "林小雨", "FOUNDED", "海风科技")["date"] == "2016"
    fs = facts_of("海风科技由东湖集团创始人周明远与某大学副教授林小雨于2016年共同创立。")
    assert quals(fs, "林小雨", "FOUNDED", "海风科技")["date"] == "2016"
    fs = facts_of("海风科技由东湖银行前董事长周明远与林小雨共同创办。")  # a title of the past describes the first
    assert {("周明远", "FOUNDED", "海风科技", None), ("林小雨", "FOUNDED", "海风科技", None)} <= triples(fs)


def test_a_founder_described_after_the_founders_title() -> None:
    # sentence written for this test: "C创始人之一、前X高管P": X is where P worked, C what P founded
    fs = facts_of("海风科技创始人之一、前东湖银行高管周明远表示，公司将继续深耕供应链金融。")
    assert ("周明远", "FOUNDED", "海风科技", None) in triples(fs)
    assert ("周明远", "FOUNDED", "东湖银行", None) not in triples(fs)


def test_posts_at_a_place_one_once_worked_at_are_past() -> None:
    # sentences written for this test: 曾在C工作/任职 and 曾在C担任 tell posts that are over
    for text in ("周明远曾在北林软件有限公司工作，先后担任高级副总裁、总裁。", "周明远曾在北林软件有限公司担任总裁。"):
        assert quals(facts_of(text), "周明远", "HOLDS_POSITION", "北林软件有限公司", role="president").get("left") is True, text
    assert "left" not in quals(facts_of("周明远在北林软件有限公司担任总裁。"), "周明远", "HOLDS_POSITION", "北林软件有限公司")


def test_a_name_before_an_honorific_does_not_take_the_end_of_the_verb_or_title_before() -> None:
    assert _posts("鼎信人寿董事会决定聘任杨帆女士为副总裁。") == {("杨帆", "HOLDS_POSITION", "鼎信人寿", "vice_president")}
    assert _posts("北林银行首席风险官郑彦先生表示，风险可控。") == {("郑彦", "HOLDS_POSITION", "北林银行", "cro")}


def test_a_three_letter_name_whose_last_letter_and_wei_make_a_noun() -> None:
    assert _posts("南湖科技董事长宋文华为此表示，前景乐观。") == {("宋文华", "HOLDS_POSITION", "南湖科技", "chairman")}
    assert _posts("董事会同意聘任宋文华为南湖科技总裁。") == {("宋文华", "HOLDS_POSITION", "南湖科技", "president")}


def test_a_thing_a_speaker_calls_ours_is_not_the_company_later_sentences_speak_of() -> None:
    text = "南湖数科今日公布了第三季度业绩。我们的普惠金融模式继续吸引着伙伴。首席风险官郑文海补充说，风险可控。"
    assert _posts(text) == {("郑文海", "HOLDS_POSITION", "南湖数科", "cro")}


def test_appointed_to_replace_him_with_the_one_replaced_as_qi() -> None:
    fs = facts_of("南湖科技财务总监赵丽离任，公司聘任钱峰接替其担任财务总监。")
    assert ("钱峰", "HOLDS_POSITION", "南湖科技", "cfo") in triples(fs)
    assert ("钱峰", "SUCCEEDED", "赵丽", "cfo") in triples(fs)


def test_a_post_taken_by_a_name_with_an_ambiguous_surname_after_you() -> None:
    assert ("高雅", "HOLDS_POSITION", "北林银行", "other") in _posts("北林银行合规负责人一职由高雅出任，其任职资格已获批复。")
    fs = facts_of("北林银行首席财务官張偉已辭任，由羅家樂接替。")
    assert ("羅家樂", "SUCCEEDED", "張偉", "cfo") in triples(fs)


def test_a_cleft_that_names_the_one_replaced() -> None:
    fs = facts_of("北林银行新任行长孙超接任的是前任行长刘涛。")
    assert ("孙超", "SUCCEEDED", "刘涛", "president") in triples(fs)


def test_moved_from_one_post_to_another_leaves_the_first() -> None:
    fs = facts_of("2023年5月，刘涛由北林银行副行长调任南湖证券总经理。")
    assert quals(fs, "刘涛", "HOLDS_POSITION", "南湖证券", role="general_manager")["start"] == "2023-05"
    assert quals(fs, "刘涛", "HOLDS_POSITION", "北林银行", role="vice_president")["end"] == "2023-05"


def test_a_count_of_new_posts_then_who_they_are() -> None:
    posts = _posts("南湖证券新聘两名副总裁，分别是原皖信信托副总经理刘涛和孙超。")
    assert {("刘涛", "HOLDS_POSITION", "南湖证券", "vice_president"), ("孙超", "HOLDS_POSITION", "南湖证券", "vice_president")} <= posts
    fs = facts_of("2023年5月，南湖证券聘任三名副总经理，分别为李国华、王建军和赵丽。")
    for who in ("李国华", "王建军", "赵丽"):
        assert quals(fs, who, "HOLDS_POSITION", "南湖证券", role="deputy_general_manager")["start"] == "2023-05"


def test_a_bare_jieren_takes_the_post_its_clause_names_and_none_already_taken() -> None:
    fs = facts_of("南湖科技财务总监赵丽离任，公司聘任钱峰接替其担任财务总监。今年3月，董事长一职由周敏接任。")
    assert ("周敏", "HOLDS_POSITION", "南湖科技", "cfo") not in triples(fs)
    assert ("周敏", "SUCCEEDED", "赵丽", "cfo") not in triples(fs)
    fs = facts_of("南湖科技财务总监赵丽离任，公司聘任钱峰接替其担任财务总监。今年3月，周敏接任。")
    assert ("周敏", "HOLDS_POSITION", "南湖科技", "cfo") not in triples(fs)


def test_a_new_holder_does_not_take_the_start_of_the_one_before() -> None:
    fs = facts_of("2016年8月至今，李国华任南湖科技董事长。新任董事长周明远曾任北林软件高级副总裁。")
    assert "start" not in quals(fs, "周明远", "HOLDS_POSITION", "南湖科技", role="chairman")


def test_a_clause_of_the_time_in_a_post_belongs_to_the_name_after_it() -> None:
    fs = facts_of("李国华自2015年12月开始出任南湖科技董事长。过去一年出任首席执行官期间，周明远带领团队完成转型。")
    assert ("李国华", "HOLDS_POSITION", "南湖科技", "ceo") not in triples(fs)
    assert "start" not in quals(fs, "周明远", "HOLDS_POSITION", "南湖科技", role="ceo")


def test_jiri_is_the_day_last_named() -> None:
    text = ("南湖科技于2023年8月20日发布财报。财报显示营收增长。毛利率有所提升。费用继续下降。现金流改善。"
            "就在财报发布即日，南湖科技宣布周明远出任首席执行官。")
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", "南湖科技", role="ceo")["start"] == "2023-08-20"


def test_joining_the_group_is_joining_the_group_just_spoken_of() -> None:
    fs = facts_of("南湖集团2020年成立。周明远则于2021年10月加入集团，任首席执行官。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南湖集团", role="ceo")["start"] == "2021-10"


def test_a_chain_keeps_its_posts_when_one_item_is_at_an_organisation_we_do_not_know() -> None:
    posts = _posts("北林集团监事会主席、南山联盟理事长周明远认为，市场回暖。")
    assert ("周明远", "HOLDS_POSITION", "北林集团", "supervisor") in posts


def test_huizhang_and_a_full_time_rank_in_a_chain_before_a_name() -> None:
    posts = _posts("北林银行党委书记、副会长周明远表示，市场回暖。")
    assert {("周明远", "HOLDS_POSITION", "北林银行", "other")} == posts
    fs = facts_of("北林银行党委书记、专职副行长周明远表示，市场回暖。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="other")["title"] == "党委书记"
    assert ("周明远", "HOLDS_POSITION", "北林银行", "vice_president") in triples(fs)


def test_a_bare_kind_of_firm_after_a_verb_of_taking_a_post_is_the_one_named_before() -> None:
    fs = facts_of("鸿运金控旗下鸿运银行近日公告人事变动。由集团总经理孙超转任银行董事长。")
    assert ("孙超", "HOLDS_POSITION", "鸿运银行", "chairman") in triples(fs)


def test_a_vacant_post_taken_by_promotion_after_a_comma() -> None:
    # a sentence written for this test (Traditional, as Taiwan's press writes it): "遺缺的X一職，由Y升任"
    fs = facts_of("北林金控董事長陳國棟退休，董事會推選總經理蔡明翰接任董事長，遺缺的總經理一職，由副總經理許雅婷升任。")
    assert ("許雅婷", "HOLDS_POSITION", "北林金控", "general_manager") in triples(fs)


def test_several_people_appointed_to_one_post_together() -> None:
    # sentences written for this test: "聘任A、B为T", "聘任A和B为T"
    for text in ("北林银行董事会聘任周明远、李晓东为副行长。", "北林银行董事会同意聘任周明远和李晓东为副行长。"):
        got = triples(facts_of(text), "HOLDS_POSITION")
        assert {("周明远", "HOLDS_POSITION", "北林银行", "vice_president"), ("李晓东", "HOLDS_POSITION", "北林银行", "vice_president")} <= got, text


def test_a_resume_with_items_between_the_name_and_the_posts() -> None:
    # a sentence written for this test: "P，1970年出生，硕士研究生学历，现任…，同时兼任…"
    fs = facts_of("周明远，1970年出生，硕士研究生学历，现任北林银行董事长，同时兼任东海金融租赁有限公司董事长。")
    assert {("周明远", "HOLDS_POSITION", "北林银行", "chairman"), ("周明远", "HOLDS_POSITION", "东海金融租赁有限公司", "chairman")} <= triples(fs)


def test_one_effective_day_given_for_several_changes() -> None:
    # a sentence written for this test: "生效日均为D" dates every post the sentence gives
    fs = facts_of("北林金控董事会决议，由陈国栋出任董事长、蔡明翰出任总经理，生效日均为2024年9月1日。")
    assert quals(fs, "陈国栋", "HOLDS_POSITION", "北林金控")["start"] == "2024-09-01"
    assert quals(fs, "蔡明翰", "HOLDS_POSITION", "北林金控")["start"] == "2024-09-01"


_FUND_NOTICE = """公告送出日期：2024年3月5日
1 公告基本信息
基金管理人名称 北林基金管理有限公司
公告依据 相关法律法规及公司章程
高管变更类型 新任基金管理公司总经理，离任基金管理公司总经理
2 新任高级管理人员的相关信息
新任高级管理人员职务 总经理
新任高级管理人员姓名 周明远
任职日期 2024年3月4日
过往从业经历 曾任南岭证券股份有限公司投资银行部副总经理、北林资本管理有限公司总经理。
国籍 中国
3 离任高级管理人员的相关信息
离任高级管理人员职务 总经理
离任高级管理人员姓名 陈思远
离任原因 个人原因
离任日期 2024年3月4日
转任本公司其他工作岗位的说明 不适用"""


def test_a_fund_managers_change_notice_is_read_as_a_form() -> None:
    fs = facts_of(_FUND_NOTICE, title="北林基金管理有限公司关于高级管理人员变更的公告")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林基金管理有限公司", role="general_manager")["start"] == "2024-03-04"
    assert quals(fs, "陈思远", "HOLDS_POSITION", "北林基金管理有限公司", role="general_manager")["end"] == "2024-03-04"
    assert quals(fs, "周明远", "SUCCEEDED", "陈思远", role="general_manager")["company"] == "北林基金管理有限公司"
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林资本管理有限公司", role="general_manager")  # 过往从业经历: a past post


def _form(*pairs: tuple[str, str], sep: str = " ") -> str:
    """A notice form: one label and its value a line (or, with sep="\n", each on a line of its own)."""
    return "\n".join(label + sep + value for label, value in pairs)


def test_a_notice_form_with_labels_and_values_on_lines_of_their_own() -> None:
    fs = facts_of(_form(("基金管理人名称", "南岭基金管理有限公司"), ("高管变更类型", "新任基金管理公司督察长，代任基金管理公司总经理"),
                        ("新任高级管理人员职务", "督察长"), ("新任高级管理人员姓名", "王启明"), ("任职日期", "2024-03-04"),
                        ("代任高级管理人员职务", "总经理"), ("代任高级管理人员姓名", "刘佳宁"), ("代任日期", "2024-03-04"), sep="\n"))
    assert quals(fs, "王启明", "HOLDS_POSITION", "南岭基金管理有限公司", title="督察长")["start"] == "2024-03-04"
    assert not [f for f in fs if f.subject.name == "刘佳宁"]  # acting for a post is no post
    assert not [f for f in fs if str(f.predicate) == "SUCCEEDED"]


def test_a_span_of_years_before_ren_is_no_part_of_the_company_name() -> None:
    fs = facts_of("周明远2010年至2015年任北林银行资产管理部副总经理。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", title="资产管理部副总经理") == {
        "role": "other", "title": "资产管理部副总经理", "start": "2010", "end": "2015"}


@pytest.mark.parametrize(("text", "company", "role"), [
    ("周明远、李建华当选为南岭银行独立董事。", "南岭银行", "independent_director"),
    ("周明远和李建华获聘为北林证券副总裁。", "北林证券", "vice_president"),
])
def test_two_people_who_take_one_post_together(text: str, company: str, role: str) -> None:
    posts = _posts(text)
    assert {("周明远", "HOLDS_POSITION", company, role), ("李建华", "HOLDS_POSITION", company, role)} <= posts


def test_career_chains_in_a_profile() -> None:
    fs = facts_of("陈思远，1975年出生，此前曾在南岭证券任副总经理。")
    assert quals(fs, "陈思远", "HOLDS_POSITION", "南岭证券", role="deputy_general_manager")["left"] is True
    fs = facts_of("王启明早年任职于北林银行，先后担任支行行长、分行副行长。")
    assert quals(fs, "王启明", "HOLDS_POSITION", "北林银行", title="分行副行长")
    fs = facts_of("李建华此前在东岳信托担任副总裁，2020年加盟北林基金任督察长。")
    assert quals(fs, "李建华", "HOLDS_POSITION", "北林基金", title="督察长")["start"] == "2020"


def test_a_later_clause_does_not_take_the_date_of_the_clause_before() -> None:
    fs = facts_of("周明远2015年进入南岭保险，后加入北林证券出任首席财务官。")
    assert "start" not in quals(fs, "周明远", "HOLDS_POSITION", "北林证券", role="cfo")
    fs = facts_of("刘佳宁拥有二十年从业经验，2008年至2016年就职于东岳银行，任信用卡中心总经理。")
    q = quals(fs, "刘佳宁", "HOLDS_POSITION", "东岳银行", title="信用卡中心总经理")
    assert (q.get("start"), q.get("end")) == ("2008", "2016")


def test_a_notice_with_two_newcomers_and_a_leaver_who_moves_to_another_post() -> None:
    fs = facts_of(_form(("基金管理人名称", "东岳基金管理有限公司"), ("新任高级管理人员职务", "副总经理"), ("新任高级管理人员姓名", "孙立军"),
                        ("任职日期", "2023-11-20"), ("新任高级管理人员职务", "首席信息官"), ("新任高级管理人员姓名", "韩立群"),
                        ("任职日期", "2023-11-21"), ("离任高级管理人员职务", "总经理"), ("离任高级管理人员姓名", "郑嘉航"),
                        ("离任日期", "2023-11-20"), ("转任本公司其他工作岗位的说明", "转任公司董事长")))
    posts = {(f.subject.name, f.qualifiers.get("title") or f.qualifiers["role"], f.qualifiers.get("start"))
             for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert {("孙立军", "deputy_general_manager", "2023-11-20"), ("韩立群", "首席信息官", "2023-11-21"),
            ("郑嘉航", "chairman", "2023-11-20")} <= posts
    assert not [f for f in fs if str(f.predicate) == "SUCCEEDED"]


def test_a_research_institutes_head_is_a_post_and_qi_is_no_part_of_its_title() -> None:
    fs = facts_of("张凯文曾在南岭证券工作十年，历任研究所所长、副总裁。")
    assert quals(fs, "张凯文", "HOLDS_POSITION", "南岭证券", title="研究所所长")["left"] is True
    assert quals(fs, "张凯文", "HOLDS_POSITION", "南岭证券", role="vice_president")
    fs = facts_of("7月2日，南岭证券研究所所长李建华已于近日离职，其研究所所长一职由研究所副所长王启明接任。")
    assert quals(fs, "王启明", "SUCCEEDED", "李建华", title="研究所所长")
    assert not [f for f in fs if f.qualifiers.get("title", "").startswith("其")]


def test_a_career_post_ends_when_the_next_clause_joins_another_company() -> None:
    fs = facts_of("据其履历，周明远早年任职于北林大学经济系，2013年加入东岳证券任首席宏观分析师，2018年4月加盟南岭证券，出任首席经济学家。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "东岳证券", title="首席宏观分析师") == {
        "role": "other", "title": "首席宏观分析师", "start": "2013", "end": "2018-04"}
    assert quals(fs, "周明远", "HOLDS_POSITION", "南岭证券", title="首席经济学家")["start"] == "2018-04"


def test_chairman_after_wei_is_a_title_though_weizhu_is_a_word() -> None:
    assert ("吕嘉禾", "HOLDS_POSITION", "南岭银行", "chairman") in _posts("南岭银行发布公告。委任吕嘉禾为主席。")
    assert ("呂嘉禾", "HOLDS_POSITION", "南嶺銀行", "chairman") in _posts("南嶺銀行宣布委任呂嘉禾為主席。")


def test_heads_of_functions_and_advisers_are_other_posts_with_their_titles() -> None:
    fs = facts_of("南岭科技公告，韩立群转任研发总监。")
    assert quals(fs, "韩立群", "HOLDS_POSITION", "南岭科技", role="other")["title"] == "研发总监"
    fs = facts_of("南岭科技公告，韩立群轉任顧問。")
    assert quals(fs, "韩立群", "HOLDS_POSITION", "南岭科技", role="other")["title"] == "顾问"


@pytest.mark.parametrize("honorific", ["先生", "女士"])
def test_a_resume_paragraph_goes_to_the_person_it_opens_with(honorific: str) -> None:
    fs = facts_of(f"北林证券股份有限公司董事会同意聘任周明远{honorific}为公司财务总监，同意聘任陈立华为公司董事会秘书。"
                  f"周明远{honorific}，1980年出生，本科学历。历任东岳银行股份有限公司计划财务部总经理、南川基金管理有限公司副总经理。")
    posts = _posts_at(fs)
    assert ("周明远", "东岳银行股份有限公司") in posts and ("周明远", "南川基金管理有限公司") in posts
    assert not {("陈立华", "东岳银行股份有限公司"), ("陈立华", "南川基金管理有限公司")} & posts


def _posts_at(fs: list) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_POSITION"}


def test_the_one_who_held_that_post_before_leaves_it_at_the_company_just_named() -> None:
    fs = facts_of("北林集团副总裁周明远已出任北林消费金融股份有限公司董事长，"
                  "此前担任该职务的南川实业有限公司董事长李国栋不再担任公司董事长。")
    posts = triples(fs, "HOLDS_POSITION")
    assert ("李国栋", "HOLDS_POSITION", "北林消费金融股份有限公司", "chairman") in posts
    assert ("李国栋", "HOLDS_POSITION", "北林集团", "chairman") not in posts
    assert quals(fs, "周明远", "SUCCEEDED", "李国栋")["company"] == "北林消费金融股份有限公司"


def test_a_director_who_retires_at_the_end_of_the_term_is_succeeded_by_the_one_replacing_him() -> None:
    fs = facts_of("北林控股有限公司公告，独立非执行董事李国栋先生任期届满后退任，董事会委任陈立华女士接替其出任独立非执行董事。")
    assert quals(fs, "陈立华", "SUCCEEDED", "李国栋")["role"] == "independent_director"


def test_the_date_of_a_leaving_is_the_one_written_with_it_not_the_clause_before() -> None:
    fs = facts_of("周明远自11月20日起担任北林银行股份有限公司总经理，原总经理李国栋已于9月退休。", date="2024-12-01")
    assert quals(fs, "李国栋", "HOLDS_POSITION", "北林银行股份有限公司", role="general_manager")["end"] == "2024-09"
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行股份有限公司", role="general_manager")["start"] == "2024-11-20"


def test_a_cleft_with_a_pronoun_and_a_clause_before_the_one_replaced() -> None:
    # "他接替的是已于D退休的原总经理A": 他 is the one just named, the clause describes A
    fs = facts_of("北林消费金融有限公司（简称“北林消金”）总经理周明远的任职资格近日获批。周明远此前任东湖银行行长助理。"
                  "他接替的是年初已经退休的原总经理魏立群，后者任职九年。")
    assert quals(fs, "周明远", "SUCCEEDED", "魏立群")["role"] == "general_manager"


def test_a_deputy_chief_executive_and_the_post_given_to_him() -> None:
    # 副行政总裁 is a title of its own (not 行政总裁); the post then given to a 副行政总裁 B: B succeeds the holder named before
    fs = facts_of("北林银行6月3日公布，董事长魏立群到龄退任，由执行董事兼行政总裁周明远接任董事长；"
                  "行政总裁一职改由副行政总裁郑建华出任，即日生效。")
    assert quals(fs, "郑建华", "HOLDS_POSITION", "北林银行", role="other")["title"] == "副行政总裁"
    assert quals(fs, "郑建华", "SUCCEEDED", "周明远")["role"] == "ceo"


def test_a_post_at_a_subsidiary_named_after_the_verb_is_the_subsidiarys() -> None:
    # "担任公司全资附属公司X董事兼财务总监": the posts are at X, the subsidiary, not at the parent
    fs = facts_of("北林保险集团股份有限公司公告，周明远自2020年起担任公司全资附属公司北林人寿保险有限公司董事兼财务总监。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林人寿保险有限公司", role="cfo")["start"] == "2020"
    assert ("周明远", "HOLDS_POSITION", "北林人寿保险有限公司", "director") in _posts(
        "北林保险集团股份有限公司公告，周明远自2020年起担任公司全资附属公司北林人寿保险有限公司董事兼财务总监。")
    assert ("孙立波", "HOLDS_POSITION", "北林期货", "chairman") in _posts("北林证券公告，孙立波2023年起兼任北林证券子公司北林期货董事长。")
    assert ("周明远", "HOLDS_POSITION", "北林小额贷款（重庆）有限公司", "chairman") in _posts(
        "周明远还兼任北林数科旗下北林小额贷款（重庆）有限公司董事长。")


def test_an_appointee_described_by_a_post_at_the_parent_gets_the_new_post_at_the_company() -> None:
    # "委任母公司X副总经理P为非执行董事": P's post at the parent X, and the new post at the company appointing
    posts = _posts("此外，北林银行董事会委任陈慧为独立非执行董事，委任母公司南岭金融集团副总经理周明远为非执行董事。")
    assert ("周明远", "HOLDS_POSITION", "北林银行", "non_executive_director") in posts
    assert ("周明远", "HOLDS_POSITION", "南岭金融集团", "deputy_general_manager") in posts


def test_gongsi_after_the_appointee_is_the_company_appointing_not_one_named_in_passing() -> None:
    # "聘任P为公司总裁": 公司 is the company of the notice, not the parent the one who left goes back to
    fs = facts_of("2024年5月9日，北林证券公告称，公司董事会收到总裁李明的辞职报告，李明辞职后将回到公司控股股东南岭投资集团任职。"
                  "同日召开的董事会会议同意聘任周明远为公司总裁。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林证券", role="president")["start"] == "2024-05-09"
    assert quals(fs, "周明远", "SUCCEEDED", "李明")["role"] == "president"
    assert ("周明远", "HOLDS_POSITION", "南岭投资集团", "president") not in _posts(
        "2024年5月9日，北林证券公告称，公司董事会收到总裁李明的辞职报告，李明辞职后将回到公司控股股东南岭投资集团任职。"
        "同日召开的董事会会议同意聘任周明远为公司总裁。")
    # a description, not an appointment: 公司 stays the article's company
    fs = facts_of("北林智能科技有限公司完成新一轮融资。据工商登记，周明远直接持股31.2%，持股平台北林同心咨询合伙企业（有限合伙）"
                  "持股6.4%，两者签有一致行动协议，周明远为公司实际控制人。")
    assert quals(fs, "周明远", "HOLDS_STAKE", "北林智能科技有限公司")["percent"] == 31.2


_SHAREHOLDER_BEFORE = ("5月21日，北林银行股份有限公司（以下简称“北林银行”）召开股东大会。董事候选人刘国华来自大股东南岭城市投资集团有限公司，"
                       "在该集团任副总经理；南岭城市投资集团有限公司持有北林银行11.6%的股份。")


def test_a_banks_posts_after_a_sentence_about_its_shareholder_are_the_banks() -> None:
    # 行长 and 该行 speak of a bank: not the shareholder group the sentence before was about
    posts = _posts(_SHAREHOLDER_BEFORE + "同日召开的第七届董事会第一次会议选举姜怀远为董事长，并聘任贺一舟为行长。")
    assert ("贺一舟", "HOLDS_POSITION", "北林银行", "president") in posts
    assert ("姜怀远", "HOLDS_POSITION", "北林银行", "chairman") in posts
    assert ("贺一舟", "HOLDS_POSITION", "南岭城市投资集团有限公司", "president") not in posts
    posts = _posts(_SHAREHOLDER_BEFORE + "另外，独立董事周明远任期已满六年，不再担任该行独立董事，由新人接任。")
    assert ("周明远", "HOLDS_POSITION", "北林银行", "independent_director") in posts


def test_a_resignation_given_in_after_a_reason_and_the_same_days_appointment_two_sentences_on() -> None:
    # a title and P, a reason, then a resignation handed to the board, is P leaving the post; an appointment the same day in a later paragraph is Q succeeding P
    fs = facts_of("北林保险集团股份有限公司披露，首席财务官李明因个人职业规划原因，已向董事会递交辞呈，"
                  "辞任自2024年3月11日起生效。李明确认其与董事会并无不同意见。\n同日，董事会决议委任周明远为公司首席财务官。")
    assert quals(fs, "李明", "HOLDS_POSITION", "北林保险集团股份有限公司", role="cfo")["end"] == "2024-03-11"
    assert quals(fs, "周明远", "SUCCEEDED", "李明")["role"] == "cfo"


def test_a_vacancy_filled_by_a_person_gives_the_post() -> None:
    # "C董事长遗缺由副总经理P升任": P takes the vacant post
    fs = facts_of("北林证券董事长张丽已于5月退休。北林证券董事长遗缺由副总经理周明远升任。", date="2024-06-01")
    assert ("周明远", "HOLDS_POSITION", "北林证券", "chairman") in triples(fs, "HOLDS_POSITION")
    assert quals(fs, "周明远", "SUCCEEDED", "张丽")["role"] == "chairman"


def test_company_after_a_sentence_about_another_shareholders_holding_is_the_company_held() -> None:
    # "其他主要股东中，A持股N%": A holds shares of the company spoken of, which 公司 in the next sentence still is
    fs = facts_of("北林科技今日在港交所上市。公司由周明远于2015年创立。其他主要股东中，南山资本持股12.3%。"
                  "公司首席财务官陈怀礼在上市仪式上表示，募资将用于研发。")
    assert ("陈怀礼", "HOLDS_POSITION", "北林科技", "cfo") in triples(fs, "HOLDS_POSITION")


def test_a_titles_english_in_brackets_between_it_and_the_name() -> None:
    # "首席技术官（CTO）P": the gloss belongs to the title; P is a person who holds it
    fs = facts_of("北林数金宣布，首席技术官（CTO）周明远已于2025年7月31日卸任；原副总裁陈怀礼接任首席技术官。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林数金", role="cto")["end"] == "2025-07-31"
    assert quals(fs, "陈怀礼", "SUCCEEDED", "周明远")["role"] == "cto"
    fs = facts_of("北林数金董事会宣布，原财务副总裁（VP of Finance）周明远即日起获委任为首席财务官。")
    assert ("周明远", "HOLDS_POSITION", "北林数金", "cfo") in triples(fs, "HOLDS_POSITION")
def test_a_succession_names_its_company_as_the_posts_do() -> None:
    """The company of a succession is the name the article uses most, like
    the object of the posts, not the legal name the short one was defined for."""
    fs = facts_of("北林数码科技服务股份有限公司（以下简称“北林数科”）公告，王立新接替李国华出任北林数科董事长。")
    assert quals(fs, "王立新", "SUCCEEDED", "李国华")["company"] == "北林数科"


def test_a_title_after_a_name_whose_last_letter_makes_a_word_with_it() -> None:
    # "P远行长": 远行 is a word, but a name before it says 行长 is the title ("P行长的任职资格")
    fs = facts_of("北林监管局核准周明亮北林农商银行董事长、鲍志远行长的任职资格。")
    assert ("鲍志远", "HOLDS_POSITION", "北林农商银行", "president") in triples(fs, "HOLDS_POSITION")
    assert not triples(facts_of("北林银行与南岭证券双方进行长时间磋商。该银行长期服务小微企业。"), "HOLDS_POSITION")


def test_a_company_before_yuan_gudong_describes_the_holder_and_is_no_topic() -> None:
    # "B原股东A持股12%": B is A's former company; 公司 in the next clause is still the company spoken of
    fs = facts_of("北林期货完成合并后，注册资本增至20亿元，南山国投持股60%；东岭期货原股东西川实业集团有限公司持股12%。"
                  "人事方面，公司董事长由周明远担任。")
    assert ("周明远", "HOLDS_POSITION", "北林期货", "chairman") in triples(fs, "HOLDS_POSITION")


def test_qi_benren_is_the_sentences_subject_not_the_successor_just_named() -> None:
    # "A卸任…，由长子B接棒，其本人此后担任…": 本人 sets A against B
    fs = facts_of("2015年，周启明卸任北林集团董事长，由长子周浩然接棒，其本人此后担任北林集团副董事长。")
    posts = triples(fs, "HOLDS_POSITION")
    assert ("周启明", "HOLDS_POSITION", "北林集团", "vice_chairman") in posts
    assert ("周浩然", "HOLDS_POSITION", "北林集团", "vice_chairman") not in posts


def test_bare_jituan_between_a_verb_of_taking_a_post_and_the_title() -> None:
    # "担任集团副董事长": 集团 is the group just named, as 担任银行行长 is the bank
    fs = facts_of("2015年，周启明卸任北林集团董事长，此后担任集团副董事长。")
    assert ("周启明", "HOLDS_POSITION", "北林集团", "vice_chairman") in triples(fs, "HOLDS_POSITION")


def test_an_honorary_chair_is_a_title_of_its_own() -> None:
    # 名誉董事长 is not the chair: role other, the title kept whole
    fs = facts_of("北林集团创始人、名誉董事长周启明先生出席了活动。")
    assert quals(fs, "周启明", "HOLDS_POSITION", "北林集团", role="other")["title"] == "名誉董事长"
    assert ("周启明", "HOLDS_POSITION", "北林集团", "chairman") not in triples(fs, "HOLDS_POSITION")


def test_post_held_then_written_before_the_pronoun() -> None:
    # "时任C T的他辞职…": the person just spoken of held T at C, and left it then
    fs = facts_of("周启明是北林集团创始人。1988年，时任南岭银行行长的他辞职下海，创办了北林票据服务部。")
    assert quals(fs, "周启明", "HOLDS_POSITION", "南岭银行", role="president")["end"] == "1988"


def test_a_post_taken_at_the_renamed_company_succeeds_the_one_left_at_its_old_name() -> None:
    # 出任 paired with 转任 when the article says the old company was renamed into the new one
    fs = facts_of("禾川期货有限公司日前公告，公司名称自2023年10月16日起变更为“青禾期货有限公司”。"
                  "人事方面，原南溪期货总经理周明远出任青禾期货总经理，原禾川期货总经理陈思齐转任公司首席风险官。")
    assert ("周明远", "SUCCEEDED", "陈思齐", "general_manager") in triples(fs, "SUCCEEDED")
    assert ("陈思齐", "HOLDS_POSITION", "青禾期货有限公司", "cro") in _posts_of(fs)
    # without a rename, two general managers of two companies are no succession
    fs = facts_of("人事方面，原南溪期货总经理周明远出任青禾期货总经理，原禾川期货总经理陈思齐转任公司首席风险官。")
    assert ("周明远", "SUCCEEDED", "陈思齐", "general_manager") not in triples(fs, "SUCCEEDED")


def test_jieti_the_former_holder_of_the_post_at_the_merged_bank_is_a_succession() -> None:
    # "B出任Y T，接替原X T A": 接替 names the one replaced, his post written at the bank's old name
    fs = facts_of("北林银行与南溪银行完成合并，存续银行更名为北溪银行。原南溪银行行长周明远出任北溪银行行长，"
                  "接替原北林银行行长陈思齐；陈思齐则转任北溪银行副董事长。")
    assert ("周明远", "SUCCEEDED", "陈思齐", "president") in triples(fs, "SUCCEEDED")
    assert ("陈思齐", "HOLDS_POSITION", "北溪银行", "vice_chairman") in _posts_of(fs)


def test_jieti_one_who_moved_to_another_post_keeps_that_post_and_is_succeeded() -> None:
    # "接替转任公司顾问的A": the 顾问 post is A's, and A is the one replaced
    fs = facts_of("北溪保险总经理一职由原副总经理周明远升任，接替转任公司顾问的陈思齐。")
    assert ("周明远", "SUCCEEDED", "陈思齐", "general_manager") in triples(fs, "SUCCEEDED")
    posts = _posts_of(fs)
    assert ("陈思齐", "HOLDS_POSITION", "北溪保险", "other") in posts
    assert ("周明远", "HOLDS_POSITION", "北溪保险", "other") not in posts
    fs = facts_of("北溪保险宣布，周明远出任公司总经理，接替调任公司顾问的陈思齐。")
    assert ("周明远", "HOLDS_POSITION", "北溪保险", "other") not in _posts_of(fs)
    assert ("周明远", "SUCCEEDED", "陈思齐", "general_manager") in triples(fs, "SUCCEEDED")


def _posts_of(fs: list) -> set[tuple]:
    return triples(fs, "HOLDS_POSITION")


def test_xuren_keeps_a_post_and_gives_it_at_the_company_after_the_merger() -> None:
    posts = _posts("北林银行董事长周明远续任合并后北溪银行董事长。")
    assert ("周明远", "HOLDS_POSITION", "北溪银行", "chairman") in posts
    assert ("周明远", "HOLDS_POSITION", "北林银行", "chairman") in posts
    assert ("周明远", "HOLDS_POSITION", "北溪银行", "chairman") in _posts("周明远连任北溪银行董事长。")


def test_a_move_planned_with_houxu_is_no_post_and_ends_none() -> None:
    fs = facts_of("北溪银行副行长陈思齐后续将转任南岭科技首席风险官。")
    posts = _posts_of(fs)
    assert ("陈思齐", "HOLDS_POSITION", "南岭科技", "cro") not in posts
    assert "end" not in quals(fs, "陈思齐", "HOLDS_POSITION", "北溪银行", role="vice_president")
    fs = facts_of("北溪银行副行长陈思齐已转任南岭科技首席风险官。")
    assert ("陈思齐", "HOLDS_POSITION", "南岭科技", "cro") in _posts_of(fs)


def test_zhuanren_jituan_is_a_post_at_the_group_never_at_the_bank() -> None:
    fs = facts_of("北溪银行副行长陈思齐已转任集团首席风险官。")
    assert ("陈思齐", "HOLDS_POSITION", "北溪银行", "cro") not in _posts_of(fs)
    assert quals(fs, "陈思齐", "HOLDS_POSITION", "北溪银行", role="vice_president")
    fs = facts_of("南岭集团旗下北溪银行副行长陈思齐已转任集团首席风险官。")
    assert ("陈思齐", "HOLDS_POSITION", "南岭集团", "cro") in _posts_of(fs)


def test_a_name_before_xuren_or_zhijin_reng_ren_is_no_part_of_the_company_after() -> None:
    # the segmenter makes 续任 / 仍任 one unknown word: it ends the company's name, the name before is a person
    assert ("周明远", "HOLDS_POSITION", "北溪银行", "chairman") in _posts("周明远续任北溪银行董事长。")
    assert ("周明远", "HOLDS_POSITION", "北林银行", "chairman") in _posts("周明远至今仍任北林银行董事长。")
    assert ("周明远", "HOLDS_POSITION", "南岭科技", "chairman") in _posts("周明远至今仍担任南岭科技董事长。")


def test_a_post_changed_from_one_holder_to_another_names_both() -> None:
    text = "北林证券是一家券商。2024年公司董事长由刘明文变更为韩亦凡，管理层保持稳定。"
    fs = facts_of(text)
    assert quals(fs, "韩亦凡", "HOLDS_POSITION", "北林证券", role="chairman")["start"] == "2024"
    assert quals(fs, "刘明文", "HOLDS_POSITION", "北林证券", role="chairman")["end"] == "2024"
    assert ("韩亦凡", "SUCCEEDED", "刘明文", "chairman") in triples(fs, "SUCCEEDED")


def test_founders_in_the_clause_after_a_source_or_a_full_name() -> None:
    fs = facts_of("工商资料显示，北林数科成立于2016年，由周明远创办，他目前担任公司董事长。")
    assert quals(fs, "周明远", "FOUNDED", "北林数科")["date"] == "2016"
    fs = facts_of("北林数科全称杭州北林数字科技有限公司，2018年由周明远和吴清扬在杭州共同创立，主要为银行提供风控服务。")
    assert quals(fs, "吴清扬", "FOUNDED", "北林数科")["date"] == "2018"
    assert quals(fs, "周明远", "FOUNDED", "北林数科")["date"] == "2018"
    # a clause after another company's founds not that company: the relative clause founds the company it describes
    assert _founded("记者获悉，南华资本领投北林数科，由周明远创办的东川基金跟投。") == {("周明远", "东川基金")}


def test_a_founder_named_with_a_function_letter_inside_in_a_list_of_founders() -> None:
    fs = facts_of("北林数科成立于2019年，由周明远与温以明共同创立。")
    assert quals(fs, "温以明", "FOUNDED", "北林数科")["date"] == "2019"
    assert quals(fs, "周明远", "FOUNDED", "北林数科")["date"] == "2019"


def test_a_founder_title_with_no_company_is_the_founder_of_the_company_spoken_of() -> None:
    assert ("周明远", "北林科技") in _founded("北林科技公告，吴清扬辞任执行董事及首席执行官，由联合创始人周明远接任首席执行官。")
    assert _founded("北林小贷实控人变更。变更前，创始人周明远通过其控制的南华投资持有北林小贷60%股权。") == {("周明远", "北林小贷")}


def test_board_seats_won_by_a_list_with_corporate_directors_and_their_representatives() -> None:
    text = ("北林證券（6099）今日召開股東常會，全面改選董事七席。改選結果，一般董事四席由北林投資股份有限公司"
            "（代表人：周明遠、吳清揚）、南華實業股份有限公司（代表人：林雅文）及自然人股東蔡文斌當選；獨立董事由陳國華、吳美玲、劉子健當選。")
    posts = _posts(text)
    for name in ("周明遠", "吳清揚", "林雅文", "蔡文斌"):
        assert (name, "HOLDS_POSITION", "北林證券", "director") in posts
    for name in ("陳國華", "吳美玲", "劉子健"):
        assert (name, "HOLDS_POSITION", "北林證券", "independent_director") in posts
    assert not any(s.endswith("公司") for s, _p, _o, _r in posts)  # a corporate director sits through its representatives


def test_a_given_name_that_begins_with_chang() -> None:
    text = ("北林保险发布公告。2022年8月9日，许长明因工作安排辞去公司董事长职务。"
            "同日，公司董事会选举汪立明为公司董事长。")
    fs = facts_of(text)
    assert quals(fs, "许长明", "HOLDS_POSITION", "北林保险", role="chairman")["end"] == "2022-08-09"
    assert ("汪立明", "SUCCEEDED", "许长明", "chairman") in triples(fs, "SUCCEEDED")
    lex = get_lexicon()
    assert not plausible_person("王长期", lex, strong=False)  # 长期 is a word


def test_the_chair_of_the_supervisors_under_its_two_titles_is_one_seat() -> None:
    fs = facts_of("滇北银行召开监事会会议，选举邝婉青为监事会主席。卢继明因到龄退休，不再担任该行监事长职务。")
    assert ("邝婉青", "SUCCEEDED", "卢继明", "supervisor") in triples(fs, "SUCCEEDED")


def test_a_combined_seat_given_while_the_leaver_held_only_the_former_title_named() -> None:
    fs = facts_of("北林支付执行董事兼总经理一职由云帆科技副总裁周明远担任，原执行董事、南岭集团创始人陈立平已卸任。")
    assert ("陈立平", "HOLDS_POSITION", "北林支付", "executive_director") in triples(fs)
    assert ("陈立平", "HOLDS_POSITION", "北林支付", "general_manager") not in triples(fs)
    assert ("周明远", "SUCCEEDED", "陈立平", "executive_director") in triples(fs, "SUCCEEDED")


def test_elected_chair_of_the_supervisors_while_holding_a_staff_supervisor_seat() -> None:
    fs = facts_of("2024年6月27日，滇西银行召开监事会会议，选举职工监事苏婉宁为第五届监事会主席。原监事长钱立德因到龄退休，不再担任该行监事长、监事职务。")
    assert quals(fs, "苏婉宁", "HOLDS_POSITION", "滇西银行", role="supervisor").get("start") == "2024-06-27"
    assert ("苏婉宁", "SUCCEEDED", "钱立德", "supervisor") in triples(fs, "SUCCEEDED")


def test_board_seats_with_no_count_won_by_corporate_directors() -> None:
    posts = _posts("北林證券今日召開股東常會，改選董事。董事由北林投資股份有限公司（代表人：周明遠）、南華實業股份有限公司（代表人：林雅文）當選。")
    assert {("周明遠", "HOLDS_POSITION", "北林證券", "director"), ("林雅文", "HOLDS_POSITION", "北林證券", "director")} <= posts


def test_wo_in_an_interviewees_line_is_the_interviewee() -> None:
    # sentences written for this test: an interview, each answer a line opened by the speaker's name
    text = ("专访北林科技首席执行官周明远。\n记者：您怎么创业的？\n"
            "周明远：我2015年创办了北林科技。2022年起，董事会又让我兼任总裁。我们的首席财务官是郑启明。")
    fs = triples(facts_of(text))
    assert ("周明远", "FOUNDED", "北林科技", None) in fs
    assert ("周明远", "HOLDS_POSITION", "北林科技", "president") in fs
    assert not any(f[0] == "我" for f in fs)
    # a line that only quotes someone (记者：, a body's 我们/我国) makes no one of 我
    fs = triples(facts_of("专访北林科技首席执行官周明远。\n记者：我2015年创办了南岭数据，如何看待行业？"))
    assert ("周明远", "FOUNDED", "南岭数据", None) not in fs


def test_women_de_before_a_title_in_an_interviewees_line_is_the_interviewees_company() -> None:
    # sentences written for this test: "我们的T" in an answer line opened by the speaker's name
    head = "编者按：本刊记者专访了北林数科创始人、董事长周明远。2015年周明远和吴思齐共同创办了北林数科。\n问：吴思齐现在还在公司吗？\n"
    fs = triples(facts_of(head + "周明远：在，吴思齐一直是我们的首席技术官，模型那块从头到尾是他管。"))
    assert ("吴思齐", "HOLDS_POSITION", "北林数科", "cto") in fs
    fs = triples(facts_of(head + "周明远：我们的首席运营官吴思齐是行业老兵。"))
    assert ("吴思齐", "HOLDS_POSITION", "北林数科", "coo") in fs
    # 他 in the answer line is the one the question asked about, not the speaker
    fs = triples(facts_of(head + "周明远：在，他一直是我们的首席技术官，模型那块从头到尾是他管。"))
    assert ("吴思齐", "HOLDS_POSITION", "北林数科", "cto") in fs
    assert ("周明远", "HOLDS_POSITION", "北林数科", "cto") not in fs
    # a sentence of a report: 他一直是 after the person just named
    fs = triples(facts_of("北林数科董事吴思齐表示看好。他一直是公司的首席技术官。"))
    assert ("吴思齐", "HOLDS_POSITION", "北林数科", "cto") in fs


@pytest.mark.parametrize("answer", [
    "周明远：思齐原来是我们的首席运营官，对客户比我了解，2022年初由她接任首席执行官，大家都服气。",
    "周明远：其实很简单。我当了六年首席执行官，思齐原来是我们的首席运营官，对客户比我了解，2022年初由她接任首席执行官，大家都服气。",
])
def test_an_interviewee_calls_a_colleague_by_given_name_and_she_is_that_colleague(answer: str) -> None:
    # sentences written for this test: "S：思齐原来是我们的T，…由她接任T" — the given name of the one
    # 吴思齐 the article names, and 她 the colleague, not the speaker (in the line's first sentence or a later one)
    text = "编者按：本刊记者专访了北林数科创始人、董事长周明远。\n问：2022年您把首席执行官交给了董事吴思齐。\n" + answer
    facts = facts_of(text)
    fs = triples(facts)
    assert ("吴思齐", "HOLDS_POSITION", "北林数科", "coo") in fs
    assert ("吴思齐", "HOLDS_POSITION", "北林数科", "ceo") in fs
    assert not any(f.subject.name == "周明远" and f.qualifiers.get("role") == "ceo" and f.qualifiers.get("start") == "2022" for f in facts)


def test_a_resume_paragraph_of_several_sentences_after_its_head_keeps_its_person() -> None:
    fs = facts_of("北林证券股份有限公司（以下简称“公司”）董事会同意聘任周明远先生为公司总裁。\n附件：相关人员简历\n"
                  "周明远先生，1972年出生，中国国籍，经济学博士。1996年7月至2008年5月在南山证券有限责任公司投资银行部工作；"
                  "2008年6月至2015年2月任东岭基金管理有限公司总经理；2015年3月加入公司，任副总裁，"
                  "2019年11月起兼任公司全资子公司北林资产管理有限公司董事长至今。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林证券股份有限公司", role="vice_president")["start"] == "2015-03"
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林资产管理有限公司", role="chairman")["start"] == "2019-11"


def test_a_resume_line_of_a_former_employer_does_not_make_it_the_topic() -> None:
    fs = facts_of("近日，北林银行股份有限公司（以下简称“北林银行”）官网完成更新。\n04 周明远　首席风险官\n"
                  "1980年出生，注册会计师。曾任南山消费金融股份有限公司风险管理部总经理，2022年加盟北林银行。\n"
                  "此外，原董事长吴启航今年2月已到龄退休，新董事长尚待核准。", date="2024-05-01")
    assert quals(fs, "吴启航", "HOLDS_POSITION", "北林银行", role="chairman")["end"] == "2024-02"
    assert ("吴启航", "HOLDS_POSITION", "南山消费金融股份有限公司", "chairman") not in triples(fs)


@pytest.mark.parametrize(("text", "company"), [
    ("吴启航持有杭州北林企业管理有限公司70%的股权并担任其执行董事。", "杭州北林企业管理有限公司"),
    ("北林银行公告称。吴启航持有杭州北林企业管理有限公司70%的股权，并担任其执行董事。", "杭州北林企业管理有限公司"),
    ("他又牵头筹建了南山金融租赁有限公司，这家由北林银行控股的子公司于2021年开业，吴启航至今兼任其执行董事。", "南山金融租赁有限公司"),
])
def test_a_post_after_danren_qi_is_at_the_company_just_named(text: str, company: str) -> None:
    posts = {(s, o) for s, _p, o, r in triples(facts_of(text), "HOLDS_POSITION") if r == "executive_director"}
    assert posts == {("吴启航", company)}


@pytest.mark.parametrize(("text", "company", "role"), [
    ("周明远在北林银行当了五年行长，2020年离开。", "北林银行", "president"),
    ("周明远做了八年北林科技的CEO。", "北林科技", "ceo"),
    ("编者按：本刊记者专访了北林科技创始人周明远。\n周明远：我在南山银行当了五年行长，2014年出来创业。", "南山银行", "president"),
])
def test_a_post_told_by_the_years_it_was_held(text: str, company: str, role: str) -> None:
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", company, role=role)


def test_a_title_before_a_list_of_names_that_then_say_something() -> None:
    fs = facts_of("北林人寿公告。公司独立董事方明静、孔令远认为，本次交易定价公允。")
    assert {s for s, _p, _o, r in triples(fs, "HOLDS_POSITION") if r == "independent_director"} == {"方明静", "孔令远"}


@pytest.mark.parametrize("text", [
    "北林银行今日公布，董事会委任周明远为行政总裁，由2024年9月1日起生效，接替荣休的吴启航。",
    "北林银行宣布，周明远自2024年9月1日起出任公司首席执行官。周明远接替自2019年起领导公司的吴启航。",
])
def test_the_one_replaced_described_by_retiring_or_by_leading_the_company(text: str) -> None:
    fs = facts_of(text)
    assert quals(fs, "周明远", "SUCCEEDED", "吴启航", role="ceo")["date"] == "2024-09-01"
    assert not [f for f in fs if f.subject.name == "荣休"]


def test_a_post_held_by_one_now_given_to_another_with_gaiyou() -> None:
    fs = facts_of("北林证券公告，聘任周明远为公司副总裁兼财务总监。此前由副总裁吴启航兼任的财务总监一职，亦改由周明远担任。")
    assert quals(fs, "周明远", "SUCCEEDED", "吴启航", role="cfo") is not None
    assert quals(fs, "吴启航", "HOLDS_POSITION", "北林证券", role="cfo") is not None


def test_a_business_lines_head_in_a_career_list_does_not_break_it() -> None:
    fs = facts_of("周明远2012年加入北林证券，历任公司固定收益业务负责人、副总经理。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林证券", role="deputy_general_manager") is not None


def test_founders_each_described_at_length_before_the_name() -> None:
    fs = facts_of("北林科技成立于2018年，由前南山集团风控专家周明远与北林大学计算机学院副教授吴启航共同创立，周明远任公司CEO，吴启航任CTO。")
    assert {s for s, _p, o, _r in triples(fs, "FOUNDED") if o == "北林科技"} == {"周明远", "吴启航"}
    assert quals(fs, "吴启航", "HOLDS_POSITION", "北林科技", role="cto") is not None
    assert not [f for f in fs if f.subject.name == "林大学"]


def test_an_appointed_list_whose_names_each_follow_a_former_post() -> None:
    fs = facts_of("泰和财险聘任原南山信托首席风险官周明远、原北林证券合规总监吴启航为副总经理。")
    assert {s for s, _p, o, r in triples(fs, "HOLDS_POSITION") if o == "泰和财险" and r == "deputy_general_manager"} == {"周明远", "吴启航"}


@pytest.mark.parametrize(("text", "role"), [
    ("北林银行的新任董事长——民营企业家周明远——昨日正式履新。", "chairman"),
    ("北林银行迎来新任行长——周明远。", "president"),
])
def test_a_name_set_off_by_a_dash_after_its_title(text: str, role: str) -> None:
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", "北林银行", role=role) is not None


def test_a_founder_set_off_by_a_dash() -> None:
    assert ("周明远", "FOUNDED", "北林科技", None) in triples(facts_of("北林科技创始人——周明远，近日辞去董事长职务。"))


def test_a_post_held_at_the_time_has_no_start_from_the_notices_date() -> None:
    fs = facts_of("2024年3月5日，北林银行公告，周明远时任公司副行长，现已退休。")
    q = quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="vice_president")
    assert "start" not in q


def test_a_name_right_after_a_year_before_a_verb_of_joining() -> None:
    fs = facts_of("2018年周明远加入北林银行时任副行长，2021年升任行长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")["start"] == "2021"


@pytest.mark.parametrize("text", [
    "北林数码董事长、创始人周明远在接受采访时表示，公司将打通业务。",
    "北林数码董事长兼创始人周明远表示，公司将打通业务。",
])
def test_a_title_chain_that_ends_in_the_founders_title_before_the_name(text: str) -> None:
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", "北林数码", role="chairman") is not None


def test_a_clause_headed_by_a_holder_we_do_not_know_is_not_the_earlier_persons() -> None:
    fs = facts_of("高管层面，原省联社理事长周明远出任北林农商银行董事长，原省联社主任吴启航出任行长。")
    assert ("周明远", "HOLDS_POSITION", "北林农商银行", "president") not in triples(fs)
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林农商银行", role="chairman") is not None


@pytest.mark.parametrize(("text", "role"), [
    ("2022年，周明远把北林科技CEO交给了吴启航。", "ceo"),
    ("2022年，周明远将北林科技董事长一职交棒给吴启航。", "chairman"),
])
def test_a_post_handed_over_from_one_person_to_another(text: str, role: str) -> None:
    assert quals(facts_of(text), "吴启航", "SUCCEEDED", "周明远", role=role)["date"] == "2022"


def test_a_data_sheets_line_with_an_items_number_before_the_post() -> None:
    fs = facts_of("北林人寿保险股份有限公司（以下简称“公司”）偿付能力报告摘要。\n一、基本信息\n（一）注册地址：北京市\n（二）法定代表人：周明远\n")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林人寿保险股份有限公司", role="other")["title"] == "法定代表人"


def test_an_approved_name_we_do_not_know_does_not_hand_its_post_to_the_person_before() -> None:
    fs = facts_of("1. 6月14日，北林银行公告，董事会同意聘任周明远为该行副行长；原副行长吴启航因工作调动辞职。\n"
                  "2. 经金融监管总局批复，同意程岚担任南山汽车金融有限公司总经理的任职资格，其将于下月履职。")
    assert not [f for f in fs if f.object.name == "南山汽车金融有限公司" and f.subject.name in ("周明远", "吴启航")]


def test_lines_after_a_resume_heading_line_keep_its_person_past_two_sentences() -> None:
    fs = facts_of("北林银行官网“领导团队”栏目完成更新。\n01 周明远　董事长\n1969年出生，研究生学历。\n"
                  "2012年至2016年任南山信托有限公司总经理。\n2016年至2019年任南岭证券股份有限公司副总裁。\n"
                  "2019年至2023年任东岭基金管理有限公司董事长。\n02 吴启航　行长\n1975年出生。\n")
    q = quals(fs, "周明远", "HOLDS_POSITION", "东岭基金管理有限公司", role="chairman")
    assert (q["start"], q["end"]) == ("2019", "2023")


def test_a_former_and_a_present_post_before_one_name() -> None:
    fs = facts_of("原南山农商银行行长、现北林农商银行行长周明远的任职资格亦于同日获得核准。")
    assert {o for s, _p, o, r in triples(fs, "HOLDS_POSITION") if r == "president"} == {"南山农商银行", "北林农商银行"}
