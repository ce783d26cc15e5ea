"""A registry filing of officers appointed and ceased, its fields on lines of their own: on a text written for these
tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_FORM = ("公司名稱 Company Name: BRIGHT HARBOUR LENDING LIMITED 明港放債有限公司\n\n"
         "A. 委任 Appointment\n"
         "1. 身份 Capacity: 董事 Director\n"
         "   中文姓名 Name in Chinese: 羅浩賢　英文姓名 Name in English: LO, Ho Yin\n"
         "   委任日期 Date of Appointment: 02-03-2026\n\n"
         "B. 停任 Cessation\n"
         "1. 身份 Capacity: 董事 Director\n"
         "   姓名 Name: 歐陽慧珊 AUYEUNG, Wai Shan\n"
         "   停任日期 Date of Cessation: 28-02-2026　原因 Reason: 辭任 Resignation\n")


def test_an_appointed_officers_fields_give_the_post_and_its_start() -> None:
    assert quals(facts_of(_FORM), "羅浩賢", "HOLDS_POSITION", "明港放債有限公司", role="director")["start"] == "2026-03-02"


def test_a_ceased_officers_fields_give_the_post_and_its_end() -> None:
    assert quals(facts_of(_FORM), "歐陽慧珊", "HOLDS_POSITION", "明港放債有限公司", role="director")["end"] == "2026-02-28"
