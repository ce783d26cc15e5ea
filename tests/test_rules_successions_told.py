"""Successions without 接替 before the one replaced: a post handed on to a son after the years its holder held it,
a retirement with honour, a post given to a holder elsewhere as its former holder retires, a post held besides
handed to a promoted officer; and posts in résumés and replies (职工董事, a name in a reply, names with 亦 or 和)."""

import pytest

from tests.helpers import facts_of, posts, quals


def test_held_until_handed_on_to_a_son():
    facts = facts_of("创办人吴宗汉自1980年起出任恒泰银行董事长，直至2012年交棒予次子吴立诚。")
    assert quals(facts, "吴立诚", "SUCCEEDED", "吴宗汉", role="chairman")["date"] == "2012"
    assert quals(facts, "吴宗汉", "HOLDS_POSITION", "恒泰银行", role="chairman")["end"] == "2012"


@pytest.mark.parametrize(("text", "successor", "former", "role"), [
    # retired with honour (荣休), then the deputy takes the post
    ("去年3月，恒泰银行完成交接，行长吴宗汉荣休，由副行长黄立诚接任行长。", "黄立诚", "吴宗汉", "president"),
    # a post held besides goes to a promoted officer (升任)
    ("恒泰银行董事会同意聘任副总经理黄立诚为总经理。黄立诚原兼任之风控长职务，改由风险管理部协理赵明远升任。", "赵明远", "黄立诚", "cro"),
])
def test_succeeded_without_a_verb_naming_both(text: str, successor: str, former: str, role: str):
    assert quals(facts_of(text), successor, "SUCCEEDED", former, role=role)


_GROUP_DECISION = ("2024年10月，华岳控股集团有限公司党委研究决定，泰和村镇银行董事长改由华岳控股集团有限公司副总经理许文澜兼任，"
                   "原董事长严柏松因到龄退休不再担任相关职务。")


def test_post_held_by_a_group_officer_as_the_former_holder_retires():
    facts = facts_of(_GROUP_DECISION)
    assert quals(facts, "许文澜", "SUCCEEDED", "严柏松", role="chairman")["company"] == "泰和村镇银行"
    assert quals(facts, "严柏松", "HOLDS_POSITION", "泰和村镇银行", role="chairman")
    assert ("严柏松", "华岳控股集团有限公司", "chairman") not in posts(_GROUP_DECISION)


def test_employee_director_elected_and_in_a_resume():
    got = posts("北岭农村商业银行股份有限公司（以下简称“本行”）于2024年5月10日召开职工代表大会，经选举，王思远先生当选为本行第五届董事会职工董事。\n"
                "王思远，男，1975年出生。现任本行党委委员、职工董事、副行长。")
    assert ("王思远", "北岭农村商业银行股份有限公司", "director") in got
    assert ("王思远", "北岭农村商业银行股份有限公司", "vice_president") in got


def test_names_holding_function_letters_bounded_by_title_and_honorific():
    got = posts("北岭农村商业银行股份有限公司（以下简称“本行”）监事会主席王思远先生、外部监事杨亦然女士、职工监事宋致和先生"
                "自2024年6月起不再担任本行监事职务。")
    assert {("杨亦然", "北岭农村商业银行股份有限公司", "supervisor"), ("宋致和", "北岭农村商业银行股份有限公司", "supervisor")} <= got


def test_a_name_opening_a_sentence_before_its_honorific():
    got = posts("北岭数科股份有限公司公告。截至本公告日，该股东持有公司股份6.1%。曹亦然女士现任公司董事，同时担任南京青杉私募基金管理有限公司总经理。")
    assert {("曹亦然", "北岭数科股份有限公司", "director"), ("曹亦然", "南京青杉私募基金管理有限公司", "general_manager")} <= got


def test_a_reply_naming_the_holder_then_whom_they_replaced():
    text = ("法定代表人：祁伯言，该公司董事长。\n问：请问北林小额贷款股份有限公司目前的总经理是哪位？\n"
            "答：就是柴望秋，2019年接替祁伯言任总经理，北林小额贷款股份有限公司的事务都由她负责。")
    facts = facts_of(text)
    assert quals(facts, "柴望秋", "SUCCEEDED", "祁伯言", role="general_manager")["date"] == "2019"


_MINUTES = ("青岚商业银行股份有限公司第五届第九次董事会会议纪录\n"
            "出席董事：江伯涛、陆佩宁\n"
            "第一案\n案由：本行营运长邵景川已提出辞呈请辞，拟自113年7月1日起解任，请审议。\n"
            "说明：邵营运长自108年起任职。\n决议：全体出席董事同意，照案通过。\n"
            "第二案\n案由：拟委任本行协理罗以安为营运长，请审议。\n"
            "说明：新任营运长自113年7月1日起就任，并报主管机关备查。\n决议：照案通过。\n")


def test_a_resignation_and_an_appointment_in_consecutive_motions():
    facts = facts_of(_MINUTES)
    assert quals(facts, "罗以安", "SUCCEEDED", "邵景川", role="coo")["date"] == "2024-07-01"
    assert quals(facts, "罗以安", "HOLDS_POSITION", "青岚商业银行股份有限公司", role="coo")["start"] == "2024-07-01"
    held_over = facts_of(_MINUTES.replace("决议：照案通过。", "决议：本案保留，下次会议再议。"))
    assert not any(str(f.predicate) == "SUCCEEDED" for f in held_over)  # (a motion not carried appoints no one)


def test_left_one_post_and_kept_only_the_other():
    # 专任: after leaving one post, the holder keeps only the other (a post held, no successor's)
    got = posts("宁思远今年3月辞去北林证券总裁职务，此后专任董事长，不再参与日常经营。")
    assert ("宁思远", "北林证券", "chairman") in got
