"""A profile under its label ("人物简介：P，C" + posts) and a sentence of partners founding together, whose next clause's
post is at the company they founded."""

from __future__ import annotations

from tests.helpers import facts_of, quals

_PROFILES = (
    "年度金融创新人物榜\n\n"
    "【一】\n人物简介：龙晓岚，湘西丰源村镇银行股份有限公司行长、党委书记。她在县里跑遍了每个乡镇。\n\n"
    "【二】\n人物简介：庞思远，赤山云链科技有限公司联合创始人、首席技术官。2018年与妻子韩立群在杭州共同创办赤山云链科技有限公司，"
    "韩立群任董事长兼总经理。\n"
)


def test_profile_label_then_apposition() -> None:
    facts = facts_of(_PROFILES, "年度金融创新人物榜")
    assert quals(facts, "龙晓岚", "HOLDS_POSITION", "湘西丰源村镇银行股份有限公司")["role"] == "president"
    assert quals(facts, "庞思远", "HOLDS_POSITION", "赤山云链科技有限公司")["role"] == "cto"


def test_founding_with_a_spouse_in_a_profile() -> None:
    facts = facts_of(_PROFILES, "年度金融创新人物榜")
    assert quals(facts, "庞思远", "FOUNDED", "赤山云链科技有限公司")["date"] == "2018"
    assert quals(facts, "韩立群", "FOUNDED", "赤山云链科技有限公司")["date"] == "2018"


def test_post_after_a_founding_together_is_at_the_company_founded() -> None:
    text = ("王安澜近日从北辰证券股份有限公司离职。\n"
            "2015年与大学同学宋启航在上海共同创办星桥数据科技有限公司（星桥数据），宋启航任董事长。")
    facts = facts_of(text, "")
    assert quals(facts, "宋启航", "HOLDS_POSITION", "星桥数据科技有限公司", role="chairman")


def test_founder_and_chairman_heading_joined_by_ji() -> None:
    text = "恭賀\n凱利證券有限公司\n創立二十週年\n創辦人暨主席　馬國棟先生\n董事總經理　馬麗珊女士\n\n凱利證券同寅　敬賀\n"
    facts = facts_of(text, "恭賀")
    quals(facts, "馬國棟", "FOUNDED", "凱利證券有限公司")
    assert quals(facts, "馬國棟", "HOLDS_POSITION", "凱利證券有限公司")["role"] == "chairman"
