"""Singapore and Malaysian Chinese press: Pte Ltd names, a post handed on through 的…职务将由 (sentences invented for these tests)."""

from tests.helpers import facts_of, quals


def test_private_limited_is_a_legal_suffix() -> None:
    facts = facts_of("据星海金融最新年报，创办人家族通过鸿泰控股私人有限公司间接持有集团约31.2%股权。")
    assert quals(facts, "鸿泰控股私人有限公司", "HOLDS_STAKE", "星海金融")["percent"] == 31.2


def test_post_of_the_promoted_handed_on() -> None:
    facts = facts_of("星海金融周一发布文告，首席财务官程雅慧获擢升为首席执行官，6月15日起生效。"
                     "文告指出，程雅慧的首席财务官职务将由财务总监梁子健接任。")
    succ = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert ("梁子健", "程雅慧", "cfo") in succ
