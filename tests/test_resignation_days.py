"""Days a Hong Kong announcement gives by a clause after a resignation or by a meeting's end, written for these tests
(not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_ISSUER = "嘉湛集團控股有限公司"


def test_posts_resigned_together_end_on_the_day_the_clause_after_gives_and_the_same_day_after() -> None:
    text = ("董事會謹此知會股東，非執行董事賀俊彥先生與執行董事兼營運總監湯曉楠女士基於其他工作承擔，"
            "已向董事會遞交辭呈，皆自2025年1月8日起生效。\n"
            "獨立非執行董事簡志峰先生則於同日辭任其職務。\n")
    facts = facts_of(text, "嘉湛集團控股有限公司 董事變更", "2025-01-08")
    assert quals(facts, "賀俊彥", "HOLDS_POSITION", _ISSUER, role="non_executive_director")["end"] == "2025-01-08"
    assert quals(facts, "湯曉楠", "HOLDS_POSITION", _ISSUER, role="executive_director")["end"] == "2025-01-08"
    assert quals(facts, "簡志峰", "HOLDS_POSITION", _ISSUER, role="independent_director")["end"] == "2025-01-08"


def test_a_post_taking_effect_at_the_meeting_s_end_starts_on_the_meeting_s_day() -> None:
    text = ("嘉湛集團控股有限公司公佈，於二零二五年六月十二日舉行的股東週年大會上提呈之所有決議案均已以投票表決方式通過。\n"
            "誠如本公司二零二五年四月二十五日之通函所述，董事候選人之履歷已載於該通函附錄二。\n"
            "董事會另宣告委任符嘉樂先生擔任非執行董事一席，由股東週年大會結束時起生效。\n")
    facts = facts_of(text, "嘉湛集團控股有限公司 大會結果公告", "2025-06-12")
    assert quals(facts, "符嘉樂", "HOLDS_POSITION", _ISSUER, role="non_executive_director")["start"] == "2025-06-12"
