"""A table of the elected only (Taiwan's election results: "當選別｜戶名或姓名｜
當選權數"), a row a winner: the seat cell is the post, the name cell the
person, or the representative a legal person's cell names (代表人：P), at
the company holding the meeting. Sentences written for these tests (not gold
text)."""

from __future__ import annotations

from .helpers import facts_of

_RESULTS = (
    "北辰金融控股股份有限公司（簡稱北辰金）5月20日召開股東常會，全面改選董事5席。\n"
    "改選結果如下：\n"
    "當選別｜戶名或姓名｜當選權數\n"
    "董事｜北辰投資股份有限公司　代表人：韋承澤｜1,846,113,502\n"
    "董事｜柏文石｜1,288,760,041\n"
    "獨立董事｜廖靜思｜1,163,420,587\n"
    "\n"
    "股東會後隨即召開董事會。\n"
)


def test_each_row_of_the_elected_holds_its_seat() -> None:
    got = {(f.subject.name, str(f.qualifiers.get("role"))) for f in facts_of(_RESULTS, date="2026-05-21")
           if str(f.predicate) == "HOLDS_POSITION" and f.object.name.startswith("北辰金")}
    assert ("韋承澤", "director") in got
    assert ("柏文石", "director") in got
    assert ("廖靜思", "independent_director") in got


_ROWS = (
    "南岳金控（2891）昨日召開股東常會，完成董事改選。\n"
    "新任董事名單如下：\n"
    "董事　南岳創投股份有限公司　代表人：宋知遠\n"
    "董事　北麓紡織股份有限公司　代表人：賴芷瑜\n"
    "獨立董事　梅若蘭\n"
)


def test_a_row_of_the_elected_without_bars_seats_the_representative() -> None:
    """"董事　C　代表人：P": P (not the legal person C) is a director of the company electing."""
    got = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(_ROWS)
           if str(f.predicate) == "HOLDS_POSITION"}
    assert ("宋知遠", "南岳金控", "director") in got
    assert ("賴芷瑜", "南岳金控", "director") in got
    assert not any(company.startswith(("南岳創投", "北麓紡織")) for _p, company, _r in got)
