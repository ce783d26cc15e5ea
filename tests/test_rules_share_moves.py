"""Sales and holdings that name the company whose shares moved only once
(`extract.rules.stake_moves`, `sales`, `stake_control`): sentences written
for these tests, names invented."""

from __future__ import annotations

from tests.helpers import facts_of, triples


def _stakes(text: str) -> set[tuple]:
    return {(s, o, k) for s, p, o, k in triples(facts_of(text), "HOLDS_STAKE")}


def test_sale_of_the_whole_after_a_comma() -> None:
    """"S將所持T N%股權，全部出售予B": the adverb of the whole after a comma still leaves a sale."""
    text = "北辰創投有限公司將所持金穗電子支付有限公司百分之六十股權，全部出售予海川集團有限公司。"
    sold = {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in facts_of(text) if str(f.predicate) == "SOLD_STAKE"}
    assert ("北辰創投有限公司", "金穗電子支付有限公司", "海川集團有限公司", 60.0) in sold


def test_own_share_is_of_the_company_moved_before() -> None:
    """"…。另外，D把其所持9%股份轉讓給E，E持股比例由51%升至60%": the company the sentence before moved, not D."""
    text = ("東麗資本有限公司把所持雲帆數據有限公司51%股份轉讓給青禾控股有限公司（「青禾控股」）。"
            "另外，白鷺投資有限公司把其所持9%股份轉讓給青禾控股，青禾控股持股比例由51%升至60%。")
    facts = facts_of(text)
    sold = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "SOLD_STAKE"}
    assert ("白鷺投資有限公司", "雲帆數據有限公司") in sold
    stakes = _stakes(text)
    assert ("青禾控股", "雲帆數據有限公司", 60.0) in stakes
    assert not {s for s in stakes if s[1] == "白鷺投資有限公司"}


def test_tied_holder_takes_the_share_reached() -> None:
    """"A持股由40%增至45%，與B並列第一大股東": B holds the 45% A reached, not the 40% it left."""
    text = ("東麗資本有限公司把所持雲帆數據有限公司5%股份轉讓給青禾控股有限公司（「青禾控股」），"
            "青禾控股持股由40%增至45%，與紅杉灣投資有限公司並列第一大股東。")
    stakes = _stakes(text)
    assert ("紅杉灣投資有限公司", "雲帆數據有限公司", 45.0) in stakes
    assert ("紅杉灣投資有限公司", "雲帆數據有限公司", 40.0) not in stakes


def test_holding_kept_in_a_capital_increase() -> None:
    """A holder "持股維持N%" after taking up its part of an issue: a holding kept is a holding; a holder with a figure
    is no company held."""
    text = ("星河商業銀行股份有限公司（星河銀行）上月底完成新台幣50億元現金增資。本輪增資中，南光人壽保險股份有限公司持股維持11%；"
            "海峰商業銀行股份有限公司按原持股比例全數認購，持股維持18%；北極超商股份有限公司未足額認購，持股由8%降至5%。")
    stakes = _stakes(text)
    assert ("海峰商業銀行股份有限公司", "星河商業銀行股份有限公司", 18.0) in stakes
    assert ("南光人壽保險股份有限公司", "星河商業銀行股份有限公司", 11.0) in stakes
    assert ("北極超商股份有限公司", "星河商業銀行股份有限公司", 5.0) in stakes
    assert not {s for s in stakes if s[1] == "南光人壽保險股份有限公司"}


def test_remainder_kept_by_a_described_holder() -> None:
    """"…。其餘15%股權繼續由員工合組的F持有": the rest of the company the sentence before sold, held by F."""
    text = ("瑞豐資本有限公司把所持金橋征信有限公司85%股權出售予華嶺數據有限公司。"
            "其餘15%股權繼續由員工組成的金橋員工投資有限公司持有。")
    stakes = _stakes(text)
    assert ("金橋員工投資有限公司", "金橋征信有限公司", 15.0) in stakes
