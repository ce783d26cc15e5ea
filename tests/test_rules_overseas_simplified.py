"""Singapore and Malaysian Chinese press: Pte Ltd names, a post handed on through 的…职务将由 (sentences invented for these tests)."""

from tests.helpers import facts_of, quals


def test_private_limited_is_a_legal_suffix() -> None:
    facts = facts_of("星海金融是本地历史最久的金融集团之一。根据年报，黄氏家族通过黄氏控股私人有限公司持有集团27.5%股权。")
    assert quals(facts, "黄氏控股私人有限公司", "HOLDS_STAKE", "星海金融")["percent"] == 27.5


def test_post_of_the_promoted_handed_on() -> None:
    facts = facts_of("星海金融昨天宣布，现任首席财务官陈美华将于4月1日接任首席执行官。"
                     "星海金融在文告中说，陈美华的首席财务官职务将由集团财务副总裁郑国文接任，同样于4月1日生效。")
    succ = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert ("郑国文", "陈美华", "cfo") in succ
