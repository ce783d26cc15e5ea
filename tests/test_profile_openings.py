"""A profile under its label ("人物简介：P，C" + posts) and a sentence of partners founding together, whose next clause's
post is at the company they founded."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_PROFILES = (
    "第三届西部数字金融论坛　演讲嘉宾\n\n"
    "◆ 主旨演讲\n个人简历：鄢秋池，蜀川农商银行股份有限公司行长、党委副书记。长期分管小微信贷与乡镇网点。\n\n"
    "◆ 圆桌对话\n个人简历：缪晨光，云岚智算有限公司联合创始人、首席技术官。2019年与妻子庄疏影在成都合伙创办云岚智算有限公司，"
    "由庄疏影出任董事长。此前他在两家券商做过量化研究。\n"
)


def test_profile_label_then_apposition() -> None:
    facts = facts_of(_PROFILES, "西部数字金融论坛")
    assert quals(facts, "鄢秋池", "HOLDS_POSITION", "蜀川农商银行股份有限公司")["role"] == "president"
    assert quals(facts, "缪晨光", "HOLDS_POSITION", "云岚智算有限公司")["role"] == "cto"


def test_founding_with_a_spouse_in_a_profile() -> None:
    facts = facts_of(_PROFILES, "西部数字金融论坛")
    assert quals(facts, "缪晨光", "FOUNDED", "云岚智算有限公司")["date"] == "2019"
    assert quals(facts, "庄疏影", "FOUNDED", "云岚智算有限公司")["date"] == "2019"


def test_post_after_a_founding_together_is_at_the_company_founded() -> None:
    text = ("去年，甄慕白辞去了在东湖信托有限公司的职务。\n"
            "2021年他和前同事柯远舟在苏州联合创办麦穗链数信息技术有限公司（麦穗链数），柯远舟任董事长。")
    facts = facts_of(text, "")
    assert quals(facts, "柯远舟", "HOLDS_POSITION", "麦穗链数信息技术有限公司", role="chairman")


def test_founder_and_chairman_heading_joined_by_ji() -> None:
    text = "恭賀\n瑞嵐保險經紀有限公司\n開業十週年誌慶\n\n創辦人暨主席　葉承熹先生\n副主席　葉思敏女士\n\n全港保險經紀同業　敬賀\n"
    facts = facts_of(text, "恭賀")
    quals(facts, "葉承熹", "FOUNDED", "瑞嵐保險經紀有限公司")
    assert quals(facts, "葉承熹", "HOLDS_POSITION", "瑞嵐保險經紀有限公司")["role"] == "chairman"
