"""One post after a list of companies is held at each of them: "P亦為本行全資附屬公司A及B之董事"
(both are the parent's wholly owned subsidiaries too), "P曾任A及B的董事" (over). Sentences written
for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, posts, quals

_RESUME = (
    "澄海銀行有限公司宣佈委任溫若晴女士為本行行政總裁。"
    "溫女士亦為本行全資附屬公司澄海證券有限公司及澄海財務有限公司之董事。"
)


def test_the_post_after_a_list_is_held_at_each_company() -> None:
    got = posts(_RESUME)
    assert ("溫若晴", "澄海證券有限公司", "director") in got
    assert ("溫若晴", "澄海財務有限公司", "director") in got


def test_every_company_of_the_list_is_a_subsidiary() -> None:
    facts = facts_of(_RESUME)
    for child in ("澄海證券有限公司", "澄海財務有限公司"):
        assert quals(facts, child, "SUBSIDIARY_OF", "澄海銀行有限公司").get("kind") == "wholly_owned"


def test_a_past_verb_makes_the_list_posts_over() -> None:
    facts = facts_of("柏文石現年六十歲，曾任東岳保險有限公司及北林信託有限公司的董事。")
    assert quals(facts, "柏文石", "HOLDS_POSITION", "北林信託有限公司").get("left") is True
    assert quals(facts, "柏文石", "HOLDS_POSITION", "東岳保險有限公司").get("left") is True
