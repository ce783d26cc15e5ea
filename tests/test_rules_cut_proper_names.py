"""Short names whose proper part is a name jieba knows but cuts into letters,
each a common word alone (a numeral, an adverb): sentences written for these
tests, the names invented."""

from __future__ import annotations

from extract.proper_parts import known_proper_name

from .test_entities_recognition import inventory, names


def test_a_known_name_cut_after_its_numeral_opens_an_insurer() -> None:
    companies = names(inventory("北岭集团宣布入股万利人寿，取得其四成股权。"), "Company")
    assert "万利人寿" in companies


def test_a_known_place_cut_before_its_adverb_letter_opens_a_holding() -> None:
    assert "东都金控" in names(inventory("据报道，东都金控今年获利创新高。"), "Company")
    assert "东都人寿" in names(inventory("北岭集团持有东都人寿三成股权。"), "Company")


def test_a_rare_place_that_reads_as_a_phrase_names_no_firm() -> None:
    assert not known_proper_name("两国") and not known_proper_name("上列")
    assert names(inventory("两国银行的合作仍在推进。"), "Company") == set()
