"""A statement's list of officers' terms, a line a person ("P：T及T，D1至D2"), and a surname with 先生 standing for the
one full name even where a cut of it was also found (texts written for these tests, not gold text)."""

from __future__ import annotations

from extract.honorific_names import surname_honorific_forms
from extract.lexicon import get_lexicon

from .helpers import facts_of, quals

_STATEMENT = ("紀律行動聲明\n\n上市委員會譴責北林控股有限公司（該公司）及其前任董事。\n"
              "（1）該公司前執行董事兼主席韓立新先生（韓先生）；\n（2）該公司前獨立非執行董事蘇婉女士。\n\n"
              "韓先生為該公司創辦人。\n\n有關董事的任期\n\n"
              "韓立新：執行董事及主席，2015年3月2日至2022年8月31日\n"
              "蘇婉：獨立非執行董事，2017年5月8日至2022年9月30日\n")


def test_each_line_dates_the_persons_posts_at_the_company() -> None:
    fs = facts_of(_STATEMENT)
    q = quals(fs, "韓立新", "HOLDS_POSITION", "北林控股有限公司", role="chairman")
    assert (q["start"], q["end"]) == ("2015-03-02", "2022-08-31")
    q = quals(fs, "蘇婉", "HOLDS_POSITION", "北林控股有限公司", role="independent_director")
    assert (q["start"], q["end"]) == ("2017-05-08", "2022-09-30")
    assert not any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "韓立新" and f.qualifiers.get("role") == "chairman"
                   and not f.qualifiers.get("start") for f in fs)


def test_a_surname_with_mister_is_the_whole_name_not_a_cut_of_it() -> None:
    text = "该公司前主席韩立新先生（韩先生）辞任。韩先生为该公司创办人。"  # (the normalised text the inventory reads)
    forms = surname_honorific_forms(text, get_lexicon(), {"韩立": 5, "韩立新": 5})
    assert forms.get("韩先生") == "韩立新"
