"""A company's arm kept apart from the company it is named after, and its posts given to the arm
(sentences invented for these tests)."""

from tests.helpers import facts_of, inventory_of, quals


def test_licensee_defined_after_its_latin_name_is_not_the_group() -> None:
    # a holding group and its licensed arm share the brand; the arm's short name is quoted after its Latin name
    text = ("琨岳集團有限公司（「琨岳集團」）的全資附屬公司琨岳支付有限公司（Kunyue Pay Limited，「琨岳」）"
            "去年取得牌照。琨岳現有商戶三萬家。")
    inv = inventory_of(text)
    group, licensee = inv.surface.get("琨岳集团有限公司"), inv.surface.get("琨岳支付有限公司")
    assert group and licensee and group != licensee
    assert inv.surface.get("琨岳") == licensee


def test_arm_in_china_with_its_own_short_name() -> None:
    text = ("澜石银行（Lanshi Bank）3月5日公告，其在中国的全资子公司澜石银行（中国）有限公司（下称“澜石中国”）的新任首席执行官"
            "由母行零售条线副行长郑敏浩出任。依照澜石中国章程的规定，其董事长由澜石银行副行长韦佩珊兼任。")
    facts = facts_of(text, date="2024-03-06")
    quals(facts, "澜石银行（中国）有限公司", "SUBSIDIARY_OF", "澜石银行", kind="wholly_owned")
    assert "start" in quals(facts, "郑敏浩", "HOLDS_POSITION", "澜石中国", role="ceo")
    quals(facts, "韦佩珊", "HOLDS_POSITION", "澜石中国", role="chairman")
    companies = {f.object.name for f in facts if str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("role") in ("ceo", "chairman")}
    assert "澜石银行" not in companies
