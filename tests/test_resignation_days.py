"""Days a Hong Kong announcement gives by a clause after a resignation or by a meeting's end, written for these tests
(not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_posts_resigned_together_end_on_the_day_the_clause_after_gives_and_the_same_day_after() -> None:
    text = ("澄峰控股有限公司（「本公司」）宣佈，執行董事兼財務總監邵毅恒先生及執行董事溫靜宜女士已各自向董事會提交辭呈，"
            "均自二零二四年十月十五日起生效。\n"
            "獨立非執行董事龐嘉浩先生亦已於同日辭任。\n")
    facts = facts_of(text, "澄峰控股有限公司 董事辭任", "2024-10-16")
    assert quals(facts, "邵毅恒", "HOLDS_POSITION", "澄峰控股有限公司", role="executive_director")["end"] == "2024-10-15"
    assert quals(facts, "龐嘉浩", "HOLDS_POSITION", "澄峰控股有限公司", role="independent_director")["end"] == "2024-10-15"


def test_a_post_taking_effect_at_the_meeting_s_end_starts_on_the_meeting_s_day() -> None:
    text = ("澄峰控股有限公司董事會宣佈，於二零二四年五月二十日（星期一）舉行之股東週年大會上，全部決議案均獲通過。\n"
            "於二零二四年三月三十一日，本公司已發行股份總數為800,000,000股。\n"
            "董事會宣佈，黎思朗先生已獲委任為非執行董事，自股東週年大會結束時起生效。\n")
    facts = facts_of(text, "澄峰控股有限公司 委任非執行董事", "2024-05-20")
    assert quals(facts, "黎思朗", "HOLDS_POSITION", "澄峰控股有限公司", role="non_executive_director")["start"] == "2024-05-20"
