"""Helpers that several readers share (folded from copies of one another), on invented input."""

from __future__ import annotations

import re
from pathlib import Path

from extract.company_constructions import _HOLDERS
from extract.company_refs import the_group
from extract.kinship import PAIR_KIN, RELATIVE
from extract.mention_records import Inventory, merge_entities
from extract.person_frames import _KIN_WORD
from extract.rules.base import Context
from extract.rules.holder_slots import KIN
from extract.rules.templates import Sent
from extract.standalone import alone_at, first_alone
from extract.table_headers import HOLDER_HEADER, HOLDING_HEADER

from .helpers import answer_names, backend_of, facts_of, quals


def _not_before_gongsi(text: str, s: int, e: int) -> bool:
    return not text.startswith("公司", e)


def test_alone_at_skips_occurrences_the_test_refuses() -> None:
    text = "青桐公司发布公告。青桐表示，青桐将增资。"
    assert list(alone_at(text, "青桐", _not_before_gongsi)) == [9, 14]
    assert first_alone(text, "青桐", _not_before_gongsi) == 9


def test_first_alone_is_minus_one_when_none_stands_alone() -> None:
    assert first_alone("青桐公司与青桐公司", "青桐", _not_before_gongsi) == -1
    assert first_alone("没有这个词", "青桐", _not_before_gongsi) == -1
    assert list(alone_at("", "青桐", _not_before_gongsi)) == []


def test_the_test_sees_the_occurrence_span() -> None:
    seen: list[tuple[int, int]] = []
    list(alone_at("甲乙甲乙", "甲乙", lambda _t, s, e: seen.append((s, e)) is None))
    assert seen == [(0, 2), (2, 4)]


def test_the_pronoun_verbs_share_one_walk() -> None:
    # sentences written for this test: 免去其 T and 核准其 T speak of the person named last before 其
    ends = quals(facts_of("2023年5月，南岭证券聘任周明远为总经理，免去其副总经理职务。"),
                 "周明远", "HOLDS_POSITION", "南岭证券", role="deputy_general_manager")
    assert ends["end"] == "2023-05"
    starts = quals(facts_of("南岭证券公告，周明远辞去董事职务。2023年5月，监管局核准其总经理任职资格。"),
                   "周明远", "HOLDS_POSITION", "南岭证券", role="general_manager")
    assert starts["start"] == "2023-05"
    assert not facts_of("2023年5月，监管局核准其总经理任职资格。")  # no one named before 其: no one approved


def test_one_kinship_table_for_every_pattern() -> None:
    # invented names: the kin word after two names is no part of the second name, whichever reader reads it
    for kin in PAIR_KIN.split("|"):
        m = _HOLDERS.search(f"周明远与周雨桐{kin}分别持股")
        assert m is not None and m.group(2) == "周雨桐", kin
        assert re.fullmatch(KIN, kin) and _KIN_WORD.fullmatch(kin)
    assert set(RELATIVE.split("|")).isdisjoint(PAIR_KIN.split("|"))


def test_one_definition_of_a_holding_table_header() -> None:
    # invented header lines
    assert HOLDER_HEADER.search("序号 | 持有人姓名 | 持股数量（股）") and HOLDER_HEADER.search("股东名称 | 持股数量")
    assert not HOLDER_HEADER.search("公司名称 | 注册资本 | 持股比例")
    for line in ("股东名称|持股数量（股）|持股比例", "股东|变更前持股比例|变更后持股比例", "持有人名称|股权比例", "股东姓名|占比"):
        assert HOLDING_HEADER.search(line), line
    assert not HOLDING_HEADER.search("股东名称|持股数量（股）")  # no share column: names, not holdings


def test_a_holder_column_headed_chiyouren_is_read_as_holdings_too() -> None:
    # an invented table: the header the names reader took as a holder column now heads holdings as well
    text = ("截至2024年6月30日，青桐科技股份有限公司共有股东2名，具体情况如下：\n持有人名称 | 持股比例\n"
            "南岭投资有限公司 | 60.00%\n北林集团有限公司 | 40.00%\n")
    got = quals(facts_of(text), "南岭投资有限公司", "HOLDS_STAKE", "青桐科技股份有限公司")
    assert got["percent"] == 60.0 and got["as_of"] == "2024-06-30"


def test_the_group_is_found_once_per_article_and_again_when_the_inventory_grows() -> None:
    inv = Inventory()
    inv.add("C:青桐控股集团有限公司", "青桐控股集团有限公司", "Company", "青桐控股集团有限公司", "青桐控股集团有限公司", 0)
    inv.add("C:南岭科技有限公司", "南岭科技有限公司", "Company", "南岭科技有限公司", "南岭科技有限公司", 20)
    assert the_group(inv) == "C:青桐控股集团有限公司"
    memo = inv.group_memo
    assert the_group(inv) == "C:青桐控股集团有限公司" and inv.group_memo is memo  # not found again
    inv.add("C:北林集团", "北林集团", "Company", "北林集团", "北林集团", 40)
    assert the_group(inv) is None  # two groups now: none is the article's one


def test_the_buyer_asked_is_looked_up_once_for_all_sales(tmp_path: Path) -> None:
    # an invented store: two sales of one company, one to the buyer asked; the buyer is found once, not per sale
    text = ("2023年3月，南岭投资有限公司将所持青桐支付有限公司60%股权转让给北林科技有限公司。"
            "2023年8月，东澜资本有限公司将所持青桐支付有限公司40%股权转让给西川实业有限公司。")
    b = backend_of(tmp_path / "s.sqlite", [f.as_json() for f in facts_of(text)], "t1")
    calls: list[str] = []
    find = b.find
    b.find = lambda name, type_=None: calls.append(name) or find(name, type_)  # type: ignore[method-assign]
    assert answer_names(b, "谁把青桐支付卖给了北林科技") == ["南岭投资有限公司"]
    assert calls.count("北林科技") == 1


def _context(text: str, spans: list[tuple[int, int]]) -> Context:
    sents = [Sent(i, s, e, text[s:e], [-1] * (e - s), []) for i, (s, e) in enumerate(spans)]
    return Context(inv=Inventory(), text=text, sentences=sents, focus=None, ref_year=None)


def test_adjacent_rows_have_nothing_but_white_space_between() -> None:
    # an invented table: a header, two rows, a line of prose the reader left unanalysed, one more row
    text = "名称|比例\n甲|1%\n乙|2%\n以下为补充说明\n丙|3%"
    starts = [0, text.index("甲"), text.index("乙"), text.index("丙")]
    ctx = _context(text, [(s, text.index("\n", s) if "\n" in text[s:] else len(text)) for s in starts])
    assert ctx.adjacent(0, 2) and ctx.adjacent(1, 1)
    assert not ctx.adjacent(2, 3) and not ctx.adjacent(0, 3)
    assert ctx.next_adjacent(ctx.sentences[0]) is ctx.sentences[1]
    assert ctx.next_adjacent(ctx.sentences[2]) is None and ctx.next_adjacent(ctx.sentences[3]) is None


def test_the_group_is_found_again_after_a_merge_that_leaves_the_inventory_the_same_size() -> None:
    # invented: the group is merged into another company, then a new entity is added under a name already
    # written: as many entities and forms as before, but the group is now the other company's
    inv = Inventory()
    inv.add("C:南岭集团", "南岭集团", "Company", "南岭集团", "南岭集团", 0)
    inv.add("C:北林控股", "北林控股", "Company", "北林控股", "北林控股", 10)
    assert the_group(inv) == "C:南岭集团"
    merge_entities(inv, "C:南岭集团", "C:北林控股")
    inv.add("C:东澜科技", "东澜科技", "Company", "北林控股", "北林控股", 30)
    assert the_group(inv) == "C:北林控股"


def test_a_chinese_name_in_brackets_after_a_latin_one_is_the_same_company() -> None:
    # invented: a US-listed firm named in English first, its Chinese name and its code in the brackets
    text = ("Blue Harbor Holdings Inc.（蓝港科技，NASDAQ: BHHI）今日发布年报。蓝港科技首席执行官为赵启明。"
            "蓝港科技于2019年在纳斯达克上市。")
    facts = facts_of(text)
    posts = [f for f in facts if f.predicate.value == "HOLDS_POSITION" and f.subject.name == "赵启明"]
    assert posts and {posts[0].object.name, *posts[0].object.aliases} >= {"蓝港科技", "Blue Harbor Holdings Inc."}


def test_a_date_read_from_the_text_takes_the_year_and_month_its_sentence_knows() -> None:
    """`Context.resolve_in` (effective_days' and completion_days' dates found in a clause's raw text): a bare day
    takes the month last named before its sentence, 同年 the year last named; each sentence its own."""
    from extract.dates import DateValue

    text = "甲。乙。"
    ctx = _context(text, [(0, 2), (2, 4)])
    ctx.ref_year = 2024
    ctx.last_year_by_sent = [2021, 2023]
    ctx.last_month_by_sent = [(2021, 9), (2023, 5)]
    ctx.days_by_sent = [{}, {}]
    first, second = ctx.sentences
    assert ctx.resolve_in(DateValue(None, None, 18, relative="day"), second) == DateValue(2023, 5, 18)
    assert ctx.resolve_in(DateValue(None, None, 18, relative="day"), first) == DateValue(2021, 9, 18)
    assert ctx.resolve_in(DateValue(None, 7, 1, relative="同年"), second) == DateValue(2023, 7, 1)
    assert ctx.resolve_in(DateValue(None, 7, 1), first) == DateValue(2024, 7, 1)
