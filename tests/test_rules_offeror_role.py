"""The offeror of a Hong Kong scheme named by its role (`alias_defs._role_before_name`,
`jieba_words._ROLE_WORDS`): sentences written for these tests, names invented."""

from __future__ import annotations

from tests.helpers import facts_of


def _facts(text: str) -> set[tuple]:
    return {(str(f.predicate), f.subject.name, f.object.name) for f in facts_of(text)}


def test_offeror_role_names_the_bidder() -> None:
    """A joint announcement by the company and 要約人 X; then 要約人 as the subject of 為…全資附屬公司, and later as the
    parent of the company: each 要約人 is X."""
    text = ("瀚海金融集團有限公司與要約人嘉禾控股有限公司宣佈，計劃於昨日生效。"
            "據計劃文件，要約人為銀湖國際控股有限公司的全資附屬公司。"
            "瀚海金融集團有限公司股份撤銷上市，該公司自此成為要約人的一間全資附屬公司。")
    facts = _facts(text)
    assert ("SUBSIDIARY_OF", "嘉禾控股有限公司", "銀湖國際控股有限公司") in facts
    assert ("SUBSIDIARY_OF", "瀚海金融集團有限公司", "嘉禾控股有限公司") in facts
    assert not [f for f in facts if "要約人" in f[1] or "要約人" in f[2]]


def test_holders_by_after_a_described_first_holder() -> None:
    """"而C由B主席兼執行董事P持有60%、由A持有40%": both shares are of C, not of B that describes P."""
    text = ("綜合文件載明：嘉禾控股有限公司為銀湖國際控股有限公司（銀湖國際）的全資附屬公司，"
            "而銀湖國際由瀚海金融集團有限公司主席兼執行董事譚永康持有55%、由東嶼投資有限公司持有45%。")
    stakes = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("譚永康", "銀湖國際控股有限公司", 55.0) in stakes
    assert ("東嶼投資有限公司", "銀湖國際控股有限公司", 45.0) in stakes
    assert not {s for s in stakes if s[1] == "瀚海金融集團有限公司"}
