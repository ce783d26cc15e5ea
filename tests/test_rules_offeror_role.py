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


def test_holders_by_after_a_described_first_holder() -> None:
    """"而C由B主席兼執行董事P持有60%、由A持有40%": both shares are of C, not of B that describes P."""
    text = ("計劃文件披露，青松控股有限公司為長峰國際控股有限公司（長峰國際）的全資附屬公司，"
            "而長峰國際由海澄證券集團有限公司主席兼執行董事王志明持有60%、由北冠資本管理有限公司持有40%。")
    stakes = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("王志明", "長峰國際控股有限公司", 60.0) in stakes
    assert ("北冠資本管理有限公司", "長峰國際控股有限公司", 40.0) in stakes
    assert not {s for s in stakes if s[1] == "海澄證券集團有限公司"}
