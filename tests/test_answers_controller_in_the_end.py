"""A controller named only as the one in the end (实际控制人, no share) is
no answer to who the controlling shareholder (控股股东) is when a holder of
record qualifies for that rank: the largest holder above 30 % with no one
near it, after its share changed (an increase told as of a day before the
article, so the flag the earlier figure carried is not on the latest one).
A store built from facts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of


def _stake(holder: str, company: str, evidence: str, htype: str = "Company", **q: Any) -> dict[str, Any]:
    return {"article_id": "e-1", "subject": {"name": holder, "type": htype}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": q, "evidence": evidence}


FACTS = [
    # an increase notice: before it 澹篱金控 held 31.4% (the notice's title calls it 控股股东), after it 33.6%;
    # "澹篱市国资委仍是南台证券的实际控制人" with no share
    _stake("澹篱金控", "南台证券", "澹篱金控此前持有南台证券31.4%的股份。", percent=31.4, controlling=True),
    _stake("澹篱金控", "南台证券", "澹篱金控目前的持股比例已升至33.6%。", percent=33.6, as_of="2025-09-03"),
    _stake("澹篱资管", "南台证券", "一致行动人澹篱资管持有公司1.2%股份。", percent=1.2),
    _stake("澹篱市国资委", "南台证券", "澹篱市国资委仍是南台证券的实际控制人。", controlling=True, as_of="2025-09-03"),
    # only the controller in the end is known, with a small holder beside it: it stays the answer
    _stake("霁篱市国资委", "北台信托", "北台信托的实际控制人为霁篱市国资委。", controlling=True),
    _stake("霁篱创投", "北台信托", "霁篱创投持有北台信托8%股权。", percent=8.0),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("end") / "e.sqlite", FACTS, "e-1", "2025-09-05")


@pytest.mark.parametrize("q, who", [
    ("南台证券的控股股东是谁", ["澹篱金控"]), ("Who is the controlling shareholder of 南台证券?", ["澹篱金控"]),
    ("南台证券的实际控制人是谁", ["澹篱市国资委"]),
    ("北台信托的控股股东是谁", ["霁篱市国资委"]), ("北台信托的实际控制人是谁", ["霁篱市国资委"]),
])
def test_the_controller_in_the_end_is_not_the_controlling_shareholder_a_holder_qualifies_as(
        backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who


#: control ends in a holding company no article says who holds; the person its sentence calls the controller
#: in the end holds a small stake beside it
ENDS_IN_A_COMPANY = [
    _stake("栎汀投资", "栎汀科技", "栎汀投资持有栎汀科技38%股份，系其控股股东。", percent=38.0, controlling=True),
    _stake("阚望舒", "栎汀科技", "栎汀科技的实控人是阚望舒，阚望舒另持有栎汀科技5.2%股份。", "Person", percent=5.2),
    _stake("原野创投", "栎汀科技", "原野创投持有栎汀科技7%股份，并非实际控制人。", percent=7.0),
    _stake("栎汀投资", "青汀数据", "青汀数据的控股股东为栎汀投资。", controlling=True),
    _stake("仲叔衡", "青汀数据", "青汀数据原实际控制人为仲叔衡，仲叔衡仍持有青汀数据2%股份。", "Person", percent=2.0),
]


def test_a_holder_called_the_controller_in_the_end_when_control_ends_in_a_company(tmp_path) -> None:
    b = backend_of(tmp_path / "c.sqlite", [{**f, "article_id": "c-1"} for f in ENDS_IN_A_COMPANY], "c-1", "2025-09-05")
    assert answer_names(b, "栎汀科技的实际控制人是谁") == ["阚望舒"]
    assert answer_names(b, "栎汀科技的控股股东是谁") == ["栎汀投资"]  # the holder of record, as before
    assert answer_names(b, "青汀数据的实际控制人是谁") == []  # a former controller is none


#: a controller replaced, who keeps a small stake of his own: the control that ended and the stake held now are two
#: facts (the control, with no share, is not folded into the stake as its partial report)
REPLACED_KEEPS_A_STAKE = [
    _stake("邬明哲", "澄泓科技", "澄泓科技公告称，其实际控制人已由邬明哲变为甘州市国资委。", "Person",
           controlling=True, former=True, end="2025-08-20"),
    _stake("甘州市国资委", "澄泓科技", "澄泓科技公告称，其实际控制人已由邬明哲变为甘州市国资委。", "Company",
           controlling=True, as_of="2025-08-20", changed=True),
    _stake("邬明哲", "澄泓科技", "邬明哲仍持有澄泓科技4.1%的股份，保留副董事长职务。", "Person", percent=4.1),
]


def test_a_replaced_controller_who_keeps_a_stake_was_the_controller_before(tmp_path) -> None:
    b = backend_of(tmp_path / "r.sqlite", [{**f, "article_id": "r-1"} for f in REPLACED_KEEPS_A_STAKE], "r-1", "2025-08-22")
    assert answer_names(b, "2025年3月澄泓科技的实际控制人是谁") == ["邬明哲"]
    assert answer_names(b, "澄泓科技的实际控制人是谁") == ["甘州市国资委"]


#: one sentence states both ranks, each of its own party: the clause that names a holder says which it is
BOTH_RANKS = [
    _stake("岑溪城投", "樟岭信托", "交割完成后，樟岭信托的控股股东换成岑溪城投，实际控制人则为岑溪市国资委。",
           controlling=True, as_of="2025-03-02"),
    _stake("岑溪市国资委", "樟岭信托", "交割完成后，樟岭信托的控股股东换成岑溪城投，实际控制人则为岑溪市国资委。",
           controlling=True, as_of="2025-03-02"),
    _stake("榕峰集團", "澄嶼人壽", "交易完成後，澄嶼人壽的控股股東為榕峰集團，實際控制人為自然人龐景川。", controlling=True),
    _stake("龐景川", "澄嶼人壽", "交易完成後，澄嶼人壽的控股股東為榕峰集團，實際控制人為自然人龐景川。", "Person",
           controlling=True),
    # the rank told after the holder's clause, before the next party's: "A持有…，为控股股东；B为实际控制人"
    _stake("蔺川投资", "芷汀科技", "蔺川投资持有芷汀科技35%股份，为控股股东；宓青岚为实际控制人。", percent=35.0,
           controlling=True),
    _stake("宓青岚", "芷汀科技", "蔺川投资持有芷汀科技35%股份，为控股股东；宓青岚为实际控制人。", "Person",
           controlling=True),
    # the near miss: one holder called both in one clause stays the controlling shareholder
    _stake("槐里控股", "柘溪银行", "槐里控股为柘溪银行的控股股东及实际控制人。", controlling=True),
]


@pytest.fixture(scope="module")
def both_ranks(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("both") / "b.sqlite", BOTH_RANKS, "e-1", "2025-03-05")


@pytest.mark.parametrize("q, who", [
    ("樟岭信托的控股股东是谁", ["岑溪城投"]), ("樟岭信托的实际控制人是谁", ["岑溪市国资委"]),
    ("澄嶼人壽的控股股東是誰", ["榕峰集團"]), ("澄屿人寿的实际控制人是谁", ["龐景川"]),
    ("柘溪银行的控股股东是谁", ["槐里控股"]),
    ("芷汀科技的控股股东是谁", ["蔺川投资"]), ("芷汀科技的实际控制人是谁", ["宓青岚"]),
])
def test_one_sentence_naming_both_ranks_gives_each_its_own(both_ranks: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(both_ranks, q) == who
