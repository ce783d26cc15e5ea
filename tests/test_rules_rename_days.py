""""X前身为A，D更为现名" / "原名A，D易名": the rename's own clause dates it. Invented sentences."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_the_year_the_name_became_the_present_one() -> None:
    fs = facts_of("青屿银行前身为青屿市信用合作联社，2011年更为现名，目前在岛内设有四十余家网点。", date="2025-03-01")
    assert quals(fs, "青屿市信用合作联社", "RENAMED_TO", "青屿银行")["date"] == "2011"
    fs = facts_of("南岭证券原名南岭信托投资有限公司，2006年3月易名为现名，总部设在桂州。", date="2025-03-01")
    assert quals(fs, "南岭信托投资有限公司", "RENAMED_TO", "南岭证券")["date"] == "2006-03"
