"""Successions without 接替 before the one replaced: a post handed on to a son after the years its holder held it,
a retirement with honour, a post given to a holder elsewhere as its former holder retires, a post held besides
handed to a promoted officer; and posts in résumés and replies (职工董事, a name in a reply, names with 亦 or 和)."""

import pytest

from tests.helpers import facts_of, posts, quals


def test_held_until_handed_on_to_a_son():
    facts = facts_of("邝振邦于1994年出任槐川信托总经理，直到2019年才交班给女儿邝蔚然。")
    assert quals(facts, "邝蔚然", "SUCCEEDED", "邝振邦", role="general_manager")["date"] == "2019"
    assert quals(facts, "邝振邦", "HOLDS_POSITION", "槐川信托", role="general_manager")["end"] == "2019"


@pytest.mark.parametrize(("text", "successor", "former", "role"), [
    # retired with honour (荣休), then the deputy takes the post
    ("年初的股东大会后，槐川信托总经理邝振邦荣休，由副总经理贝彦森接任总经理。", "贝彦森", "邝振邦", "general_manager"),
    # a post held besides goes to a promoted officer (升任)
    ("槐川信托副总经理贝彦森获聘为总经理。贝彦森原兼任之风控长职务，改由法务处协理瞿思源升任。", "瞿思源", "贝彦森", "cro"),
])
def test_succeeded_without_a_verb_naming_both(text: str, successor: str, former: str, role: str):
    assert quals(facts_of(text), successor, "SUCCEEDED", former, role=role)


_GROUP_DECISION = "经梧冈投资集团有限公司批复，青溪村镇银行董事长由梧冈投资集团有限公司总经理石汉卿兼任，原董事长覃伯钧退休后不再担任该职。"


def test_post_held_by_a_group_officer_as_the_former_holder_retires():
    facts = facts_of(_GROUP_DECISION)
    assert quals(facts, "石汉卿", "SUCCEEDED", "覃伯钧", role="chairman")["company"] == "青溪村镇银行"
    assert quals(facts, "覃伯钧", "HOLDS_POSITION", "青溪村镇银行", role="chairman")
    assert ("覃伯钧", "梧冈投资集团有限公司", "chairman") not in posts(_GROUP_DECISION)


def test_employee_director_elected_and_in_a_resume():
    got = posts("蓼汀农村商业银行股份有限公司（以下简称“本行”）4月18日召开职工代表大会，贾念慈女士获选为本行职工董事。\n"
                "贾念慈，女，1979年生，持注册会计师资格，现任本行副行长、职工董事。")
    assert ("贾念慈", "蓼汀农村商业银行股份有限公司", "director") in got
    assert ("贾念慈", "蓼汀农村商业银行股份有限公司", "vice_president") in got


def test_names_holding_function_letters_bounded_by_title_and_honorific():
    got = posts("蓼汀农村商业银行股份有限公司职工监事邵敬和先生、外部监事单亦宁女士当天列席了董事会。")
    assert {("邵敬和", "蓼汀农村商业银行股份有限公司", "supervisor"), ("单亦宁", "蓼汀农村商业银行股份有限公司", "supervisor")} <= got


def test_a_name_opening_a_sentence_before_its_honorific():
    got = posts("梧冈科技股份有限公司2024年年度报告摘要。董事会共有九名成员。岑亦禾女士目前任公司董事，并兼任槐川资产管理有限公司总经理。")
    assert {("岑亦禾", "梧冈科技股份有限公司", "director"), ("岑亦禾", "槐川资产管理有限公司", "general_manager")} <= got


def test_a_reply_naming_the_holder_then_whom_they_replaced():
    text = ("法定代表人：祁伯言，该公司董事长。\n问：请问北林小额贷款股份有限公司目前的总经理是哪位？\n"
            "答：就是柴望秋，2019年接替祁伯言任总经理，北林小额贷款股份有限公司的事务都由她负责。")
    facts = facts_of(text)
    assert quals(facts, "柴望秋", "SUCCEEDED", "祁伯言", role="general_manager")["date"] == "2019"


_MINUTES = ("鹤汀证券股份有限公司第三届第四次董事会会议纪录\n"
            "出席董事：韦承礼、诸葛明、谈若冰\n"
            "第一案\n案由：本公司财务长覃泓宇因转往海外任职辞职，拟自112年3月1日起解任，请核议。\n"
            "说明：覃财务长于105年到职。\n决议：出席董事无异议，照案通过。\n"
            "第二案\n案由：拟聘任协理冉予安为财务长，请核议。\n"
            "说明：冉予安自112年3月1日起就任，任命案另函报请主管机关核备。\n决议：照案通过。\n")


def test_a_resignation_and_an_appointment_in_consecutive_motions():
    facts = facts_of(_MINUTES)
    assert quals(facts, "冉予安", "SUCCEEDED", "覃泓宇", role="cfo")["date"] == "2023-03-01"
    assert quals(facts, "冉予安", "HOLDS_POSITION", "鹤汀证券股份有限公司", role="cfo")["start"] == "2023-03-01"
    held_over = facts_of(_MINUTES.replace("决议：照案通过。", "决议：本案保留，下次会议再议。"))
    assert not any(str(f.predicate) == "SUCCEEDED" for f in held_over)  # (a motion not carried appoints no one)


def test_left_one_post_and_kept_only_the_other():
    # 专任: after leaving one post, the holder keeps only the other (a post held, no successor's)
    got = posts("邬承泽去年底辞去栖岩保险经纪总经理，之后专任董事长，把精力放在海外业务上。")
    assert ("邬承泽", "栖岩保险经纪", "chairman") in got
