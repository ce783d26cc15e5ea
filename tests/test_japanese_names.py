"""Japanese personal names written with a space between family and given name, on sentences written for
these tests (not gold text): the Chinese release of a Japanese bank's or insurer's subsidiary."""

from __future__ import annotations

from text.japanese_names import _SURNAME_WORDS, JAPANESE_SURNAMES, japanese_people, spaced_name_gaps
from text.normalize import normalize

from .helpers import posts


def _posts(text: str, title: str = "") -> set[tuple[str, str, str]]:
    """The posts, each person's name without the space it is written with."""
    return {(p.replace(" ", "").replace("\u3000", ""), c, r) for p, c, r in posts(text, title)}


_RELEASE = (
    "青松投资咨询（上海）有限公司\n"
    "新闻稿\n"
    "青松投资咨询（上海）有限公司今日宣布，经董事会审议通过，中村 隆之自2026年7月1日起就任公司总经理。"
    "前任总经理松田 茂已于2026年6月30日卸任。\n"
    "中村隆之于1990年加入青松集团，历任多个部门负责人。\n"
)


def test_the_space_after_a_japanese_family_name_is_joined_in_the_matching_form() -> None:
    norm = normalize("总经理佐藤　健二表示")
    assert norm.text == "总经理佐藤健二表示"
    assert norm.orig_span(3, 7) == (3, 8)


def test_a_space_in_chinese_prose_without_such_a_family_name_stays() -> None:
    assert spaced_name_gaps("公司 董事长 王明远表示") == []
    assert normalize("董事长 王明远").text == "董事长 王明远"


def test_a_spaced_japanese_name_holds_its_post() -> None:
    people = {p for p, _c, _r in _posts(_RELEASE, "青松投资咨询宣布总经理变更")}
    assert "中村隆之" in people
    assert "松田茂" in people


_ARM = (
    "青松银行（中国）有限公司（以下简称“青松中国”）今日宣布，中村 隆之自2026年7月1日起就任青松中国行长。"
    "中村隆之此前担任株式会社青松银行（以下简称“青松银行”）执行役员。\n"
    "青松中国是青松银行在中国境内设立的全资子公司。\n"
)


def test_a_japanese_banks_arm_in_china_is_not_the_bank_it_is_named_after() -> None:
    posts = _posts(_ARM, "青松银行（中国）有限公司宣布行长变更")
    assert ("中村隆之", "青松银行（中国）有限公司", "president") in posts
    assert ("中村隆之", "青松银行", "president") not in posts


def test_the_family_names_are_of_two_or_three_letters_none_a_chinese_surname() -> None:
    assert all(2 <= len(name) <= 3 for name in JAPANESE_SURNAMES)
    assert not {"关", "东", "林", "森", "原"} & set(_SURNAME_WORDS.split())


def test_the_family_name_scan_runs_only_over_a_text_with_a_spaced_name_shape() -> None:
    calls: list[tuple[int, int]] = []

    def show(a: int, b: int, text: str = "中村隆之出任总经理，田中一郎任副总经理。") -> str:
        calls.append((a, b))
        return text[a:b]

    assert japanese_people("中村隆之出任总经理，田中一郎任副总经理。", show) == []
    assert len(calls) == 1  # the one look at the whole text: no family name's span is read
    spaced = "总经理中村 隆之表示"
    joined = normalize(spaced)
    assert japanese_people(joined.text, lambda a, b: spaced[joined.to_orig[a]:joined.to_orig[b]]) == [("中村隆之", 3)]
