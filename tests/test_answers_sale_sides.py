"""A sale's article tells the holdings around it: the buyer's share after
it ("转让完成后B将持有C 20%"), which is the share bought, not a share to
add it to; and the other holders' shares as of the sale's day, which the
transfer between others left as they were before it. A store built from
facts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from service.ask import answer
from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of


def _stake(holder: str, company: str, evidence: str, **q: Any) -> dict[str, Any]:
    return {"article_id": "s-1", "subject": {"name": holder, "type": "Company"}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": q, "evidence": evidence}


def _sale(seller: str, company: str, buyer: str, evidence: str, **q: Any) -> dict[str, Any]:
    return {"article_id": "s-1", "subject": {"name": seller, "type": "Company"}, "predicate": "SOLD_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": {"buyer": buyer, **q}, "evidence": evidence}


FACTS = [
    # "东岭集团同意将所持北川人寿20%股份售予南汇资本（3月10日签约）…转让完成后南汇资本将持有北川人寿20%股权；
    #  北川人寿的控股股东为川投控股，持股36%" (the buyer's after told with a date the article reads two days before)
    _sale("东岭集团", "北川人寿", "南汇资本", "东岭集团同意将所持北川人寿20%股份售予南汇资本。", percent=20.0, date="2025-03-10"),
    _stake("东岭集团", "北川人寿", "东岭集团同意将所持北川人寿20%股份售予南汇资本。", percent=20.0),
    _stake("南汇资本", "北川人寿", "转让完成后南汇资本将持有北川人寿20%股权。", percent=20.0, as_of="2025-03-08"),
    _stake("川投控股", "北川人寿", "北川人寿的控股股东为川投控股，持股36%。", percent=36.0),
    # "西沚实业所持南沚农商行5%股份5月20日过户至沚城发展；过户完成后，沚城发展的持股比例升至11%，沚城交投持股9%":
    #  沚城交投's 9% as of the transfer's day was its share before it too
    _sale("西沚实业", "南沚农商行", "沚城发展", "西沚实业所持南沚农商行5%股份过户至沚城发展。", percent=5.0, date="2025-05-20"),
    _stake("西沚实业", "南沚农商行", "西沚实业所持南沚农商行5%股份过户至沚城发展。", percent=5.0),
    _stake("沚城发展", "南沚农商行", "股份过户完成后，沚城发展的持股比例升至11%，沚城交投持股9%，退居南沚农商行第二。",
           percent=11.0, as_of="2025-05-20"),
    _stake("沚城交投", "南沚农商行", "股份过户完成后，沚城发展的持股比例升至11%，沚城交投持股9%，退居南沚农商行第二。",
           percent=9.0, as_of="2025-05-20"),
    _stake("沚城发展", "南沚农商行", "此前沚城发展持有南沚农商行6%股份。", percent=6.0, as_of="2024-12-31"),
    # the control the change gave, told as of its day, is not a holding before it
    _stake("沚城市国资委", "南沚农商行", "过户后沚城市国资委成为南沚农商行实际控制人。", controlling=True, as_of="2025-05-20"),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("sides") / "s.sqlite", FACTS, "s-1", "2025-05-25")


def test_the_buyers_share_told_after_the_sale_is_the_share_it_bought(backend: EmbeddedBackend) -> None:
    stakes = answer(backend, "北川人寿的股东有哪些")["result"]["stakes"]
    assert {backend.ref(s["holder"])["name"]: s["percent"] for s in stakes} == {"川投控股": 36.0, "南汇资本": 20.0}
    assert answer_names(backend, "北川人寿的控股股东是谁") == ["川投控股"]


@pytest.mark.parametrize("q, who", [
    ("2025年4月1日南沚农商行的第一大股东是谁", ["沚城交投"]),
    ("南沚农商行的第一大股东是谁", ["沚城发展"]),
])
def test_a_holder_the_transfer_left_alone_held_its_share_before_it(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who


def test_a_control_the_transfer_gave_is_not_held_before_it(backend: EmbeddedBackend) -> None:
    before = answer_names(backend, "2025年4月1日南沚农商行的股东有哪些")
    assert "沚城交投" in before and "沚城市国资委" not in before


KEPT = [{**_sale("柯望川", "澄溪支付", "岚山数科", "澄溪支付的创始人柯望川把所持40%股权转让给岚山数科。", percent=40.0), "offsets": [100, 126]},
        {**_stake("岚山数科", "澄溪支付", "岚山数科持有澄溪支付70%股权。", percent=70.0), "offsets": [20, 35]},
        {**_stake("柯望川", "澄溪支付", "转让后柯望川保留澄溪支付15%的股份。", percent=15.0, as_of="2025-06"), "offsets": [300, 318]}]
KEPT[0]["subject"]["type"] = KEPT[2]["subject"]["type"] = "Person"


def test_the_sellers_share_told_after_an_undated_sale_is_what_it_kept(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"澄溪支付的创始人柯望川把所持40%股权转让给岚山数科。…转让后柯望川保留澄溪支付15%的股份": the 15% told
    after the sale, in its article, is what the seller kept, not a holding the 40% sold takes away."""
    b = backend_of(tmp_path_factory.mktemp("kept") / "k.sqlite", KEPT, "s-1", "2025-06-12")
    stakes = answer(b, "澄溪支付的股东有哪些")["result"]["stakes"]
    assert {b.ref(s["holder"])["name"]: s["percent"] for s in stakes} == {"岚山数科": 70.0, "柯望川": 15.0}
