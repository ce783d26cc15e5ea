"""A list of officers' terms, a line a person ("P：T及T，D1至D2"), and a surname with 先生 standing for the
one full name even where a cut of it was also found (texts written for these tests, not gold text)."""

from __future__ import annotations

from extract.honorific_names import surname_honorific_forms
from extract.lexicon import get_lexicon

from .helpers import facts_of, quals

_STATEMENT = ("鶴汀控股有限公司\n補充公告\n\n"
              "董事會謹此補充披露兩名已離任董事冼明哲先生（冼先生）及卓雅嵐女士的資料。"
              "冼先生曾任鶴汀控股副主席，並於2009年創辦鶴汀控股。\n\n前任董事任職期間\n\n"
              "冼明哲：非執行董事及副主席，2012年4月10日至2021年6月30日\n"
              "卓雅嵐：獨立非執行董事，2016年9月1日至2023年1月15日\n")


def test_each_line_dates_the_persons_posts_at_the_company() -> None:
    fs = facts_of(_STATEMENT)
    q = quals(fs, "冼明哲", "HOLDS_POSITION", "鶴汀控股有限公司", role="vice_chairman")
    assert (q["start"], q["end"]) == ("2012-04-10", "2021-06-30")
    q = quals(fs, "卓雅嵐", "HOLDS_POSITION", "鶴汀控股有限公司", role="independent_director")
    assert (q["start"], q["end"]) == ("2016-09-01", "2023-01-15")
    assert not any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "冼明哲" and f.qualifiers.get("role") == "vice_chairman"
                   and not f.qualifiers.get("start") for f in fs)


def test_a_surname_with_mister_is_the_whole_name_not_a_cut_of_it() -> None:
    text = "鹤汀控股副主席冼明哲先生（冼先生）已退任。冼先生于2009年创办鹤汀控股。"  # (the normalised text the inventory reads)
    forms = surname_honorific_forms(text, get_lexicon(), {"冼明": 5, "冼明哲": 5})
    assert forms.get("冼先生") == "冼明哲"
