"""The name a company had on a date (service.renames), from renames written for these tests."""

from __future__ import annotations

from service.renames import dated_renames, fact_day, former_names, name_on, name_then


def _rename(old: str, new: str, date: str | None) -> dict:
    return {"qualifiers": {"old_name": old, "new_name": new} | ({"date": date} if date else {})}


RENAMES = dated_renames([_rename("东林数科", "东林科技集团", "2023-02-14"), _rename("东林金融", "东林数科", "2020-08"),
                         _rename("东林科技", "东林科技有限公司", "2024-01"),  # a legal form is no rename
                         _rename("西湖金融", "东林金融", None)])  # undated: cannot place a fact before or after it


def test_renames_are_dated_and_ordered_and_a_legal_form_is_no_rename() -> None:
    assert RENAMES == [("2020-08", "东林金融", "东林数科"), ("2023-02-14", "东林数科", "东林科技集团")]


def test_a_date_before_a_rename_gets_the_old_name_and_now_the_current_one() -> None:
    assert name_on(RENAMES, "东林科技集团", "2019-05-01") == "东林金融"
    assert name_on(RENAMES, "东林科技集团", "2021") == "东林数科"
    assert name_on(RENAMES, "东林科技集团", "2023-02-14") == "东林科技集团"
    assert name_on(RENAMES, "东林科技集团", "2020") == "东林数科"  # the year of a rename: not known to be before it
    assert name_on(RENAMES, "东林科技集团", None) == "东林科技集团"
    assert name_then(RENAMES, "东林科技集团", "2024") is None


def test_former_names_with_the_date_each_was_given_up() -> None:
    assert former_names(RENAMES, "东林科技集团") == [{"name": "东林金融", "until": "2020-08"}, {"name": "东林数科", "until": "2023-02-14"}]


def test_a_facts_day_is_its_own_date_else_its_valid_time_else_its_first_report() -> None:
    assert fact_day({"qualifiers": {"start": "2018-03"}, "valid_from": "2018-03", "reported_at": "2022-01-01"}) == "2018-03"
    assert fact_day({"qualifiers": {}, "valid_from": None, "reported_at": "2022-01-01"}) == "2022-01-01"
    assert fact_day({"qualifiers": {}}) is None
