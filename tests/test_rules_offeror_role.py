"""The offeror of a Hong Kong scheme named by its role (`alias_defs._role_before_name`,
`lexicon._ROLE_WORDS`): sentences written for these tests, names invented."""

from __future__ import annotations

from tests.helpers import facts_of


def _facts(text: str) -> set[tuple]:
    return {(str(f.predicate), f.subject.name, f.object.name) for f in facts_of(text)}


def test_offeror_role_names_the_bidder() -> None:
    """"公司與要約人X聯合公告…要約人為Y的全資附屬公司…C已成為要約人的全資附屬公司": 要約人 is X throughout."""
    text = ("海澄證券集團有限公司與要約人青松控股有限公司今日聯合公告，協議安排已生效。"
            "文件顯示，要約人為長峰國際控股有限公司的全資附屬公司。"
            "安排生效後，海澄證券集團有限公司已成為要約人的全資附屬公司。")
    facts = _facts(text)
    assert ("SUBSIDIARY_OF", "青松控股有限公司", "長峰國際控股有限公司") in facts
    assert ("SUBSIDIARY_OF", "海澄證券集團有限公司", "青松控股有限公司") in facts
    assert not [f for f in facts if "要約人" in f[1] or "要約人" in f[2]]
